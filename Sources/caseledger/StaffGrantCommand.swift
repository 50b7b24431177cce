import CLIKit
import CaseLedger
import CaseService

/// `caseledger staff grant STAFF-ID [--role R …] [--weeklyLimit PENCE]`.
enum StaffGrantCommand {
    static let spec = CommandSpec(
        name: "grant", abstract: "Grant roles or a weekly sign-off limit from a date.",
        arguments: [StaffGroup.staffId], options: StaffGroup.changeOptions + [StaffGroup.roles, StaffGroup.weeklyLimit])

    static func run(_ arguments: ParsedArguments) throws {
        let limit = try StaffGroup.weeklyLimit(arguments)
        let roles = arguments.options("role").map(StaffRole.init(rawValue:))
        if roles.isEmpty, limit == nil { throw arguments.usageError("give --role ROLE or --weeklyLimit PENCE (or both)") }
        try StaffGroup.record(arguments, command: "grant") { metadata in
            StaffChanges.grant(arguments.positional("staff-id")!, roles: roles, weeklyLimit: limit, metadata: metadata)
        }
    }
}
