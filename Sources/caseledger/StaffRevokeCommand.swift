import CLIKit
import CaseLedger
import CaseService

/// `caseledger staff revoke STAFF-ID [--role R …] [--signOffLimit]`.
enum StaffRevokeCommand {
    static let spec = CommandSpec(
        name: "revoke", abstract: "Revoke roles or the sign-off limit from a date.",
        arguments: [StaffGroup.staffId], options: StaffGroup.changeOptions + [StaffGroup.roles],
        flags: [FlagSpec("signOffLimit", help: "Revoke their sign-off limit.")])

    static func run(_ arguments: ParsedArguments) throws {
        let roles = arguments.options("role").map(StaffRole.init(rawValue:))
        let limit = arguments.flag("signOffLimit")
        if roles.isEmpty, !limit { throw arguments.usageError("give --role ROLE or --signOffLimit (or both)") }
        try StaffGroup.record(arguments, command: "revoke") { metadata in
            StaffChanges.revoke(arguments.positional("staff-id")!, roles: roles, signOffLimit: limit, metadata: metadata)
        }
    }
}
