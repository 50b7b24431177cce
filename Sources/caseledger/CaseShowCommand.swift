import CaseAudit
import CLIKit
import CaseLedger
import CaseService

/// `caseledger case show ID`: the case at a glance, as known now or at a time, and what was in
/// force on a date.
enum CaseShowCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "show", abstract: "Show a case: stage, worker, eligibility, contribution, budget, plan, delivery, reviews.",
        discussion: """
            Shows the case as known now, or with --as-known-at as it was known at that time (only what was \
            recorded by then), and with --in-force-on what applied on that date by everything known. \
            --format json prints the stable form documented in README.md.
            """,
        arguments: [ArgumentSpec("case-id", help: "The case, e.g. C-1001.")],
        options: [
            CaseledgerCommand.ledgerOption,
            OptionSpec(
                "as-known-at", valueName: "TIME",
                help: "Show the case as known at this recorded time: \(UKTime.timeHelp)."),
            OptionSpec("in-force-on", valueName: "DATE", help: "Also show what was in force on this date (YYYY-MM-DD)."),
            SharedOptions.format,
        ])

    /// The options of `case show`.
    struct Options: CommandOptions {
        /// The ledger directory.
        var ledger: String
        /// The case.
        var caseId: String
        /// Only what was recorded by then.
        var asKnownAt: Timestamp?
        /// What was in force on that date.
        var inForceOn: CalendarDate?
        /// Whether to print JSON.
        var json: Bool
        /// The command as typed, for usage errors found while running.
        var commandPath: [String]

        /// Reads the options.
        init(_ a: ParsedArguments) throws(UsageError) {
            asKnownAt = try Times.time(a, "as-known-at")
            inForceOn = try Times.date(a, "in-force-on")
            ledger = try a.requiredOption("ledger")
            caseId = a.positional("case-id")!
            json = SharedOptions.json(a)
            commandPath = a.commandPath
        }
    }

    static func run(_ o: Options) throws {
        try ServiceFailures.reporting(as: ["caseledger", "case", "show"], usage: o.commandPath) {
            let service = try CaseService.open(at: o.ledger, mode: .readOnly)
            let view = try service.caseState(o.caseId, asKnownAt: o.asKnownAt, inForceOn: o.inForceOn)
            // issue 18: text wrapped to the terminal's width, as the audit tool's reports are.
            try StandardStreams.output.writeLine(
                o.json ? view.json.prettyPrinted() : TextWrapping.wrappingEachLine(view.text, width: TerminalWidth.current()))
        }
    }
}
