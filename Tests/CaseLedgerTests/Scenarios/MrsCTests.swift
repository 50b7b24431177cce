import CaseLedger
import CaseLedgerTestSupport
import Testing

/// Mrs C's story (Warwickshire, 2012): 85, living alone with no main carer, she needed help with
/// personal and practical needs, getting around, and keeping in contact with her church. A
/// combination budget: a direct payment employs a personal assistant of her choice for personal
/// care, help with finances and church meetings; the rest is arranged by the council.
@Suite("Scenario: Mrs C's combination budget")
struct MrsCTests {
    /// Mrs C's case up to her financial assessment (£28.00 a week): referral, allocation, needs
    /// assessment (5 outcomes not achieved), eligibility and its notice.
    static func financiallyAssessed() -> TestCase {
        var c = TestCase()
        c.stream = "C-MRSC"
        c.record(Make.referral(name: "Mrs C", route: .communityOrOtherRoute))
        c.record(Make.allocate())
        c.record(.assessNeeds(Make.needsAssessment(notAchieved: [
            .maintainingPersonalHygiene: [.cannotWithoutAssistance],
            .beingAppropriatelyClothed: [.takesSignificantlyLonger],
            .maintainingAHabitableHome: [.cannotWithoutAssistance],
            .developingFamilyAndOtherRelationships: [.cannotWithoutAssistance],
            .usingCommunityFacilitiesAndServices: [.cannotWithoutAssistance],
        ])))
        c.record(Make.determine())
        c.record(Make.notice())
        c.record(Make.financial(income: pounds(260), capital: pounds(10_000)), by: TestStaff.financeOfficer)
        return c
    }

    @Test("a direct payment for her own personal assistant plus council-arranged support")
    func mrsC() {
        var c = Self.financiallyAssessed()
        #expect(c.state.contributions.current?.weeklyContribution == pounds(28))
        c.record(Make.indicative(pounds(220)))
        c.record(Make.draft(Make.plan(lines: [
            Make.line("L1", .personalAssistant, pounds(150), "PA of her choice: personal care, finances, church meetings"),
            Make.line("L2", .homeCare, pounds(40), "cleaning and shopping"),
            Make.line("L3", .transport, pounds(15), "community transport"),
        ])))
        c.when(Make.budget(total: pounds(205), customer: pounds(28), council: pounds(170))).thenRejected(.budgetSplitMismatch)
        c.record(Make.budget(total: pounds(205), customer: pounds(28)))
        c.record(Make.signOff(), by: TestStaff.teamManager)
        c.record(Make.deliver("P-1", [
            Make.arrangement(.directPayment, lines: ["L1"], weekly: pounds(150), heldBy: "Mrs C"),
            Make.arrangement(.managedAccount, lines: ["L2", "L3"], weekly: pounds(55), frequency: .weekly, heldBy: "the council"),
        ]))

        let s = c.state.summary(c.configuration)
        let mechanisms = Set(s.delivery?.value?.arrangements.map(\.mechanism) ?? [])
        #expect(mechanisms == [.directPayment, .managedAccount])
        #expect(s.personalBudget?.value?.weeklyCustomerContribution == pounds(28))
        #expect(s.personalBudget?.value?.weeklyCouncilContribution == pounds(177))
        #expect(s.delivery?.value?.arrangements.first?.paymentAmount == pounds(600))
        #expect(c.state.directPaymentStart == day("2026-05-04"))
    }
}
