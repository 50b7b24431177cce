import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

extension TestCase {
    /// The breaches of `rule` the compliance check finds in this case's history as recorded
    /// (no corrections in it), judged with the test staff register and this case's
    /// configuration, missing steps counted to `asOf`.
    func findings(_ rule: ComplianceRule, asOf: String = "2027-12-31") -> [Finding] {
        let configuration = configuration
        let input = ComplianceInput(
            caseId: stream, events: recorded, staffEvents: TestStaff.events, asOf: day(asOf), configuration: { _ in configuration })
        return ComplianceCheck.of(rule).check(input)
    }

    /// This case with `event` recorded as a fact by `actor`, no rule applied (as imported
    /// legacy data would be).
    func givenFact(_ event: CaseEvent, by actor: String = TestStaff.socialWorker) -> TestCase {
        var c = self
        c.given([event], actor: actor)
        return c
    }

    /// The breaches of a rule about corrections: the history as corrected, with the corrections
    /// as recorded beside it, as the compliance report gives them.
    func correctionFindings(_ rule: ComplianceRule, asOf: String = "2027-12-31") -> [Finding] {
        let configuration = configuration
        let input = ComplianceInput(
            caseId: stream, events: CaseState.effectiveEvents(recorded), staffEvents: TestStaff.events, asOf: day(asOf),
            configuration: { _ in configuration }, recorded: recorded)
        return ComplianceCheck.of(rule).check(input)
    }

    /// The seq of the last recorded event.
    var lastSeq: Int64 { recorded.last!.seq }
}

/// Expects `decide` and the compliance check to agree on one rule: when the history `breaks` it,
/// `decided` is a refusal under `rule` and `found` holds one breach; otherwise `decided` is an
/// acceptance and `found` is empty.
func expectAgreement(
    _ decided: Outcome, _ found: [Finding], breaks: Bool, _ rule: Rule, sourceLocation: SourceLocation = #_sourceLocation
) {
    if breaks {
        decided.thenRejected(rule, sourceLocation: sourceLocation)
    } else {
        decided.thenAccepted(sourceLocation: sourceLocation)
    }
    #expect(found.count == (breaks ? 1 : 0), "\(found.map(\.sentence))", sourceLocation: sourceLocation)
    #expect(found.allSatisfy { $0.rule.domainRule == rule }, sourceLocation: sourceLocation)
}

/// Each rule the law or policy makes about a case has one home in the domain; `decide` refuses
/// by it, the caseload counts by it and the compliance check finds by it. Each test builds the
/// same history for all three, on both sides of the rule's boundary, and shows they agree.
@Suite("One rule, three readers: decide, the caseload and compliance agree")
struct RuleAgreementTests {
    // MARK: - Charging

    @Test("given a carer's case, when carers' services are configured free, decide refuses a charge (also in a correction) exactly when compliance finds one", arguments: [true, false])
    func carersServicesFree(free: Bool) {
        var c = GrandTour.carer
        c.configuration.carersServicesFree = free
        // A financial assessment charging £23.10 a week and naming no exemption, imported as a fact.
        guard case .financialAssessmentCompleted(let charging) = TestCase.adult(upTo: .financiallyAssessed).lastEvent(of: "financialAssessmentCompleted")
        else { Issue.record("no financial assessment"); return }
        c = c.givenFact(.financialAssessmentCompleted(charging), by: TestStaff.financeOfficer)
        c.record(Make.indicative())

        // decide: a correction restating the charge, and a personal budget charging it.
        let correction = c.when(Make.correct(c.lastId(of: "financialAssessmentCompleted"), with: .financialAssessmentCompleted(charging)), by: TestStaff.financeOfficer)
        let budget = c.when(Make.budget(total: pounds(240), customer: pounds(23, 10), planId: nil))
        // compliance: the same facts.
        let assessed = c.findings(.contributionExempt)
        let charged = c.givenFact(.personalBudgetSet(PersonalBudgetSet(
            metadata: meta(.socialWorker, "2026-04-27"), planId: nil, weeklyTotal: pounds(240), weeklyCustomerContribution: pounds(23, 10),
            weeklyCouncilContribution: pounds(216, 90), indicativeWeeklyAmount: pounds(300), aboveIndicative: false)))
            .findings(.contributionExempt)

        if free {
            correction.thenRejected(.contributionExempt, containing: "carers' services are free")
            budget.thenRejected(.contributionExempt, containing: "carers' services are free")
            #expect(assessed.count == 1)
            #expect(charged.count == 2)
            #expect(charged.allSatisfy { $0.sentence.contains("carers' services are free") })
        } else {
            correction.thenAccepted()
            budget.thenAccepted()
            #expect(assessed.isEmpty)
            #expect(charged.isEmpty)
        }
    }

    @Test("given free reablement from 2 April (42 days), a contribution from its last free day is refused and found; from the day after, neither", arguments: [("2026-05-13", true), ("2026-05-14", false)])
    func freeReablement(from date: String, inFreePeriod: Bool) {
        var c = TestCase.adult(upTo: .eligible)
        c.record(Make.reablement(date: "2026-04-02"))
        #expect(c.state.inForce(on: day(date)).inFreeReablement == inFreePeriod)

        let decided = c.when(Make.financial(date: date), by: TestStaff.financeOfficer)
        guard case .financialAssessmentCompleted(let fa) = TestCase.adult(upTo: .financiallyAssessed).lastEvent(of: "financialAssessmentCompleted")
        else { Issue.record("no financial assessment"); return }
        var m = fa.metadata
        m.effectiveDate = day(date)
        let found = c.givenFact(CaseEvent.financialAssessmentCompleted(fa).replacingMetadata(m), by: TestStaff.financeOfficer)
            .findings(.contributionInFreeReablement)

        expectAgreement(decided, found, breaks: inFreePeriod, .contributionInFreeReablement)
    }

    // MARK: - Sign-off and the personal budget

    /// The standard adult case with plan P-1 costing £200 plus `extra` (lines L1 and L2) and a
    /// personal budget of `budget` a week.
    static func planned(extra: Money, budget: Money) -> TestCase {
        var c = TestCase.adult(upTo: .indicativeBudget)
        c.record(Make.draft(Make.plan(lines: [Make.line("L1", .personalAssistant, pounds(200)), Make.line("L2", .dayOpportunity, extra)])))
        c.record(Make.budget(total: budget))
        return c
    }

    /// The sign-off of P-1 version 1 as recorded, costing `cost` against a budget of `budget`.
    static func signOffFact(cost: Money, budget: Money, limit: Money) -> CaseEvent {
        .planSignedOff(PlanSignedOff(
            metadata: meta(.teamManager, "2026-04-27", reasons: ["meets eligible needs within budget"]), planId: "P-1", version: 1,
            weeklyCost: cost, annualCost: cost.times(52), personalBudgetWeeklyTotal: budget, signerWeeklyLimit: limit))
    }

    @Test("given a team manager with a £250 limit, a plan costing the limit is signed off and not found; a penny more is refused and found", arguments: [(pounds(50), false), (pounds(50, 1), true)])
    func signOffLimit(extra: Money, over: Bool) {
        let cost = pounds(200) + extra
        let c = Self.planned(extra: extra, budget: pounds(260))
        #expect(TestStaff.register.signOffAuthority(of: TestStaff.teamManager, on: day("2026-04-27"), over: cost).covers == !over)

        let decided = c.when(Make.signOff(), by: TestStaff.teamManager)
        let found = c.givenFact(Self.signOffFact(cost: cost, budget: pounds(260), limit: pounds(250)), by: TestStaff.teamManager)
            .findings(.signOffLimitExceeded)

        expectAgreement(decided, found, breaks: over, .signOffLimitExceeded)
    }

    @Test("given a plan costing £240, a personal budget of £240 covers it (signed off, nothing found); £239.99 does not (refused, found)", arguments: [(pounds(240), false), (pounds(239, 99), true)])
    func planCostWithinBudget(budget: Money, exceeds: Bool) {
        let c = Self.planned(extra: pounds(40), budget: budget)
        let decided = c.when(Make.signOff(), by: TestStaff.headOfService)
        let found = c.givenFact(Self.signOffFact(cost: pounds(240), budget: budget, limit: pounds(1000)), by: TestStaff.headOfService)
            .findings(.planCostExceedsBudget)

        expectAgreement(decided, found, breaks: exceeds, .planCostExceedsBudget)
    }

    // issue 14: h-limits
    @Test("given a plan that specifies no needs, or marks none eligible, decide refuses its sign-off and compliance finds the sign-off; with an eligible need, neither", arguments: [0, 1, 2])
    func planNeeds(kind: Int) {
        let needs: [[NeedToMeet]] = [
            [],
            [NeedToMeet(need: "company", eligible: false, councilWillMeet: false, howMet: "a lunch club")],
            [NeedToMeet(need: "personal care", eligible: true, councilWillMeet: true, howMet: "personal assistants")],
        ]
        var plan = Make.plan()
        plan.needs = needs[kind]
        var c = TestCase.adult(upTo: .indicativeBudget)
        c.record(Make.draft(plan))
        c.record(Make.budget())
        let decided = c.when(Make.signOff(), by: TestStaff.teamManager)
        let found = c.givenFact(Self.signOffFact(cost: pounds(240), budget: pounds(240), limit: pounds(250)), by: TestStaff.teamManager)
            .findings(.planNeedsMissing)
        expectAgreement(decided, found, breaks: kind < 2, .planNeedsMissing)
    }

    @Test("given plan P-2 and a personal budget set for P-1, decide refuses P-2's sign-off and compliance finds it; with P-2's own budget, neither", arguments: [false, true])
    func budgetOfAnotherPlan(ownBudget: Bool) {
        var c = TestCase.adult(upTo: .budgetSet)
        c.record(Make.draft(Make.plan("P-2", lines: [Make.line("L1", .homeCare, pounds(165))]), date: "2026-04-27"))
        if ownBudget { c.record(Make.budget(total: pounds(165), planId: "P-2")) }
        let decided = c.when(Make.signOff("P-2"), by: TestStaff.teamManager)
        let found = c.givenFact(.planSignedOff(PlanSignedOff(
            metadata: meta(.teamManager, "2026-04-27", reasons: ["meets eligible needs within budget"]), planId: "P-2", version: 1,
            weeklyCost: pounds(165), annualCost: pounds(165).times(52), personalBudgetWeeklyTotal: ownBudget ? pounds(165) : pounds(240),
            signerWeeklyLimit: pounds(250))), by: TestStaff.teamManager)
        expectAgreement(decided, found.findings(.personalBudgetForOtherPlan), breaks: !ownBudget, .personalBudgetForOtherPlan)
        #expect(found.findings(.planCostExceedsBudget).isEmpty)
    }

    @Test("given a personal budget whose parts are off by a penny, decide refuses it and compliance finds it; when they add up, neither", arguments: [Money.zero, Money(pence: 1), Money(pence: -1)])
    func budgetSplit(off: Money) {
        let c = TestCase.adult(upTo: .planDrafted)
        let council = pounds(216, 90) + off
        let decided = c.when(Make.budget(total: pounds(240), customer: pounds(23, 10), council: council))
        let found = c.givenFact(.personalBudgetSet(PersonalBudgetSet(
            metadata: meta(.socialWorker, "2026-04-27"), planId: "P-1", weeklyTotal: pounds(240), weeklyCustomerContribution: pounds(23, 10),
            weeklyCouncilContribution: council, indicativeWeeklyAmount: pounds(300), aboveIndicative: false)))
            .findings(.budgetSplitMismatch)

        expectAgreement(decided, found, breaks: off != .zero, .budgetSplitMismatch)
    }

    @Test("given a direct payment for a plan line, decide refuses it and compliance finds it exactly for the configured excluded services", arguments: [ServiceKind.councilProvidedService, .permanentResidentialCare, .dayOpportunity, .homeCare])
    func directPaymentExclusion(kind: ServiceKind) {
        var c = TestCase.adult(upTo: .indicativeBudget)
        c.record(Make.draft(Make.plan(lines: [Make.line("L1", .personalAssistant, pounds(200)), Make.line("L2", kind, pounds(40))])))
        c.record(Make.budget())
        c.record(Make.signOff(), by: TestStaff.teamManager)
        let arrangements = [Make.arrangement(.directPayment, lines: ["L1", "L2"], weekly: pounds(240))]
        let decided = c.when(Make.deliver("P-1", arrangements))
        let found = c.givenFact(.deliveryArranged(DeliveryArranged(
            metadata: meta(.socialWorker, "2026-05-04"), planId: "P-1", planVersion: 1, arrangements: arrangements)))
            .findings(.directPaymentExcludedService)

        expectAgreement(decided, found, breaks: c.configuration.directPaymentMayNotPay(for: kind), .directPaymentExcludedService)
    }

    // MARK: - Corrections (issue 14: corrections)

    @Test("given a financial assessment giving £23.10 a week, a correction restating £23.10 is accepted and not found; one writing in a penny less is refused and found", arguments: [(pounds(23, 10), false), (pounds(23, 9), true)])
    func correctedContribution(weekly: Money, breaks: Bool) {
        let c = TestCase.adult(upTo: .financiallyAssessed)
        guard case .financialAssessmentCompleted(var fa) = c.lastEvent(of: "financialAssessmentCompleted") else { return }
        fa.weeklyContribution = weekly
        let command = Make.correct(c.lastId(of: "financialAssessmentCompleted"), with: .financialAssessmentCompleted(fa), as: .financialAssessmentOfficer)
        let decided = c.when(command, by: TestStaff.financeOfficer)
        guard case .correctEvent(let correction) = command else { return }
        let found = c.givenFact(.eventCorrected(correction), by: TestStaff.financeOfficer).correctionFindings(.correctionNotAsDecided)

        expectAgreement(decided, found, breaks: breaks, .correctionNotAsDecided)
    }

    @Test("given a plan signed off by the head of service, the team manager (limit £250) may record its correction at £250 (nothing found), not at £250.01 (refused, found)", arguments: [(pounds(50), false), (pounds(50, 1), true)])
    func correctorsAuthority(extra: Money, breaks: Bool) {
        var c = Self.planned(extra: extra, budget: pounds(260))
        c.record(Make.signOff(), by: TestStaff.headOfService)
        let command = Make.correct(c.lastId(of: "planSignedOff"), with: c.lastEvent(of: "planSignedOff"), as: .teamManager)
        let decided = c.when(command, by: TestStaff.teamManager)
        guard case .correctEvent(let correction) = command else { return }
        let found = c.givenFact(.eventCorrected(correction), by: TestStaff.teamManager).correctionFindings(.correctionAuthorityMissing)

        expectAgreement(decided, found, breaks: breaks, .correctionAuthorityMissing)
    }

    // MARK: - Withdrawal and closure

    /// The standard adult case delivered, then reviewed (asked for on 3 August 2026, completed on
    /// 10 August) with `outcome`, finding the needs no longer eligible exactly when it recommends
    /// withdrawal.
    static func reviewed(_ outcome: ReviewOutcome) -> TestCase {
        var c = TestCase.adult(upTo: .delivered)
        c.record(Make.requestReview(date: "2026-08-03"))
        c.record(Make.completeReview(outcome: outcome, stillEligible: outcome != .withdrawalRecommended, date: "2026-08-10"))
        return c
    }

    @Test("given a review, services are withdrawn on it (and nothing is found) exactly when it found the needs no longer eligible", arguments: [ReviewOutcome.withdrawalRecommended, .noChange, .planRevised])
    func withdrawalNeedsReview(outcome: ReviewOutcome) {
        let c = Self.reviewed(outcome)
        let decided = c.when(Make.withdraw(date: "2026-08-24"))
        guard case .decideWithdrawal(let w) = Make.withdraw(date: "2026-08-24") else { return }
        let found = c.givenFact(.withdrawalDecided(w)).findings(.withdrawalWithoutReview)

        expectAgreement(decided, found, breaks: outcome != .withdrawalRecommended, .withdrawalWithoutReview)
    }

    @Test("given services withdrawn, until the written notice is recorded the caseload shows it due, decide refuses closure and compliance finds a closure", arguments: [false, true])
    func withdrawalNotice(noticeSent: Bool) {
        var c = Self.reviewed(.withdrawalRecommended)
        c.record(Make.withdraw(date: "2026-08-24"))
        if noticeSent { c.record(Make.withdrawalNotice(date: "2026-08-25")) }

        let due = c.due(.withdrawalNotice, on: "2026-08-26")
        let decided = c.when(Make.close(date: "2026-08-26"))
        guard case .closeCase(let closure) = Make.close(date: "2026-08-26") else { return }
        let found = c.givenFact(.caseClosed(closure)).findings(.closureBeforeWithdrawalNotice)

        #expect(due.map(\.due) == (noticeSent ? [] : [day("2026-08-24")]))
        expectAgreement(decided, found, breaks: !noticeSent, .closureBeforeWithdrawalNotice)
    }

    @Test("given an eligibility determination, the caseload's notice due and compliance's missing notice name the same event and date, and both go once the notice is recorded", arguments: [false, true])
    func eligibilityNotice(noticeSent: Bool) {
        var c = TestCase.adult(upTo: .assessed)
        c.record(Make.determine(date: "2026-04-09"))
        let determined = c.lastSeq
        if noticeSent { c.record(Make.notice(date: "2026-04-10")) }

        let due = c.due(.eligibilityNotice, on: "2026-04-12")
        let found = c.findings(.eligibilityNoticeMissing)

        if noticeSent {
            #expect(due.isEmpty)
            #expect(found.isEmpty)
        } else {
            #expect(due.map(\.due) == [day("2026-04-09")])
            #expect(due.map(\.seq) == [determined])
            #expect(found.map(\.date) == due.map(\.due))
            #expect(found.map { $0.refs.first } == [determined])
        }
    }

    // MARK: - Reviews

    // issue 15: the first review's window (due from 6 weeks, late after 8) counts from when
    // services started, or from the sign-off where nothing was arranged.
    @Test("given a plan signed off on 27 April with nothing arranged, the caseload's first review (the window's last day), the next review due (its first) and compliance's first-review-late agree, under the configured window", arguments: [
        (Period.weeks(6), Period?.some(.weeks(8)), 0, false), (.weeks(6), .weeks(8), 1, true), (.weeks(6), nil, 0, false), (.weeks(6), nil, 1, true),
    ])
    func firstReview(opens: Period, lateAfter: Period?, daysAfterLast: Int, late: Bool) {
        var c = TestCase.adult(upTo: .signedOff)
        c.configuration.reviewIntervals.newOrChangedPlan = opens
        c.configuration.reviewIntervals.newOrChangedPlanLate = lateAfter
        let first = opens.after(day("2026-04-27"))
        let last = (lateAfter ?? opens).after(day("2026-04-27"))
        let due = c.due(.firstReview, on: "2026-05-01")
        #expect(due.map(\.due) == [last])
        #expect(c.state.nextReviewDue(c.configuration.reviewIntervals) == ReviewDue(date: first, reason: .newOrChangedPlan))

        let reviewedOn = last.adding(days: daysAfterLast).iso
        c.record(Make.requestReview(date: "2026-05-20"))
        c.record(Make.completeReview(date: reviewedOn))
        #expect(c.due(.firstReview, on: reviewedOn).isEmpty)
        #expect(c.findings(.firstReviewLate).count == (late ? 1 : 0))
    }

    @Test("given a review that led to a changed plan signed off the same day, it is not that plan's first review: the caseload shows one due and compliance finds it late")
    func reviewBeforeChangedPlanOnTheSameDay() {
        var c = TestCase.adult(upTo: .delivered)
        c.record(Make.requestReview(date: "2026-06-01"))
        c.record(Make.completeReview(outcome: .planRevised, date: "2026-06-08"))
        c.record(Make.revise(Make.plan(), date: "2026-06-08"))
        c.record(Make.budget(date: "2026-06-08"))
        c.record(Make.signOff(version: 2, date: "2026-06-08"), by: TestStaff.teamManager)
        let signedOff = c.lastSeq

        // Nothing arranged for version 2: its window counts from the sign-off, 20 July to 3 August.
        let due = c.due(.firstReview, on: "2026-06-09")
        #expect(due.map(\.due) == [day("2026-08-03")])
        #expect(due.map(\.seq) == [signedOff])
        #expect(due.map(\.subject) == ["plan P-1 version 2"])
        #expect(c.state.nextReviewDue(c.configuration.reviewIntervals) == ReviewDue(date: day("2026-07-20"), reason: .newOrChangedPlan))
        let found = c.findings(.firstReviewLate, asOf: "2026-08-04")
        #expect(found.map(\.date) == due.map(\.due))
        #expect(found.map { $0.refs.first } == [signedOff])
        #expect(c.findings(.firstReviewLate, asOf: "2026-08-03").isEmpty)
    }

    @Test("given a direct payment from 4 May, the caseload's direct payment review and compliance's direct-payment-review-late turn on the same day", arguments: [(0, false), (1, true)])
    func directPaymentReview(daysAfterDue: Int, late: Bool) {
        var c = TestCase.adult(upTo: .delivered)
        let due = c.due(.directPaymentReview, on: "2026-05-05")
        #expect(due.map(\.due) == [day("2026-11-04")])
        #expect(c.state.directPaymentStart == day("2026-05-04"))

        let reviewedOn = due[0].due.adding(days: daysAfterDue).iso
        c.record(Make.requestReview(date: "2026-10-20"))
        c.record(Make.completeReview(date: reviewedOn))
        #expect(c.due(.directPaymentReview, on: reviewedOn).isEmpty)
        #expect(c.findings(.directPaymentReviewLate).count == (late ? 1 : 0))
    }

    @Test("given a first review on 8 June, the caseload's annual review, the next review due and compliance's review-overdue count 12 months from it", arguments: [(0, false), (1, true)])
    func annualReview(daysAfterDue: Int, late: Bool) {
        var c = TestCase.adult(upTo: .delivered)
        c.record(Make.requestReview(date: "2026-06-01"))
        c.record(Make.completeReview(date: "2026-06-08"))
        let due = c.due(.annualReview, on: "2026-06-09")
        #expect(due.map(\.due) == [day("2027-06-08")])
        #expect(due.map(\.basis) == ["12 months after the last review was completed on 8 June 2026"])
        #expect(c.findings(.reviewOverdue, asOf: "2027-06-08").isEmpty)
        #expect(c.findings(.reviewOverdue, asOf: "2027-06-09").map(\.date) == due.map(\.due))

        let reviewedOn = due[0].due.adding(days: daysAfterDue).iso
        c.record(Make.requestReview("RV-2", date: "2027-05-20"))
        c.record(Make.completeReview("RV-2", date: reviewedOn))
        #expect(c.findings(.reviewOverdue, asOf: reviewedOn).count == (late ? 1 : 0))
    }

    // MARK: - Complaints

    @Test("given a complaint received on Friday 28 August 2026 (Monday a bank holiday), decide, the caseload and compliance all have its acknowledgement due on Thursday 3 September", arguments: [("2026-09-03", false), ("2026-09-04", true)])
    func complaintAcknowledgement(acknowledgedOn: String, late: Bool) {
        var c = TestCase.adult(upTo: .delivered)
        c.configuration.nonWorkingDays = englandBankHolidays
        c.record(Make.complaint(matter: "2026-08-01", date: "2026-08-28"), by: TestStaff.complaintsManager)
        #expect(c.state.complaints["CO-1"]?.received.acknowledgeBy == day("2026-09-03"))
        #expect(c.due(.complaintAcknowledgement, on: "2026-08-28").map(\.due) == [day("2026-09-03")])

        let events = c.record(Make.acknowledge(date: acknowledgedOn), by: TestStaff.complaintsManager)
        guard case .complaintAcknowledged(let ack) = events.first else { Issue.record("not acknowledged"); return }
        #expect(ack.withinTimeLimit == !late)
        #expect(c.findings(.complaintAcknowledgementLate).count == (late ? 1 : 0))
    }

    // issue 15: six months beginning on 1 June end on 30 November (reg 14).
    @Test("given a complaint received on 1 June 2026, its response is due by the last day of the 6 months beginning that day, or on a later date agreed; an earlier date agreed does not shorten it, for decide, the caseload and compliance alike", arguments: [
        (String?.none, "2026-11-30"), ("2026-09-01", "2026-11-30"), ("2027-01-15", "2027-01-15"),
    ])
    func complaintResponse(agreed: String?, expected: String) {
        var c = TestCase.adult(upTo: .delivered)
        c.record(Make.complaint(date: "2026-06-01"), by: TestStaff.complaintsManager)
        c.record(Make.acknowledge(date: "2026-06-03", agreed: agreed), by: TestStaff.complaintsManager)
        #expect(c.state.complaints["CO-1"]?.respondBy == day(expected))
        #expect(c.due(.complaintResponse, on: "2026-06-10").map(\.due) == [day(expected)])

        for (respondedOn, late) in [(day(expected), false), (day(expected).adding(days: 1), true)] {
            var answered = c
            let events = answered.record(Make.respond(date: respondedOn.iso), by: TestStaff.complaintsManager)
            guard case .complaintResponded(let response) = events.first else { Issue.record("not answered"); return }
            #expect(response.withinTimeLimit == !late)
            #expect(answered.findings(.complaintResponseLate).count == (late ? 1 : 0))
        }
    }

    // MARK: - Random histories

    @Test("given random histories decide made, compliance finds no breach of a rule decide enforces before the first correction, and the next review due is the caseload's earliest review", arguments: 1...24)
    func randomHistoriesAgree(seed: UInt64) {
        var g = HistoryGenerator(seed: seed)
        let events = g.run(attempts: 160)
        // Up to the first correction every event was decided on the case as then known, which is
        // what compliance judges it against.
        let prefix = Array(events.prefix { $0.kind != .eventCorrected })
        var c = TestCase()
        c.recorded = prefix
        for rule in ComplianceRule.allCases where rule.domainRule != nil {
            #expect(c.findings(rule).isEmpty, "seed \(seed): \(c.findings(rule).map(\.sentence))")
        }

        let configuration = g.c.configuration
        let reviewKinds: Set<DeadlineKind> = [.firstReview, .annualReview, .directPaymentReview]
        let reviews = CaseDeadlines(configuration: configuration).deadlines(of: g.c.state, on: g.today).filter { reviewKinds.contains($0.kind) }
        let next = g.c.state.nextReviewDue(configuration.reviewIntervals)
        if let next {
            // The caseload lists no contribution review: that one can only come first.
            if next.reason == .contribution {
                #expect(reviews.allSatisfy { next.date <= $0.due }, "seed \(seed)")
            } else {
                #expect(next.date == reviews.map(\.due).min(), "seed \(seed)")
            }
        } else {
            #expect(reviews.isEmpty, "seed \(seed)")
        }
    }
}
