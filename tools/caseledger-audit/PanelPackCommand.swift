import CaseAudit
import CLIKit

/// `caseledger-audit panel-pack CASE`: what a Risk Enablement Panel needs on one page.
enum PanelPackCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "panel-pack", abstract: "What a Risk Enablement Panel needs on one page: outcomes, plan and budget, risks, challenges, history.",
        discussion: """
            The person's outcomes, the current plan and budget, the risks being taken and how they are managed, the open \
            challenge and what is asked of the panel, previous panel decisions and the decision history; html and md print on \
            a page or two. A staff document: it shows everything recorded and marks third-party information [restricted].
            """,
        arguments: [ArgumentSpec("case", help: "The case reference, e.g. C-1001.")],
        options: [
            CommonOptions.ledger, CommonOptions.format, CommonOptions.output, CommonOptions.asKnownAt, CommonOptions.inForceOn,
            CommonOptions.verificationRecord,
        ],
        flags: [CommonOptions.largePrint])

    /// Takes the options of every case report but the copy (a staff document: always staff).
    static func run(_ o: CaseReportOptions) throws {
        let ledger = try o.openLedger()
        let view = try o.time.view(checkedAgainst: ledger)
        let history = try ledger.caseHistory(o.caseId, view: view)
        let pack = PanelPack(history: history, view: view, configuration: try ledger.configuration(asKnownAt: view.asKnownAt).configuration)
        try o.target.write(pack.render(o.target.render, integrity: try ledger.integrity(asKnownAt: view.asKnownAt)))
    }
}
