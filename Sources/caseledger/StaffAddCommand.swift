import CLIKit
import CaseLedger
import CaseService

/// `caseledger staff add STAFF-ID --name NAME [--team T] [--role R …] [--weeklyLimit PENCE]`.
enum StaffAddCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "add", abstract: "Add a member of staff, with any roles and sign-off limit, in one batch.",
        arguments: [StaffGroup.staffId],
        options: StaffGroup.changeOptions + [
            OptionSpec("name", valueName: "NAME", help: "Their name.", isRequired: true),
            OptionSpec("team", valueName: "TEAM", help: "Their team."),
            StaffGroup.roles, StaffGroup.weeklyLimit,
        ])

    /// The options of `staff add`.
    struct Options: CommandOptions {
        /// Their name.
        var name: String
        /// Their team, when given.
        var team: String?
        /// The roles to grant.
        var roles: [StaffRole]
        /// The weekly sign-off limit, when given.
        var weeklyLimit: Money?
        /// The options every change takes.
        var change: StaffGroup.ChangeOptions

        /// Reads the options.
        init(_ a: ParsedArguments) throws(UsageError) {
            weeklyLimit = try StaffGroup.weeklyLimit(a)
            change = try StaffGroup.ChangeOptions(a)
            name = try a.requiredOption("name")
            team = a.option("team")
            roles = StaffGroup.roles(a)
        }
    }

    static func run(_ o: Options) throws {
        try StaffGroup.record(o.change, command: "add") { metadata in
            StaffChanges.add(o.change.staffId, name: o.name, team: o.team, roles: o.roles, weeklyLimit: o.weeklyLimit, metadata: metadata)
        }
    }
}
