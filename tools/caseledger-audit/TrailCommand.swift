import CaseAudit
import CLIKit

/// `caseledger-audit trail CASE`: the decision trail.
enum TrailCommand {
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

    static func run(_ a: ParsedArguments) throws {
        let ledger = try CommonOptions.openLedger(a)
        let view = try CommonOptions.view(a, ledger: ledger)
        let history = try CommonOptions.history(a.positional("case")!, ledger: ledger, view: view)
        let trail = DecisionTrail(history: history, view: view, copy: CommonOptions.copy(a), configuration: try loadConfiguration(ledger, asKnownAt: view.asKnownAt).configuration)
        let report = AuditReport.trail(trail).render(CommonOptions.render(a), integrity: try ledger.integrity(asKnownAt: view.asKnownAt))
        try ReportOutput.write(report, to: a.option("output"))
    }
}
