import CaseAudit
import CLIKit

/// `caseledger-audit panel-pack CASE`: what a Risk Enablement Panel needs on one page.
enum PanelPackCommand {
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

    static func run(_ a: ParsedArguments) throws {
        let ledger = try CommonOptions.openLedger(a)
        let view = try CommonOptions.view(a, ledger: ledger)
        let history = try CommonOptions.history(a.positional("case")!, ledger: ledger, view: view)
        let pack = PanelPack(history: history, view: view, configuration: try loadConfiguration(ledger, asKnownAt: view.asKnownAt).configuration)
        let report = pack.render(CommonOptions.render(a), integrity: try ledger.integrity(asKnownAt: view.asKnownAt))
        try ReportOutput.write(report, to: a.option("output"))
    }
}
