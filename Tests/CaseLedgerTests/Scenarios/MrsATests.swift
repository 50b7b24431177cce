import CaseLedger
import CaseLedgerTestSupport
import Testing

/// Mrs A's story (Warwickshire, 2012): the Mental Health Team felt the risk and her mental
/// health problems were too great for her to stay at home. She lacked capacity to decide where
/// to live, but a best-interests assessment decided every effort should be made for her to
/// remain at home, where she had lived all her life. With her Community Practice Nurse she was
/// given a personal budget to buy support that kept her mental health stable and reduced risk.
@Suite("Scenario: Mrs A stays at home after a best-interests decision")
struct MrsATests {
    @Test("best interests, least restrictive option, a personal budget; the team's opinion disputed")
    func mrsA() {
        var c = TestCase()
        c.stream = "C-MRSA"
        let nurse = TestStaff.nurse
        c.record(.receiveReferral(ReferralReceived(
            metadata: meta(.communityPsychiatricNurse, "2026-04-01"), customerName: "Mrs A", caseKind: .adult,
            routeOfAccess: .communityOrOtherRoute, source: .nhsProfessional, referrerName: "Mental Health Team",
            presentingNeed: "risk of harm at home; team considering residential care", caredForPerson: nil)), by: nurse)
        c.record(Make.allocate(nurse), by: nurse)
        c.record(.assessNeeds(Make.needsAssessment(
            notAchieved: [
                .managingNutrition: [.cannotWithoutAssistance],
                .usingTheHomeSafely: [.endangersHealthOrSafety],
                .maintainingAHabitableHome: [.cannotWithoutAssistance],
            ],
            notes: [.opinion("risk and mental health problems too great for her to remain at home",
                whose: "Mental Health Team", restricted: false)])), by: nurse)
        let assessment = c.lastId(of: "needsAssessed")
        c.when(Make.bestInterests(lacksCapacity: false), by: nurse).thenRejected(.bestInterestsRequiresLackOfCapacity)
        c.record(Make.bestInterests(), by: nurse)
        c.record(Make.determine(), by: nurse)
        c.record(Make.notice(), by: nurse)
        c.record(Make.financial(income: pounds(200), capital: pounds(20_000)), by: TestStaff.financeOfficer)
        guard case .financialAssessmentCompleted(let fa) = c.lastEvent(of: "financialAssessmentCompleted") else { return }
        #expect(fa.weeklyTariffIncome == pounds(23))
        #expect(fa.weeklyContribution == .zero)
        c.record(Make.indicative(pounds(350)), by: nurse)
        c.record(Make.draft(Make.plan(lines: [
            Make.line("L1", .homeCare, pounds(210), "daily support at home from a familiar team"),
            Make.line("L2", .dayOpportunity, pounds(60), "mental health day service"),
        ])), by: nurse)
        c.record(Make.budget(total: pounds(270), customer: .zero), by: nurse)
        c.record(Make.signOff(), by: TestStaff.headOfService)
        c.record(Make.deliver("P-1", [
            Make.arrangement(.managedAccount, lines: ["L1", "L2"], weekly: pounds(270), frequency: .weekly, heldBy: "the council"),
        ]), by: nurse)
        c.record(Make.dispute(assessment, date: "2026-05-10"), by: nurse)

        let s = c.state
        let bi = s.bestInterestsDecisions["BI-1"]
        #expect(bi?.lacksCapacityForDecision == true)
        #expect(bi?.leastRestrictiveOption == true)
        #expect(bi?.decision == "remain at home with a personal budget")
        #expect(s.disputes[assessment]?.count == 1)
        #expect(s.history.first { $0.id == assessment }?.event.metadata.notes.first?.whose == "Mental Health Team")
        #expect(s.summary(c.configuration).stage == .delivery)
        #expect(s.summary(c.configuration).allocatedWorker == nurse)
        #expect(s.personalBudget.current?.weeklyCouncilContribution == pounds(270))
    }
}
