import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 14: corrections
/// A back-dated change of money states, in the trail and in `explain`, what is owed for the weeks
/// already past and by whom.
@Suite("Arrears and refunds in the trail and explain")
struct BackPaymentTrailTests {
    static func history(_ c: TestCase) -> CaseHistory {
        CaseHistory(caseId: c.stream, events: c.recorded, staffEvents: TestStaff.events)
    }

    @Test("given a contribution corrected from £36 to £20 a week 10 weeks back, the correction's trail entry states a refund of £160 owed to the person")
    func trailStatesTheRefund() {
        let c = BackDated.contributionCorrected
        let trail = DecisionTrail(history: Self.history(c), view: TimeView(), copy: .customer, configuration: c.configuration)
        let correction = trail.entries.last!
        #expect(correction.eventType == "eventCorrected")
        #expect(correction.what.contains(
            "Weeks already past: over the 10 whole weeks from 13 April 2026 to 22 June 2026 (when this was recorded), the person's weekly contribution comes to £200.00 instead of £360.00: a refund of £160.00 owed to the person (Care Act 2014 s69; Care and Support Statutory Guidance annex D)."),
            "\(correction.what)")
        // The original, recorded on its effective date, owed nothing for past weeks.
        #expect(!trail.entries.contains { $0.eventType == "financialAssessmentCompleted" && $0.what.contains { $0.hasPrefix("Weeks already past") } })
    }

    @Test("given a personal budget corrected upward 6 weeks back, the trail states £120 of arrears owed by the council")
    func trailStatesCouncilArrears() {
        let c = BackDated.budgetCorrectedUpward
        let trail = DecisionTrail(history: Self.history(c), view: TimeView(), copy: .staff, configuration: c.configuration)
        #expect(trail.entries.last!.what.contains { $0.contains("the council's part of the personal budget comes to £1,421.40 instead of £1,301.40: arrears of £120.00 owed by the council") },
            "\(trail.entries.last!.what)")
    }

    @Test("given a contribution corrected 10 weeks back, explain contribution shows the refund in the correction's step")
    func explainShowsTheRefund() {
        let c = BackDated.contributionCorrected
        let explanation = Explanation(
            history: Self.history(c), subject: .contribution, view: TimeView(), copy: .customer, configuration: c.configuration,
            configurationSource: "the test configuration")
        #expect(explanation.answer.contains("£20.00 a week"))
        #expect(explanation.steps.contains { $0.details.contains { $0.contains("a refund of £160.00 owed to the person") } },
            "\(explanation.steps.map(\.details))")
    }
}
