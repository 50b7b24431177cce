import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

/// `--as-known-at` shows what had been recorded by then; `--in-force-on` what applied on a date.
@Suite("Time travel: as known at, in force on")
struct TimeTravelTests {
    let fx: FixtureLedger
    let history: CaseHistory

    init() throws {
        fx = try FixtureLedger()
        try Stories.mrD(fx)
        history = try fx.history("C-1001")
    }

    func trail(_ view: TimeView, _ copy: Copy = .customer) -> DecisionTrail {
        DecisionTrail(history: history, view: view, copy: copy, configuration: FixtureConfiguration.standard)
    }

    @Test("before the correction the original stands; after it, the correction is shown beside the original")
    func correction() throws {
        let before = trail(TimeView(asKnownAt: at(Stories.beforeCorrection)))
        let original = try #require(before.entries.first { $0.eventType == "financialAssessmentCompleted" })
        #expect(original.status == .standing)
        #expect(original.title == "Financial assessment F-1: contribution £23.10 a week")
        #expect(!before.entries.contains { $0.eventType == "eventCorrected" })
        #expect(before.figures["weeklyContribution"] == "£23.10 a week")

        let after = trail(TimeView())
        let superseded = try #require(after.entries.first { $0.eventType == "financialAssessmentCompleted" })
        let correction = try #require(after.entries.first { $0.eventType == "eventCorrected" })
        #expect(superseded.status == .superseded(bySeq: correction.seq))
        #expect(superseded.title == original.title)
        #expect(correction.status == .correction(ofSeq: superseded.seq))
        #expect(correction.comparison?.rows.map(\.field) == ["weekly contribution", "weekly income"])
        #expect(correction.comparison?.rows.first?.original == "£23.10")
        #expect(correction.comparison?.rows.first?.corrected == "£31.10")
        #expect(correction.changes.map(\.sentence) == ["Weekly contribution: £23.10 a week \u{2192} £31.10 a week from 13 April 2026"])
        #expect(after.figures["weeklyContribution"] == "£31.10 a week")

        let text = AuditReport.trail(before).render(RenderOptions(format: .text), integrity: try fx.integrity(asKnownAt: at(Stories.beforeCorrection)))
        #expect(text.contains("As known at 2 July 2026, 00:00 BST"))  // 2026-07-01T23:00:00Z in UK time (issue 18)
        #expect(text.contains("As known at 2 July 2026, 00:00 BST the ledger ended at seq 39"))
    }

    @Test("in force on a date: the figures then, and only decisions effective by then")
    func inForce() {
        let t = trail(TimeView(inForceOn: day("2026-05-01")))
        #expect(t.figures["personalBudget"] == "£240.00 a week")
        #expect(t.figures["weeklyContribution"] == "£31.10 a week")
        #expect(t.entries.allSatisfy { $0.effectiveDate.iso <= "2026-05-01" })
        #expect(t.entries.contains { $0.eventType == "eventCorrected" })
        let both = trail(TimeView(asKnownAt: at(Stories.beforeCorrection), inForceOn: day("2026-05-01")))
        #expect(both.figures["weeklyContribution"] == "£23.10 a week")
    }

    @Test("explain contribution as known before and after the correction")
    func explainAcrossCorrection() {
        func answer(_ view: TimeView) -> String {
            Explanation(history: history, subject: .contribution, view: view, copy: .staff, configuration: FixtureConfiguration.standard,
                configurationSource: "test").answer
        }
        #expect(answer(TimeView(asKnownAt: at(Stories.beforeCorrection))).contains("£23.10 a week"))
        #expect(answer(TimeView()).contains("£31.10 a week, in force from 13 April 2026 (ref. 40)"))
    }

    @Test("diff names the events that changed each figure")
    func diff() {
        let d = CaseDiff(history: history, from: at("2026-06-30T00:00:00Z"), to: at("2026-07-31T00:00:00Z"), inForceOn: nil, copy: .staff,
            configuration: FixtureConfiguration.standard)
        let contribution = d.changes.first { $0.change.key == "weeklyContribution" }
        #expect(contribution?.change.from == "£23.10 a week")
        #expect(contribution?.change.to == "£31.10 a week")
        #expect(contribution?.changedBy == [40])
        #expect(d.events.map(\.seq) == Array(39...49))  // issue 15: notices — 44 to 49, his letters of 20 July
    }
}
