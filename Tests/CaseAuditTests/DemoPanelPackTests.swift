import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Foundation
import Testing

/// The panel pack of the demo ledger's C-1006 (Mr D), whose challenge went to the Risk Enablement
/// Panel on 5 January 2026 and was decided on 14 January: as the panel would have read it, and
/// afterwards, against golden files under Golden/demo.
@Suite("Panel pack of the demo ledger's Mr D")
struct DemoPanelPackTests {
    let ledger: AuditLedger
    let integrity: IntegrityStatement
    let configuration: Configuration

    init() throws {
        ledger = try AuditLedger.open(at: DemoCLDTests.path)
        var i = try ledger.integrity()
        i.ledgerPath = "events/demo"
        integrity = i
        configuration = try #require(try CaseService(ledger: ledger.ledger).configuration(inForceAt: at("2027-01-01T00:00:00Z"))).configuration
    }

    @Test("C-1006's pack before and after the panel, in Markdown and HTML", arguments: [
        ("before-panel", TimeView(asKnownAt: at("2026-01-10T00:00:00Z"))), ("latest", TimeView()),
    ])
    func golden(name: String, view: TimeView) throws {
        let pack = PanelPack(history: try ledger.caseHistory("C-1006"), view: view, configuration: configuration)
        var i = integrity
        if let t = view.asKnownAt {
            i = try ledger.integrity(asKnownAt: t)
            i.ledgerPath = "events/demo"
        }
        let md = pack.render(RenderOptions(format: .md), integrity: i)
        let html = pack.render(RenderOptions(format: .html), integrity: i)
        Golden.check(md, "demo/C-1006-panel-pack-\(name).md")
        Golden.check(html, "demo/C-1006-panel-pack-\(name).html")
        #expect(wellFormedProblem(html) == nil)
        #expect(md.contains("What is asked of the panel:") == (name == "before-panel"))
    }
}
