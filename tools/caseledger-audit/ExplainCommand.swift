import CaseAudit
import CLIKit

/// `caseledger-audit explain CASE WHAT`: one figure or status traced to its events.
enum ExplainCommand: OptionsCommand {
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

    /// The options of `explain`: what to explain, and those of every case report.
    struct Options: CommandOptions {
        /// The figure or status to trace.
        var subject: ExplainSubject
        /// The case, ledger, format, time and copy.
        var report: CaseReportOptions

        /// Reads WHAT (one of the subjects) and the case report's options.
        init(_ a: ParsedArguments) throws(UsageError) {
            let what = a.positional("what")!
            guard let subject = ExplainSubject(rawValue: what) else {
                throw a.usageError("cannot explain '\(what)': choose one of \(ExplainSubject.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            self.subject = subject
            report = try CaseReportOptions(a)
        }

        /// No file written inside the ledger.
        func validate() throws(ValidationError) { try report.validate() }
    }

    static func run(_ o: Options) throws {
        let ledger = try o.report.openLedger()
        let view = try o.report.time.view(checkedAgainst: ledger)
        let history = try ledger.caseHistory(o.report.caseId, view: view)
        let config = try ledger.configuration(asKnownAt: view.asKnownAt)
        let explanation = Explanation(
            history: history, subject: o.subject, view: view, copy: o.report.copy, configuration: config.configuration,
            configurationSource: config.source)
        try o.report.target.write(
            AuditReport.explanation(explanation).render(o.report.target.render, integrity: try ledger.integrity(asKnownAt: view.asKnownAt)))
    }
}
