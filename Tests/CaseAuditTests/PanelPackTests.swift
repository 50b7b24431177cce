import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Foundation
import Testing

/// The Risk Enablement Panel pack on Mr D's case: every format against its golden file, the
/// question put to the panel while his challenge is with it, and restricted items marked.
@Suite("Risk Enablement Panel pack")
struct PanelPackTests {
    let fx: FixtureLedger
    let history: CaseHistory

    init() throws {
        fx = try FixtureLedger()
        try Stories.mrD(fx)
        history = try fx.history("C-1001")
    }

    /// `text` with line wrapping undone and Markdown's escapes removed, for searching.
    func flat(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func pack(_ view: TimeView = TimeView()) -> PanelPack {
        PanelPack(history: history, view: view, configuration: FixtureConfiguration.standard)
    }

    /// While Mr D's challenge CH-1 is with the panel: escalated on 24 May, decided on 3 June.
    static let referredToPanel = TimeView(asKnownAt: at("2026-05-25T00:00:00Z"))

    @Test("the pack matches its golden file in every format", arguments: ReportFormat.allCases)
    func golden(format: ReportFormat) throws {
        let text = pack().render(RenderOptions(format: format), integrity: try fx.integrity())
        Golden.check(text, "panel-pack.\(format == .text ? "txt" : format.rawValue)")
    }

    @Test("the pack while the challenge is with the panel matches its golden file", arguments: [ReportFormat.md, .html])
    func goldenReferred(format: ReportFormat) throws {
        let text = pack(Self.referredToPanel).render(
            RenderOptions(format: format), integrity: try fx.integrity(asKnownAt: Self.referredToPanel.asKnownAt))
        Golden.check(text, "panel-pack-referred.\(format.rawValue)")
    }

    @Test("the HTML pack is well-formed XML, in normal and large print", arguments: [false, true])
    func wellFormed(largePrint: Bool) throws {
        for view in [TimeView(), Self.referredToPanel, TimeView(inForceOn: day("2026-05-20"))] {
            let text = pack(view).render(RenderOptions(format: .html, largePrint: largePrint), integrity: try fx.integrity())
            #expect(wellFormedProblem(text) == nil, "\(wellFormedProblem(text) ?? "")")
            #expect(text.contains("lang=\"en-GB\"") && !text.contains("<script"))
        }
    }

    @Test("a case with an open challenge referred to the panel shows what is asked of the panel")
    func askedOfThePanel() throws {
        let text = flat(pack(Self.referredToPanel).render(RenderOptions(format: .text), integrity: try fx.integrity()))
        #expect(text.contains("CH-1 (with the Risk Enablement Panel)"))
        #expect(text.contains("What is asked of the panel: advice on the value of the council's contribution to the personal budget"))
        #expect(text.contains("the budget does not cover getting out to the social club"))
        #expect(text.contains("a question of risk: refer to the panel"))
        #expect(text.contains("The panel has not considered this case before."))
        let after = flat(pack().render(RenderOptions(format: .text), integrity: try fx.integrity()))
        #expect(!after.contains("What is asked of the panel:"))
        #expect(after.contains("Nothing is referred to the panel"))
        #expect(after.contains("REP-1, ref."))
        #expect(after.contains("fund a personal assistant for community access"))
    }

    @Test("a staff document: third-party items are shown and marked restricted", arguments: [ReportFormat.text, .md, .json, .csv])
    func restrictedMarked(format: ReportFormat) throws {
        let text = flat(pack().render(RenderOptions(format: format), integrity: try fx.integrity()))
        #expect(text.contains("[restricted] a neighbour at number 12"))
        #expect(text.contains("restricted] Opinion of the neighbour at number 12"))
        #expect(!text.contains("[withheld"))
    }

    @Test("the pack shows the plan, its risks and the budget, and ends with the integrity statement", arguments: ReportFormat.allCases)
    func contents(format: ReportFormat) throws {
        let text = pack().render(RenderOptions(format: format), integrity: try fx.integrity())
        #expect(text.contains("pendant alarm"))
        #expect(text.contains("mobile phone and check-in calls"))
        #expect(text.contains("£280.00 a week"))
        #expect(text.contains("staying at home, seeing friends"))
        // In HTML the decision history is an annex after the integrity statement (issue 18: panel),
        // so that no printed page holds the statement alone.
        let end = format == .html ? try #require(text.range(of: "<section class=\"annex\"")).lowerBound : text.endIndex
        let tail = text[..<end].suffix(600)
        #expect(tail.contains("caseledger-audit verify --ledger"), "\(format)")
    }
}
