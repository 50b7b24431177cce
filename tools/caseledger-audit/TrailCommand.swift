import CaseAudit
import CLIKit

/// `caseledger-audit trail CASE`: the decision trail.
enum TrailCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "trail", abstract: "Every decision on a case, in order: when, who, what, why, what changed, what followed.",
        discussion: """
            Each decision shows when it was recorded and took effect, who decided (name, role, and their authority that day), \
            what was decided, why (reasons, criteria and policy clauses relied on, evidence), what changed compared with before, \
            what the person was told in writing, and what followed (challenge, escalation, panel decision, complaint, correction). \
            Corrections are shown beside the original: nothing is hidden because it was superseded.

            The customer's copy (the default) is written for the person and withholds third-party information marked restricted \
            when it was recorded, saying where and how many items were withheld and why; --copy staff shows everything.
            """,
        arguments: [ArgumentSpec("case", help: "The case reference, e.g. C-1001.")],
        options: CommonOptions.reportOptions(copy: .customer), flags: [CommonOptions.largePrint])

    /// The options of `trail`: those of every case report.
    struct Options: CommandOptions {
        /// The case, ledger, format, time and copy.
        var report: CaseReportOptions

        /// Reads the case report's options.
        init(_ a: ParsedArguments) throws(UsageError) { report = try CaseReportOptions(a) }

        /// No file written inside the ledger.
        func validate() throws(ValidationError) { try report.validate() }
    }

    static func run(_ o: Options) throws {
        let ledger = try o.report.openLedger()
        let view = try o.report.time.view(checkedAgainst: ledger)
        let history = try ledger.caseHistory(o.report.caseId, view: view)
        let trail = DecisionTrail(history: history, view: view, copy: o.report.copy, configuration: try ledger.configuration(asKnownAt: view.asKnownAt).configuration)
        try o.report.target.write(AuditReport.trail(trail).render(o.report.target.render, integrity: try ledger.integrity(asKnownAt: view.asKnownAt)))
    }
}
