import CLIKit
import CaseLedger
import CaseService

/// `caseledger staff add STAFF-ID --name NAME [--team T] [--role R …] [--weeklyLimit PENCE]`.
enum StaffAddCommand {
    static let spec = CommandSpec(
        name: "add", abstract: "Add a member of staff, with any roles and sign-off limit, in one batch.",
        arguments: [StaffGroup.staffId],
        options: StaffGroup.changeOptions + [
            OptionSpec("name", valueName: "NAME", help: "Their name.", isRequired: true),
            OptionSpec("team", valueName: "TEAM", help: "Their team."),
            StaffGroup.roles, StaffGroup.weeklyLimit,
        ])

    static func run(_ arguments: ParsedArguments) throws {
        let limit = try StaffGroup.weeklyLimit(arguments)
        try StaffGroup.record(arguments, command: "add") { metadata in
            StaffChanges.add(
                arguments.positional("staff-id")!, name: arguments.option("name")!, team: arguments.option("team"),
                roles: arguments.options("role").map(StaffRole.init(rawValue:)), weeklyLimit: limit, metadata: metadata)
        }
    }
}
