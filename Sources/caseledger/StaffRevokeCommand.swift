import CLIKit
import CaseLedger
import CaseService

/// `caseledger staff revoke STAFF-ID [--role R …] [--signOffLimit]`.
enum StaffRevokeCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "revoke", abstract: "Revoke roles or the sign-off limit from a date.",
        arguments: [StaffGroup.staffId], options: StaffGroup.changeOptions + [StaffGroup.roles],
        flags: [FlagSpec("signOffLimit", help: "Revoke their sign-off limit.")])

    /// The options of `staff revoke`.
    struct Options: CommandOptions {
        /// The roles to revoke.
        var roles: [StaffRole]
        /// Whether to revoke the sign-off limit.
        var signOffLimit: Bool
        /// The options every change takes.
        var change: StaffGroup.ChangeOptions

        /// Reads the options.
        init(_ a: ParsedArguments) throws(UsageError) {
            roles = StaffGroup.roles(a)
            signOffLimit = a.flag("signOffLimit")
            change = try StaffGroup.ChangeOptions(a)
        }

        /// Something to revoke.
        func validate() throws(ValidationError) {
            if roles.isEmpty, !signOffLimit { throw ValidationError("give --role ROLE or --signOffLimit (or both)") }
        }
    }

    static func run(_ o: Options) throws {
        try StaffGroup.record(o.change, command: "revoke") { metadata in
            StaffChanges.revoke(o.change.staffId, roles: o.roles, signOffLimit: o.signOffLimit, metadata: metadata)
        }
    }
}
