import CLIKit
import CaseLedger
import CaseService
import LedgerStore

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
        SharedOptions.clockJump,
    ]

    /// `--role ROLE`, repeatable.
    static let roles = OptionSpec("role", valueName: "ROLE", help: "A role, e.g. socialWorker, teamManager, registerAdministrator.", isRepeatable: true)
    /// `--weeklyLimit PENCE`.
    static let weeklyLimit = OptionSpec("weeklyLimit", valueName: "PENCE", help: "A weekly sign-off limit in pence (replaces any earlier one).")

    /// The options every change takes, read: where, who, the member of staff, and the decision's
    /// metadata but for its date's default (today when the change is recorded).
    struct ChangeOptions {
        /// The ledger directory.
        var ledger: String
        /// The staff id recording the change.
        var actor: String
        /// The member of staff changed.
        var staffId: String
        /// The role acted under.
        var actingRole: StaffRole
        /// When the change takes effect, when given.
        var effectiveDate: CalendarDate?
        /// Why, in words.
        var reasons: [String]
        /// The policy relied on.
        var references: [String]
        /// The command as typed, for usage errors found while running.
        var commandPath: [String]
        /// The clock guard, with `--clock-jump`'s acknowledgement when given.
        var clockGuard: ClockJumpGuard

        /// Reads the options every change shares.
        init(_ a: ParsedArguments) throws(UsageError) {
            effectiveDate = try Times.date(a, "effectiveDate")
            actingRole = StaffRole(rawValue: a.option("actingRole") ?? StaffRole.registerAdministrator.rawValue)
            reasons = a.options("reasons")
            references = a.options("references")
            ledger = try a.requiredOption("ledger")
            actor = try a.requiredOption("as")
            staffId = a.positional("staff-id")!
            commandPath = a.commandPath
            clockGuard = try SharedOptions.clockGuard(a)
        }

        /// The decision metadata of the change; `today` is the default date.
        func metadata(today: CalendarDate) -> DecisionMetadata {
            DecisionMetadata(actingRole: actingRole, effectiveDate: effectiveDate ?? today, reasons: reasons, references: references)
        }
    }

    /// The `--weeklyLimit` given, in pence.
    static func weeklyLimit(_ arguments: ParsedArguments) throws(UsageError) -> Money? {
        try arguments.integer("weeklyLimit").map { Money(pence: Int64($0)) }
    }

    /// The `--role` options given.
    static func roles(_ arguments: ParsedArguments) -> [StaffRole] {
        arguments.options("role").map(StaffRole.init(rawValue:))
    }

    /// Decides and records `changes(metadata)` on the register; prints one line per event.
    static func record(_ o: ChangeOptions, command: String, _ changes: (DecisionMetadata) throws -> [StaffCommand]) throws {
        let now = Timestamp.now()
        let commands = try changes(o.metadata(today: CalendarDate(now)))
        try ServiceFailures.reporting(as: ["caseledger", "staff", command], usage: o.commandPath) {
            let service = try SharedOptions.writer(at: o.ledger, clockGuard: o.clockGuard)
            let appended = try service.recordStaff(commands, actor: o.actor, now: now)
            SharedOptions.warnIfClockBehind(now: now, recordedAt: appended.last?.recordedAt)
            for event in appended {
                try StandardStreams.output.writeLine("recorded \(event.type) on staff: seq \(event.seq), id \(event.id), at \(event.recordedAt.rfc3339)")
            }
        }
    }
}
