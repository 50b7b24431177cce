import CLIKit
import CaseLedger
import CaseService

/// `caseledger staff grant STAFF-ID [--role R …] [--weeklyLimit PENCE]`.
enum StaffGrantCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "grant", abstract: "Grant roles or a weekly sign-off limit from a date.",
        arguments: [StaffGroup.staffId], options: StaffGroup.changeOptions + [StaffGroup.roles, StaffGroup.weeklyLimit])

    /// The options of `staff grant`.
    struct Options: CommandOptions {
        /// The roles to grant.
        var roles: [StaffRole]
        /// The weekly sign-off limit, when given.
        var weeklyLimit: Money?
        /// The options every change takes.
        var change: StaffGroup.ChangeOptions

        /// Reads the options.
        init(_ a: ParsedArguments) throws(UsageError) {
            weeklyLimit = try StaffGroup.weeklyLimit(a)
            roles = StaffGroup.roles(a)
            change = try StaffGroup.ChangeOptions(a)
        }

        /// Something to grant.
        func validate() throws(ValidationError) {
            if roles.isEmpty, weeklyLimit == nil { throw ValidationError("give --role ROLE or --weeklyLimit PENCE (or both)") }
        }
    }

    static func run(_ o: Options) throws {
        try StaffGroup.record(o.change, command: "grant") { metadata in
            StaffChanges.grant(o.change.staffId, roles: o.roles, weeklyLimit: o.weeklyLimit, metadata: metadata)
        }
    }
}
