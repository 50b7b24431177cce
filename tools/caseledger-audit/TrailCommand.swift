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

    static func run(_ o: CaseReportOptions) throws {
        let ledger = try o.openLedger()
        let view = try o.time.view(checkedAgainst: ledger)
        let history = try ledger.caseHistory(o.caseId, view: view)
        let trail = DecisionTrail(history: history, view: view, copy: o.copy, configuration: try ledger.configuration(asKnownAt: view.asKnownAt).configuration)
        try o.target.write(AuditReport.trail(trail).render(o.target.render, integrity: try ledger.integrity(asKnownAt: view.asKnownAt)))
    }
}
