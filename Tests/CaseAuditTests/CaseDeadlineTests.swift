import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

/// A case decided and folded in memory (no ledger): each command goes through `decide` at 17:00
/// on its effective date.
struct MemoryCase {
    var state = CaseState()
    var seq: Int64 = 0
    var configuration = FixtureConfiguration.standard

    mutating func record(_ command: CaseCommand, by actor: String = FixtureStaff.socialWorker) throws {
        let now = Timestamp(microsecondsSinceEpoch: command.metadata.effectiveDate.startOfDay.microsecondsSinceEpoch + 17 * 3_600_000_000)
        let events = try decide(command, state, DecisionContext(actor: actor, now: now, staff: FixtureStaff.register, configuration: configuration))
        for e in events {
            seq += 1
            state = evolve(state, RecordedCaseEvent(seq: seq, id: "E-\(seq)", stream: "C-1", recordedAt: now, actor: actor, event: e))
        }
    }

    // issue 15: notices
    /// Sends the written notice of the last event of `kind`, stating every right.
    mutating func tell(_ subject: NoticeSubject, of kind: CaseEvent.Kind, on date: String, id: String? = nil) throws {
        let decision = state.history.last { $0.kind == kind }!
        let officer = kind == .financialAssessmentCompleted
        try record(.sendNotice(NoticeSent(
            metadata: meta(officer ? .financialAssessmentOfficer : .socialWorker, date), noticeId: id ?? "N-\(seq + 1)", subject: subject,
            decisionEventId: decision.id, format: .standardPrint, recipient: .person, sentTo: "Ms E", decisionStated: "what was decided",
            reasonsStated: "why", rightsStated: NoticeRight.allCases)), by: officer ? FixtureStaff.financeOfficer : FixtureStaff.socialWorker)
    }

    /// Referral, allocation, assessment and the copy of it, eligibility (with its notice unless
    /// `notice` is false).
    static func assessed(notice: Bool = true) throws -> MemoryCase {
        var c = MemoryCase()
        try c.record(.receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-04-01"), customerName: "Ms E", caseKind: .adult, routeOfAccess: .communityOrOtherRoute,
            source: .selfReferral, referrerName: nil, presentingNeed: "struggling at home", caredForPerson: nil)))
        try c.record(.allocateWorker(WorkerAllocated(metadata: meta(), workerId: FixtureStaff.socialWorker, team: "North")))
        try c.record(.assessNeeds(NeedsAssessed(
            metadata: meta(.socialWorker, "2026-04-08"), assessmentId: "A-1", needsArisingFromImpairment: true, impairmentOrIllness: "arthritis",
            outcomes: AdultOutcome.allCases.map { o in
                o == .managingNutrition || o == .usingTheHomeSafely
                    ? AdultOutcomeFinding(outcome: o, achieved: false, grounds: [.cannotWithoutAssistance])
                    : AdultOutcomeFinding(outcome: o, achieved: true, grounds: [])
            },
            wellbeingImpact: WellbeingImpact(significant: true, description: "isolated"), participants: [Participant(name: "Ms E", role: .customer)],
            advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false))))
        try c.tell(.assessmentCopy, of: .needsAssessed, on: "2026-04-08")
        try c.record(.determineEligibility(DetermineEligibility(metadata: meta(.socialWorker, "2026-04-09", reasons: ["the determination follows the assessment"]), assessmentId: "A-1", eligible: true)))
        if notice {
            try c.record(.sendEligibilityNotice(EligibilityNoticeSent(
                metadata: meta(.socialWorker, "2026-04-10"), assessmentId: "A-1", format: .standardPrint, sentTo: "Ms E", includesAdviceAndInformation: true)))
        }
        return c
    }

    /// Assessed, then a plan signed off on `signedOn` and delivered from `deliveredOn` (by direct
    /// payment when `directPayment`).
    static func delivered(signedOn: String = "2026-04-27", deliveredOn: String = "2026-05-04", directPayment: Bool = true) throws -> MemoryCase {
        var c = try assessed()
        try c.record(.completeFinancialAssessment(CompleteFinancialAssessment(
            metadata: meta(.financialAssessmentOfficer, "2026-04-13", reasons: ["financial assessment completed"]), financialAssessmentId: "F-1", basis: .fullAssessment, exemptions: [],
            capital: pounds(15_000), weeklyIncome: pounds(252, 10), incomeCategory: "single-pension-age")), by: FixtureStaff.financeOfficer)
        try c.tell(.financialAssessment, of: .financialAssessmentCompleted, on: "2026-04-13")
        try c.record(.calculateIndicativeBudget(IndicativeBudgetCalculated(
            metadata: meta(.socialWorker, "2026-04-14", reasons: ["the Resource Allocation System score from the assessment"]), rasVersion: "RAS v4", inputs: [RASInput(question: "personal care", score: 12)], weeklyAmount: pounds(300))))
        try c.record(.draftSupportPlan(DraftSupportPlan(metadata: meta(.socialWorker, "2026-04-20"), plan: Stories.plan(Stories.standardLines))))
        try c.record(.setPersonalBudget(SetPersonalBudget(
            metadata: meta(.socialWorker, signedOn, reasons: ["costed plan agreed"]), planId: "P-1", weeklyTotal: pounds(240), weeklyCustomerContribution: pounds(23, 10),
            weeklyCouncilContribution: pounds(216, 90))))
        try c.tell(.personalBudget, of: .personalBudgetSet, on: signedOn)
        try c.record(.signOffPlan(SignOffPlan(metadata: meta(.teamManager, signedOn, reasons: ["meets eligible needs within budget"]), planId: "P-1", version: 1)), by: FixtureStaff.teamManager)
        try c.tell(.supportPlanCopy, of: .planSignedOff, on: signedOn)
        var arrangements = Stories.arrangements(pa: pounds(200))
        if !directPayment { arrangements[0].mechanism = .managedAccount }
        try c.record(.arrangeDelivery(ArrangeDelivery(metadata: meta(.socialWorker, deliveredOn), planId: "P-1", arrangements: arrangements)))
        return c
    }

    mutating func review(_ id: String, requested: String, completed: String) throws {
        try record(.requestReview(ReviewRequested(
            metadata: meta(.socialWorker, requested), reviewId: id, requestedBy: .customer, requesterName: "Ms E", reason: .unplannedOther,
            changeOfCircumstances: "a fall at home")))
        try record(.completeReview(ReviewCompleted(
            metadata: meta(.socialWorker, completed, reasons: ["reviewed with the customer"]), reviewId: id, outcome: .noChange, needsStillEligible: true, customerInvited: true,
            participants: [Participant(name: "Ms E", role: .customer)], findings: "the plan still meets her needs")))
    }

    func deadlines(on today: String, configuration: Configuration = FixtureConfiguration.standard) -> [Deadline] {
        CaseDeadlines(configuration: configuration).deadlines(of: state, on: day(today))
    }

    func due(_ kind: DeadlineKind, on today: String = "2026-06-01", configuration: Configuration = FixtureConfiguration.standard) -> CalendarDate? {
        deadlines(on: today, configuration: configuration).first { $0.kind == kind }?.due
    }
}

@Suite("What is due on a case")
struct CaseDeadlineTests {
    // issue 15: the window counts from when services started (4 May): due from 15 June, by 29 June.
    @Test("the first review falls due 6 weeks after a new plan's services started, and is late after 8 weeks, the guidance quoted")
    func firstReviewAfterNewPlan() throws {
        let c = try MemoryCase.delivered()
        #expect(c.due(.firstReview) == day("2026-06-29"))
        let first = c.deadlines(on: "2026-06-01").first { $0.kind == .firstReview }!
        #expect(first.status == .dueIn(days: 28))
        #expect(first.basis.contains("due from 15 June 2026 (6 weeks) and by 29 June 2026 (8 weeks) after services started on 4 May 2026"))
        #expect(first.basis.contains("Care and Support Statutory Guidance para 13.32"))
        #expect(c.state.history[Int(first.seq) - 1].event.typeName == "planSignedOff")
    }

    @Test("the first review interval comes from the configuration, never a constant")
    func firstReviewFromConfiguration() throws {
        var configuration = FixtureConfiguration.standard
        configuration.reviewIntervals.newOrChangedPlan = .weeks(8)
        configuration.reviewIntervals.newOrChangedPlanLate = .weeks(10)
        #expect(try MemoryCase.delivered().due(.firstReview, configuration: configuration) == day("2026-07-13"))
    }

    @Test("a changed plan restarts the first review: by 8 weeks after the new version's sign-off, nothing arranged for it")
    func firstReviewAfterChangedPlan() throws {
        var c = try MemoryCase.delivered()
        try c.review("RV-1", requested: "2026-05-28", completed: "2026-06-01")
        #expect(c.due(.firstReview, on: "2026-06-02") == nil)
        try c.record(.reviseSupportPlan(ReviseSupportPlan(
            metadata: meta(.socialWorker, "2026-06-08"), plan: Stories.plan(Stories.standardLines), changeSummary: "after the review")))
        try c.record(.setPersonalBudget(SetPersonalBudget(
            metadata: meta(.socialWorker, "2026-06-08", reasons: ["costed plan agreed"]), planId: "P-1", weeklyTotal: pounds(240), weeklyCustomerContribution: pounds(23, 10),
            weeklyCouncilContribution: pounds(216, 90))))
        try c.record(.signOffPlan(SignOffPlan(metadata: meta(.teamManager, "2026-06-08", reasons: ["meets eligible needs within budget"]), planId: "P-1", version: 2)), by: FixtureStaff.teamManager)
        #expect(c.due(.firstReview, on: "2026-06-08") == day("2026-08-03"))
    }

    @Test("a review requested early resets the clock: the next annual review counts from it")
    func earlyReviewResetsTheClock() throws {
        var c = try MemoryCase.delivered()
        #expect(c.due(.annualReview) == day("2027-04-27"))
        try c.review("RV-1", requested: "2026-05-15", completed: "2026-05-20")
        #expect(c.due(.annualReview) == day("2027-05-20"))
        #expect(c.due(.firstReview) == nil)
        #expect(c.due(.directPaymentReview) == nil)
    }

    @Test("a new direct payment is reviewed within 6 months; none without a direct payment", arguments: [true, false])
    func directPaymentReview(directPayment: Bool) throws {
        let c = try MemoryCase.delivered(directPayment: directPayment)
        #expect(c.due(.directPaymentReview) == (directPayment ? day("2026-11-04") : nil))
    }

    @Test("the annual review of a plan signed off on 29 February 2028 falls on 28 February 2029")
    func leapYearSignOff() throws {
        let c = try MemoryCase.delivered(signedOn: "2028-02-29", deliveredOn: "2028-03-01")
        #expect(c.due(.annualReview) == day("2029-02-28"))
        #expect(c.due(.directPaymentReview) == day("2028-09-01"))
    }

    @Test("a written notice of eligibility is pending until recorded")
    func eligibilityNoticePending() throws {
        var c = try MemoryCase.assessed(notice: false)
        let pending = c.deadlines(on: "2026-04-12")
        #expect(pending.map(\.kind) == [.eligibilityNotice])
        #expect(pending.first?.status == .overdue(days: 3))
        #expect(pending.first?.due == day("2026-04-09"))
        try c.record(.sendEligibilityNotice(EligibilityNoticeSent(
            metadata: meta(.socialWorker, "2026-04-13"), assessmentId: "A-1", format: .standardPrint, sentTo: "Ms E", includesAdviceAndInformation: true)))
        #expect(c.deadlines(on: "2026-04-13").isEmpty)
    }

    // issue 15: notices
    @Test("a financial assessment's letter is due the day it is made, a configured number of days after when configured, and no longer once sent")
    func decisionNoticePending() throws {
        var c = try MemoryCase.delivered()
        try c.record(.completeFinancialAssessment(CompleteFinancialAssessment(
            metadata: meta(.financialAssessmentOfficer, "2026-06-01", reasons: ["her pension rose"]), financialAssessmentId: "F-2", basis: .fullAssessment, exemptions: [],
            capital: pounds(15_000), weeklyIncome: pounds(262, 10), incomeCategory: "single-pension-age")), by: FixtureStaff.financeOfficer)
        let pending = c.deadlines(on: "2026-06-03").filter { $0.kind == .decisionNotice }
        #expect(pending.count == 1)
        #expect(pending.first?.due == day("2026-06-01"))
        #expect(pending.first?.status == .overdue(days: 2))
        #expect(pending.first?.subject == "the financial assessment F-2 of 1 June 2026")
        #expect(pending.first?.basis == "the financial assessment: the contribution and how it was worked out not yet sent to the person, as Care and Support (Charging and Assessment of Resources) Regulations 2014 [check] the regulation number requires")
        #expect(DeadlineKind.decisionNotice.label == "Written notice of a decision")
        var configured = FixtureConfiguration.standard
        configured.noticeDays = [.financialAssessment: 5]
        let later = c.deadlines(on: "2026-06-03", configuration: configured).first { $0.kind == .decisionNotice }
        #expect(later?.due == day("2026-06-06"))
        #expect(later?.basis.contains("(5 days allowed)") == true)
        try c.tell(.financialAssessment, of: .financialAssessmentCompleted, on: "2026-06-03")
        #expect(c.deadlines(on: "2026-06-03").allSatisfy { $0.kind != .decisionNotice })
    }

    @Test("a complaint is acknowledged in working days and answered in 6 months or by the date agreed")
    func complaintDeadlines() throws {
        var c = try MemoryCase.assessed()
        c.configuration.nonWorkingDays = englandBankHolidays
        let configuration = c.configuration
        try c.record(.receiveComplaint(ReceiveComplaint(
            metadata: meta(.complaintsManager, "2026-12-23"), complaintId: "CO-1", complainant: "Ms E", about: "delay", challengeId: nil,
            matterDate: day("2026-12-01"))), by: FixtureStaff.complaintsManager)
        #expect(c.due(.complaintAcknowledgement, on: "2026-12-24", configuration: configuration) == day("2026-12-30"))
        #expect(c.due(.complaintResponse, on: "2026-12-24", configuration: configuration) == day("2027-06-22"))  // 6 months beginning 23 December (reg 14)
        try c.record(.acknowledgeComplaint(AcknowledgeComplaint(
            metadata: meta(.complaintsManager, "2026-12-29"), complaintId: "CO-1", agreedResponseDate: day("2027-08-31"))), by: FixtureStaff.complaintsManager)
        #expect(c.due(.complaintAcknowledgement, on: "2026-12-30", configuration: configuration) == nil)
        #expect(c.due(.complaintResponse, on: "2026-12-30", configuration: configuration) == day("2027-08-31"))
    }
}
