import CLIKit
import CaseLedger
import CaseService

/// `caseledger staff add|grant|revoke|leave|show`: the staff register, which says who may act
/// under which role and sign off up to what weekly cost, on every date.
enum StaffGroup {
    static let spec = CommandSpec(
        name: "staff", abstract: "Keep the staff register: who holds which roles and sign-off limits, from when.",
        discussion: """
            Changes are made by someone acting under a register administration role (registerAdministrator or \
            teamManager unless the configuration says otherwise). On a new ledger nobody holds one, so the first \
            change may be made by anyone and must give someone such a role, e.g. \
            'caseledger staff add S-1 --name "Ada Admin" --role registerAdministrator --as S-1'.
            """,
        subcommands: [StaffAddCommand.spec, StaffGrantCommand.spec, StaffRevokeCommand.spec, StaffLeaveCommand.spec, StaffShowCommand.spec])

    static func run(path: [String], arguments: ParsedArguments) throws {
        switch path.first {
        case "add": try StaffAddCommand.run(arguments)
        case "grant": try StaffGrantCommand.run(arguments)
        case "revoke": try StaffRevokeCommand.run(arguments)
        case "leave": try StaffLeaveCommand.run(arguments)
        case "show": try StaffShowCommand.run(arguments)
        default: throw arguments.usageError("unknown command")
        }
    }

    /// The staff id argument of every change.
    static let staffId = ArgumentSpec("staff-id", help: "The member of staff, e.g. S-12.")

    /// The options every change takes: where, who, under which role, from when, and why.
    static let changeOptions = [
        CaseledgerCommand.ledgerOption, SharedOptions.actor,
        OptionSpec("actingRole", valueName: "ROLE", help: "The role you act under.", defaultValue: StaffRole.registerAdministrator.rawValue),
        OptionSpec("effectiveDate", valueName: "DATE", help: "The date the change takes effect (default: today)."),
        OptionSpec("reasons", valueName: "TEXT", help: "Why, in words.", isRepeatable: true),
        OptionSpec("references", valueName: "TEXT", help: "The policy or scheme of delegation relied on.", isRepeatable: true),
    ]

    /// `--role ROLE`, repeatable.
    static let roles = OptionSpec("role", valueName: "ROLE", help: "A role, e.g. socialWorker, teamManager, registerAdministrator.", isRepeatable: true)
    /// `--weeklyLimit PENCE`.
    static let weeklyLimit = OptionSpec("weeklyLimit", valueName: "PENCE", help: "A weekly sign-off limit in pence (replaces any earlier one).")

    /// The decision metadata of a change, from the shared options; `today` is the default date.
    static func metadata(_ arguments: ParsedArguments, today: CalendarDate) throws(UsageError) -> DecisionMetadata {
        var date = today
        if let text = arguments.option("effectiveDate") {
            guard let given = CalendarDate(text) else { throw arguments.usageError("--effectiveDate must be a date YYYY-MM-DD; got '\(text)'") }
            date = given
        }
        return DecisionMetadata(
            actingRole: StaffRole(rawValue: arguments.option("actingRole") ?? StaffRole.registerAdministrator.rawValue),
            effectiveDate: date, reasons: arguments.options("reasons"), references: arguments.options("references"))
    }

    /// The `--weeklyLimit` given, in pence.
    static func weeklyLimit(_ arguments: ParsedArguments) throws(UsageError) -> Money? {
        try arguments.integer("weeklyLimit").map { Money(pence: Int64($0)) }
    }

    /// Decides and records `changes(metadata)` on the register; prints one line per event.
    static func record(_ arguments: ParsedArguments, command: String, _ changes: (DecisionMetadata) throws -> [StaffCommand]) throws {
        let now = Timestamp.now()
        let commands = try changes(try metadata(arguments, today: CalendarDate(now)))
        try ServiceFailures.reporting(as: ["caseledger", "staff", command], arguments) {
            let service = try CaseService.open(at: try arguments.requiredOption("ledger"), mode: .readWrite)
            for event in try service.recordStaff(commands, actor: try arguments.requiredOption("as"), now: now) {
                try StandardStreams.output.writeLine("recorded \(event.type) on staff: seq \(event.seq), id \(event.id), at \(event.recordedAt.rfc3339)")
            }
        }
    }
}
