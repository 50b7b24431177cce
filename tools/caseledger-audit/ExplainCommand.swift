import CaseAudit
import CLIKit

/// `caseledger-audit explain CASE WHAT`: one figure or status traced to its events.
enum ExplainCommand {
    static let spec = CommandSpec(
        name: "explain", abstract: "Trace one figure or status of a case to the events behind it, step by step.",
        discussion: """
            WHAT is budget (the personal budget and who pays what), contribution (the person's weekly contribution and its \
            arithmetic), eligibility, next-review (which rule sets the date) or stage.
            """,
        arguments: [
            ArgumentSpec("case", help: "The case reference, e.g. C-1001."),
            ArgumentSpec("what", help: "budget, contribution, eligibility, next-review or stage."),
        ],
        options: CommonOptions.reportOptions(copy: .staff), flags: [CommonOptions.largePrint])

    static func run(_ a: ParsedArguments) throws {
        let what = a.positional("what")!
        guard let subject = ExplainSubject(rawValue: what) else {
            throw a.usageError("cannot explain '\(what)': choose one of \(ExplainSubject.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let ledger = try CommonOptions.openLedger(a)
        let view = try CommonOptions.view(a, ledger: ledger)
        let history = try CommonOptions.history(a.positional("case")!, ledger: ledger, view: view)
        let config = try loadConfiguration(ledger, asKnownAt: view.asKnownAt)
        let explanation = Explanation(
            history: history, subject: subject, view: view, copy: CommonOptions.copy(a), configuration: config.configuration,
            configurationSource: config.source)
        let report = AuditReport.explanation(explanation).render(CommonOptions.render(a), integrity: try ledger.integrity(asKnownAt: view.asKnownAt))
        try ReportOutput.write(report, to: a.option("output"))
    }
}
