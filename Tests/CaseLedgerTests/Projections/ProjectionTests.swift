import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("Projections of a case")
struct ProjectionTests {
    @Test("the summary of a delivered case")
    func summary() {
        let c = TestCase.adult(upTo: .delivered)
        let s = c.state.summary(c.configuration)
        #expect(s.caseId == "C-1001")
        #expect(s.stage == .delivery)
        #expect(s.eligibility?.value?.eligible == true)
        #expect(s.eligibility?.effectiveDate == day("2026-04-09"))
        #expect(s.contribution?.value?.weeklyContribution == pounds(23, 10))
        #expect(s.contribution?.effectiveDate == day("2026-04-13"))
        #expect(s.personalBudget?.value?.weeklyCouncilContribution == pounds(216, 90))
        #expect(s.personalBudget?.effectiveDate == day("2026-04-27"))
        #expect(s.currentPlanId == "P-1")
        #expect(s.currentPlanVersion == 1)
        #expect(s.currentPlanSignOff?.signer == TestStaff.teamManager)
        #expect(s.delivery?.value?.arrangements.map(\.mechanism) == [.directPayment, .managedAccount])
        #expect(s.nextReviewDue == ReviewDue(date: day("2026-06-15"), reason: .newOrChangedPlan))  // 6 weeks after services started on 4 May
        #expect(s.openChallenges.isEmpty)
        #expect(s.openComplaints.isEmpty)
        #expect(s.allocatedWorker == TestStaff.socialWorker)
    }

    @Test("the next review is due 6 weeks after a new plan, then 12 months after each review")
    func reviewDue() {
        var c = TestCase.adult(upTo: .delivered)
        c.record(Make.completeReview(date: "2026-06-05"))
        #expect(c.state.nextReviewDue(c.configuration.reviewIntervals)?.date == day("2027-06-05"))
    }

    @Test("review intervals are configuration, not law")
    func reviewIntervalsConfigurable() {
        let c = TestCase.adult(upTo: .delivered)
        let eightWeeks = ReviewIntervals(newOrChangedPlan: .weeks(8))
        #expect(c.state.nextReviewDue(eightWeeks) == ReviewDue(date: day("2026-06-29"), reason: .newOrChangedPlan))
        let dpFirst = ReviewIntervals(newOrChangedPlan: .months(9), newDirectPayment: .months(6))
        #expect(c.state.nextReviewDue(dpFirst) == ReviewDue(date: day("2026-11-04"), reason: .newDirectPayment))
    }

    @Test("a changed plan brings the review forward again")
    func changedPlan() {
        var c = TestCase.adult(upTo: .delivered)
        c.record(Make.completeReview(outcome: .planRevised, date: "2026-06-05"))
        c.record(Make.revise(Make.plan(lines: [Make.line("L1", .personalAssistant, pounds(220))]), date: "2026-06-10"))
        c.record(Make.budget(total: pounds(220), date: "2026-06-10"))
        c.record(Make.signOff(version: 2, date: "2026-06-10"), by: TestStaff.teamManager)
        #expect(c.state.nextReviewDue(c.configuration.reviewIntervals) == ReviewDue(date: day("2026-07-22"), reason: .newOrChangedPlan))
        #expect(c.state.summary(c.configuration).currentPlanVersion == 2)
    }

    @Test("stages follow the case: review when asked, assessment when reassessing, contact after reopening")
    func stages() {
        var c = TestCase.adult(upTo: .delivered)
        c.record(Make.requestReview())
        #expect(c.state.stage == .review)
        c.record(Make.completeReview(outcome: .reassessment))
        #expect(c.state.stage == .assessment)
        c.record(.assessNeeds(Make.needsAssessment("A-2", notAchieved: [
            .managingNutrition: [.cannotWithoutAssistance], .managingToiletNeeds: [.takesSignificantlyLonger],
        ], date: "2026-09-10")))
        c.record(Make.determine("A-2", date: "2026-09-11"))
        #expect(c.state.stage == .delivery)
        let closed = CaseRuleTable.closed
        #expect(closed.state.stage == .closed)
        #expect(closed.then(Make.reopen(date: "2026-05-01")).state.stage == .contact)
    }

    @Test("open challenges and complaints are listed until resolved or answered")
    func openItems() {
        var c = TestCase.adult(upTo: .delivered).then(Make.challenge())
        c.record(Make.complaint(), by: TestStaff.complaintsManager)
        var s = c.state.summary(c.configuration)
        #expect(s.openChallenges.map(\.raised.challengeId) == ["CH-1"])
        #expect(s.openComplaints.map(\.received.complaintId) == ["CO-1"])
        c.record(Make.resolve())
        c.record(Make.acknowledge(), by: TestStaff.complaintsManager)
        c.record(Make.respond(), by: TestStaff.complaintsManager)
        s = c.state.summary(c.configuration)
        #expect(s.openChallenges.isEmpty)
        #expect(s.openComplaints.isEmpty)
        #expect(c.state.complaints["CO-1"]?.response?.withinTimeLimit == true)
    }

    @Test("restricted notes and fields are marked for the customer's copy")
    func restricted() {
        let e = GrandTour.oneOfEach["needsAssessed"]!.event
        #expect(e.metadata.restricted == ["participants"])
        #expect(e.metadata.notes.first?.restricted == true)
        #expect(e.metadata.notes.first?.kind == .opinion)
        #expect(e.metadata.notes.first?.whose == "neighbour")
        #expect(e.payload["notes"]?.arrayValue?.first?["restricted"] == true)
    }
}
