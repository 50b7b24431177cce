import CaseLedger
import CaseLedgerTestSupport
import Testing

/// A challenge taken to the Risk Enablement Panel, then a withdrawal after review: Mr D's
/// daughter challenges the council's contribution. Not settled with the allocated worker or the
/// line manager, it goes to the Risk Enablement Panel, which advises funding a personal assistant
/// for community access, accepting the risk of falls; the plan is revised and signed off again.
/// Months later Mr D has recovered: a review finds his needs no longer eligible, services are
/// withdrawn, he is told in writing, and the case is closed. He complains afterwards; a closed
/// case still takes complaints.
@Suite("Scenario: challenge to the Risk Enablement Panel, then withdrawal after review")
struct ChallengeAndWithdrawalTests {
    @Test("the whole trail, with the rules that guard each step")
    func challengeThenWithdrawal() {
        var c = TestCase.adult(upTo: .delivered)
        c.stream = "C-1001"
        let budgetEvent = c.lastId(of: "personalBudgetSet")
        c.record(Make.challenge(subject: .councilContribution, on: [budgetEvent], date: "2026-05-10"))
        c.record(Make.escalate(to: .lineManager, date: "2026-05-17"))
        c.when(Make.panel(date: "2026-05-18"), by: TestStaff.panelChair).thenRejected(.panelChallengeNotReferred)
        c.record(Make.escalate(to: .riskEnablementPanel, date: "2026-05-24", role: .teamManager), by: TestStaff.teamManager)
        c.record(Make.panel(date: "2026-06-03"), by: TestStaff.panelChair)
        c.record(Make.resolve(outcome: .partlyUpheld, date: "2026-06-05"))
        #expect(c.state.challenges["CH-1"]?.resolution?.level == .riskEnablementPanel)
        #expect(c.state.challenges["CH-1"]?.panelDecisionIds == ["REP-1"])

        c.record(Make.revise(Make.plan(lines: [
            Make.line("L1", .personalAssistant, pounds(200), "personal assistants"),
            Make.line("L2", .dayOpportunity, pounds(40), "day centre"),
            Make.line("L3", .personalAssistant, pounds(40), "PA for community access, as the panel advised"),
        ]), date: "2026-06-08", summary: "Risk Enablement Panel REP-1: PA for community access"))
        c.record(Make.budget(total: pounds(280), customer: pounds(23, 10), date: "2026-06-08", role: .teamManager),
            by: TestStaff.headOfService)
        c.record(Make.signOff(version: 2, date: "2026-06-08"), by: TestStaff.headOfService)
        c.record(Make.deliver("P-1", [
            Make.arrangement(.directPayment, lines: ["L1", "L3"], weekly: pounds(240)),
            Make.arrangement(.managedAccount, lines: ["L2"], weekly: pounds(40), frequency: .weekly, heldBy: "the council"),
        ], date: "2026-06-15"))
        // issue 15: 6 weeks after the revised plan's services started on 15 June.
        #expect(c.state.summary(c.configuration).nextReviewDue == ReviewDue(date: day("2026-07-27"), reason: .newOrChangedPlan))

        c.when(Make.withdraw(date: "2026-07-01")).thenRejected(.withdrawalWithoutReview)
        c.record(.requestReview(ReviewRequested(
            metadata: meta(.socialWorker, "2026-07-15"), reviewId: "RV-1", requestedBy: .carer,
            requesterName: "Mr D's daughter", reason: .unplannedOther,
            changeOfCircumstances: "walking unaided again, back at the social club")))
        #expect(c.state.stage == .review)
        c.record(Make.completeReview(outcome: .withdrawalRecommended, stillEligible: false, date: "2026-07-22"))
        c.record(Make.withdraw(date: "2026-08-05"))
        c.when(Make.close(date: "2026-08-06")).thenRejected(.closureBeforeWithdrawalNotice,
            containing: "the written withdrawal notice is not recorded")
        c.record(Make.withdrawalNotice(date: "2026-07-24"))
        c.record(Make.close(date: "2026-08-06"))
        c.when(.assessNeeds(Make.needsAssessment("A-2", notAchieved: [:], date: "2026-08-10"))).thenRejected(.caseClosed)
        c.record(Make.complaint(matter: "2026-08-05", date: "2026-08-20"), by: TestStaff.complaintsManager)
        c.record(Make.acknowledge(date: "2026-08-21"), by: TestStaff.complaintsManager)
        c.record(Make.respond(date: "2026-09-30"), by: TestStaff.complaintsManager)

        let s = c.state
        #expect(s.stage == .closed)
        #expect(s.inForce(on: day("2026-08-04")).personalBudget?.value?.weeklyTotal == pounds(280))
        #expect(s.inForce(on: day("2026-08-05")).personalBudget?.value == nil)
        #expect(s.inForce(on: day("2026-08-05")).eligibility?.value?.eligible == false)
        #expect(s.summary(c.configuration).openChallenges.isEmpty)
        #expect(s.summary(c.configuration).openComplaints.isEmpty)
        #expect(s.summary(c.configuration).nextReviewDue == nil)
        #expect(s.panelDecisions["REP-1"]?.actionOwner == TestStaff.socialWorker)
        #expect(s.panelDecisions["REP-1"]?.reviewDate == day("2026-09-03"))
        #expect(s.withdrawal?.notice != nil)
        #expect(s == CaseState(rebuiltFrom: c.recorded))
        let trail = c.recorded.map(\.event.typeName).suffix(9)
        #expect(Array(trail) == [
            "deliveryArranged", "reviewRequested", "reviewCompleted", "withdrawalDecided", "withdrawalNoticeSent",
            "caseClosed", "complaintReceived", "complaintAcknowledged", "complaintResponded",
        ])
    }
}
