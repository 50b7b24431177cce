import CLIKit
import CaseLedger
import CaseService
import LedgerStore

/// `caseledger config publish --json FILE|- --as STAFF-ID`.
enum ConfigPublishCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "publish", abstract: "Publish a configuration in force from a date (e.g. events/config/england-2026.json).",
        discussion: """
            The JSON object holds effectiveFrom, summary, reasons, references and configuration (see README.md); \
            flags override its members. A decision uses the configuration in force when it is made: the one with the \
            latest effectiveFrom on or before that day among those recorded by then. Publishing needs a register \
            administration role, except on a new ledger whose register nobody administers yet.
            """,
        options: [CaseledgerCommand.ledgerOption, SharedOptions.actor, SharedOptions.json, SharedOptions.clockJump]
            + ConfigurationPublished.command.fields.filter(\.kind.takesFlag).map(RecordCommand.option(for:)))

    /// The options of `config publish`.
    struct Options: CommandOptions {
        /// The ledger directory.
        var ledger: String
        /// The staff id publishing it.
        var actor: String
        /// Where to read the configuration document (`-` for standard input).
        var json: String
        /// The document's members given as flags, by name (only those given).
        var flags: [String: [String]]
        /// The command as typed, for usage errors found while running.
        var commandPath: [String]
        /// The clock guard, with `--clock-jump`'s acknowledgement when given.
        var clockGuard: ClockJumpGuard

        /// Reads the options; `--json` must be given.
        init(_ a: ParsedArguments) throws(UsageError) {
            json = try a.requiredOption("json")
            flags = RecordCommand.Options.fields(ConfigurationPublished.command.fields, in: a)
            ledger = try a.requiredOption("ledger")
            actor = try a.requiredOption("as")
            commandPath = a.commandPath
            clockGuard = try SharedOptions.clockGuard(a)
        }
    }

    static func run(_ o: Options) throws {
        try ServiceFailures.reporting(as: ["caseledger", "config", "publish"], usage: o.commandPath) {
            let input = try JSONInput.read(o.json)
            var flags = o.flags
            if flags["actingRole"] == nil, input["actingRole"] == nil { flags["actingRole"] = [StaffRole.registerAdministrator.rawValue] }
            let service = try SharedOptions.writer(at: o.ledger, clockGuard: o.clockGuard)
            let now = Timestamp.now()
            let appended = try service.publishConfiguration(input: input, flags: flags, actor: o.actor, now: now)
            SharedOptions.warnIfClockBehind(now: now, recordedAt: appended.last?.recordedAt)
            for event in appended {
                try StandardStreams.output.writeLine("recorded \(event.type) on configuration: seq \(event.seq), id \(event.id), at \(event.recordedAt.rfc3339)")
            }
        }
    }
}
