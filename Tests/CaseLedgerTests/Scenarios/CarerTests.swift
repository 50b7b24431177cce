import CaseLedger
import CaseLedgerTestSupport
import Testing

/// A carer (after the Warwickshire practitioner story): a mother caring for her daughter with a
/// learning disability is due to go into hospital. Her carer's assessment finds her health at
/// risk; instead of residential respite, assistive technology and meals from a neighbour let her
/// daughter stay at home. Carers' services are free.
@Suite("Scenario: a carer's assessment and a free carer's budget")
struct CarerTests {
    @Test("eligible because her health is at risk; nothing may be charged")
    func carer() {
        var c = TestCase()
        c.stream = "C-CARER"
        c.record(Make.referral(.carer, name: "Mrs E", route: .communityOrOtherRoute, caredFor: "her daughter"))
        c.record(Make.allocate())
        c.when(.assessNeeds(Make.needsAssessment(notAchieved: [:]))).thenRejected(.assessmentKindMismatch)
        c.record(.assessCarer(Make.carersAssessment(notAchieved: [.engagingInRecreation], healthAtRisk: true)))
        c.record(Make.determine("CA-1"))
        #expect(c.state.eligibility.current?.eligible == true)
        c.record(Make.notice("CA-1"))
        c.record(Make.financial(basis: .exempt, category: nil), by: TestStaff.financeOfficer)
        c.record(Make.indicative(pounds(50)))
        c.record(Make.draft(Make.plan(lines: [
            Make.line("L1", .assistiveTechnology, pounds(12), "alarm and sensors for her daughter"),
            Make.line("L2", .otherSupport, pounds(30), "neighbour helps with meals"),
        ])))
        c.when(Make.budget(total: pounds(42), customer: pounds(5))).thenRejected(.contributionExempt,
            containing: "carers' services are free")
        c.record(Make.budget(total: pounds(42), customer: .zero))
        c.record(Make.signOff(), by: TestStaff.teamManager)
        c.record(Make.deliver("P-1", [Make.arrangement(.directPayment, lines: ["L1", "L2"], weekly: pounds(42),
            frequency: .weekly, heldBy: "Mrs E")]))

        let f = c.state.inForce(on: day("2026-05-10"))
        #expect(f.contribution?.value?.exemptions == [.carerServices])
        #expect(f.weeklyContribution == .zero)
        #expect(f.personalBudget?.value?.weeklyCouncilContribution == pounds(42))
        #expect(c.state.determinations["CA-1"]?.healthAtRisk == true)
        #expect(c.state.determinations["CA-1"]?.metadata.references.contains(EligibilityTest.carerReference) == true)
        #expect(c.state.stage == .delivery)
    }
}
