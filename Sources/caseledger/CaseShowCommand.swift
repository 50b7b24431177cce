import CLIKit
import CaseLedger
import CaseService

/// `caseledger case show ID`: the case at a glance, as known now or at a time, and what was in
/// force on a date.
enum CaseShowCommand {
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
                help: "Show the case as known at this recorded time: a UTC time like 2026-05-01T09:30:00Z, or a date for the end of that day."),
            OptionSpec("in-force-on", valueName: "DATE", help: "Also show what was in force on this date (YYYY-MM-DD)."),
            SharedOptions.format,
        ])

    static func run(_ arguments: ParsedArguments) throws {
        let asKnownAt = try arguments.option("as-known-at").map { text throws(UsageError) in
            guard let time = Times.instant(text) else {
                throw arguments.usageError("--as-known-at must be a UTC time like 2026-05-01T09:30:00Z or a date YYYY-MM-DD; got '\(text)'")
            }
            return time
        }
        let inForceOn = try arguments.option("in-force-on").map { text throws(UsageError) in
            guard let date = CalendarDate(text) else {
                throw arguments.usageError("--in-force-on must be a date YYYY-MM-DD; got '\(text)'")
            }
            return date
        }
        try ServiceFailures.reporting(as: ["caseledger", "case", "show"], arguments) {
            let service = try CaseService.open(at: try arguments.requiredOption("ledger"), mode: .readOnly)
            let view = try service.caseState(arguments.positional("case-id")!, asKnownAt: asKnownAt, inForceOn: inForceOn)
            try StandardStreams.output.writeLine(arguments.option("format") == "json" ? view.json.prettyPrinted() : view.text)
        }
    }
}
