import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 14: corrections
/// A correction is a decision: each forged correction below was recorded before issue 14.
@Suite("A correction is checked as the decision it corrects, on its effective date")
struct CorrectionDecisionTests {
    /// The standard case's sign-off of P-1 (£240.00 a week, signed by S-2 whose limit is £250.00).
    static var signOff: PlanSignedOff {
        guard case .planSignedOff(let s) = CaseRuleTable.signedOff.lastEvent(of: "planSignedOff") else { preconditionFailure("a sign-off") }
        return s
    }

    /// The standard financial assessment F-1 (£23.10 a week from 13 April, rate table 2026-27).
    static var assessment: FinancialAssessmentCompleted {
        guard case .financialAssessmentCompleted(let f) = CaseRuleTable.financial.lastEvent(of: "financialAssessmentCompleted")
        else { preconditionFailure("a financial assessment") }
        return f
    }

    /// A correction recorded under the role the test staff member `actor` holds (team manager
    /// for S-2, S-3; financial assessment officer for S-4; social worker otherwise).
    static func correct(_ target: String, with event: CaseEvent, date: String = "2026-05-01", by actor: String = TestStaff.socialWorker) -> CaseCommand {
        let role: StaffRole = switch actor {
        case TestStaff.teamManager, TestStaff.headOfService: .teamManager
        case TestStaff.financeOfficer: .financialAssessmentOfficer
        default: .socialWorker
        }
        return Make.correct(target, with: event, date: date, as: role)
    }

    /// `c`'s last event of type `type` corrected to `event` by `actor`, decided.
    static func correcting(_ c: TestCase, _ type: String, with event: CaseEvent, by actor: String) -> Outcome {
        c.when(correct(c.lastId(of: type), with: event, by: actor), by: actor)
    }

    @Test("given a sign-off by a manager whose limit is £250, when it is corrected to £400 a week with a limit of £1,000 written in, then it is refused")
    func signOffCorrectedAboveTheSignersLimit() {
        // A £240 plan signed off by S-2 within a personal budget of £400 (indicative £500).
        var c = TestCase.adult(upTo: .financiallyAssessed)
        c.record(Make.indicative(pounds(500)))
        c.record(Make.draft())
        c.record(Make.budget(total: pounds(400)))
        c.record(Make.signOff(), by: TestStaff.teamManager)
        // The plan itself is corrected to cost £400 a week (a correction the plan's rules allow).
        c.record(Self.correct(c.lastId(of: "supportPlanDrafted"), with: .supportPlanDrafted(SupportPlanDrafted(
            metadata: meta(.socialWorker, "2026-04-20"),
            plan: Make.plan(lines: [Make.line("L1", .personalAssistant, pounds(360)), Make.line("L2", .dayOpportunity, pounds(40))]),
            version: 1))))
        guard case .planSignedOff(var s) = c.lastEvent(of: "planSignedOff") else { return }
        s.weeklyCost = pounds(400)
        s.annualCost = pounds(400).times(52)
        s.signerWeeklyLimit = pounds(1000)

        let forged = Self.correcting(c, "planSignedOff", with: .planSignedOff(s), by: TestStaff.headOfService)

        forged.thenRejected(.correctionNotAsDecided, containing: "Tess Morgan (S-2): they hold sign-off authority up to £250.00 a week on 27 April 2026, and the plan costs £400.00 a week; ask someone whose limit covers it [sign-off-limit-exceeded] — Wiltshire SDS policy 2014")
    }

    @Test("given figures the rules work out (a signer's limit from the register, a contribution from the rate table), when a correction writes in others, then it is refused naming both")
    func figuresFromTheRulesNotThePayload() {
        var limit = Self.signOff
        limit.signerWeeklyLimit = pounds(1000)
        var contribution = Self.assessment
        contribution.weeklyContribution = pounds(10)
        let forged: [(given: TestCase, type: String, event: CaseEvent, by: String, text: String)] = [
            (CaseRuleTable.signedOff, "planSignedOff", .planSignedOff(limit), TestStaff.headOfService,
             "signerWeeklyLimit £1,000.00, but the rules give signerWeeklyLimit £250.00"),
            (CaseRuleTable.financial, "financialAssessmentCompleted", .financialAssessmentCompleted(contribution), TestStaff.financeOfficer,
             "weeklyContribution £10.00, but the rules give weeklyContribution £23.10"),
        ]
        for f in forged {
            Self.correcting(f.given, f.type, with: f.event, by: f.by).thenRejected(.correctionNotAsDecided, containing: f.text)
        }
        Self.correcting(CaseRuleTable.signedOff, "planSignedOff", with: .planSignedOff(Self.signOff), by: TestStaff.headOfService).thenAccepted()
    }

    @Test("given a financial assessment, when a correction changes the income, then the contribution must be the rate table's for the new income")
    func contributionWorkedOutAgain() {
        let c = CaseRuleTable.financial
        var f = Self.assessment
        f.weeklyIncome = f.weeklyIncome - pounds(3, 10)
        let correct = { (weekly: Money) in
            f.weeklyContribution = weekly
            return Self.correcting(c, "financialAssessmentCompleted", with: .financialAssessmentCompleted(f), by: TestStaff.financeOfficer)
        }
        correct(pounds(23, 10)).thenRejected(.correctionNotAsDecided, containing: "the rules give weeklyContribution £20.00")
        correct(pounds(20)).thenAccepted()
    }

    @Test("given a financial assessment from 13 April, when it is corrected to take effect on 1 April, then it is decided with the 2025-26 rate table in force that day")
    func correctedEffectiveDateChoosesTheRateTable() {
        let c = CaseRuleTable.financial
        var f = Self.assessment
        f.metadata.effectiveDate = day("2026-04-01")
        Self.correcting(c, "financialAssessmentCompleted", with: .financialAssessmentCompleted(f), by: TestStaff.financeOfficer)
            .thenRejected(.correctionNotAsDecided, containing: "rateTableId \"2025-26\"")
        f.rateTableId = "2025-26"
        f.rateTableValidFrom = c.configuration.rateTable(on: day("2026-04-01"))?.validFrom
        f.weeklyMinimumIncomeGuarantee = pounds(228, 70)
        f.weeklyContribution = pounds(26, 40)
        Self.correcting(c, "financialAssessmentCompleted", with: .financialAssessmentCompleted(f), by: TestStaff.financeOfficer)
            .thenAccepted()
    }

    @Test("given a plan of £400 a week signed off by the head of service, a team manager whose limit is £250 cannot record its correction; the head of service can")
    func correctorNeedsTheMoneyAuthority() {
        let c = CaseRuleTable.signedOffByHead
        let same = { (actor: String) in c.when(Self.correct(c.lastId(of: "planSignedOff"), with: c.lastEvent(of: "planSignedOff"), by: actor), by: actor) }
        same(TestStaff.teamManager).thenRejected(.correctionAuthorityMissing, containing: "a sign-off of plan P-1 version 1 of £400.00 a week")
        same(TestStaff.headOfService).thenAccepted()
    }

    @Test("given a configuration asking for authority above the decision's maker, a sign-off's correction is recorded only by someone whose limit is higher than the signer's")
    func aboveTheDecisionMaker() {
        var c = CaseRuleTable.signedOff
        c.configuration.correctionAuthority = .aboveDecisionMaker
        let same = { (actor: String) in
            c.when(Self.correct(c.lastId(of: "planSignedOff"), with: .planSignedOff(Self.signOff), by: actor), by: actor)
        }
        // S-2 signed off £240 with a £250 limit: not S-2 themselves…
        same(TestStaff.teamManager).thenRejected(.correctionAuthorityMissing, containing: "correctionAuthority aboveDecisionMaker")
        // …but the head of service, whose limit is £1,000.
        same(TestStaff.headOfService).thenAccepted()
        c.configuration.correctionAuthority = .coversAmount
        same(TestStaff.teamManager).thenAccepted()
    }

    @Test("given a personal budget above the indicative budget, its correction needs sign-off authority covering it")
    func budgetAboveIndicativeNeedsAuthority() {
        let c = CaseRuleTable.signedOffByHead
        // £400.00 is within the £500.00 indicative budget: anyone may correct it.
        c.when(Self.correct(c.lastId(of: "personalBudgetSet"), with: c.lastEvent(of: "personalBudgetSet"))).thenAccepted()
        var above = c
        above.record(Make.indicative(pounds(300)))
        guard case .personalBudgetSet(var b) = c.lastEvent(of: "personalBudgetSet") else { return }
        b.indicativeWeeklyAmount = pounds(300)
        b.aboveIndicative = true
        // The indicative budget now in force is £300.00, but the corrected budget is decided as
        // it stood before it: £500.00, not above.
        above.when(Self.correct(c.lastId(of: "personalBudgetSet"), with: .personalBudgetSet(b), by: TestStaff.headOfService), by: TestStaff.headOfService)
            .thenRejected(.correctionNotAsDecided, containing: "aboveIndicative true")
    }

    @Test("given a correction of a correction (a second correction of the original), each link is checked the same way")
    func correctionOfACorrection() {
        var c = CaseRuleTable.financial
        let id = c.lastId(of: "financialAssessmentCompleted")
        var f = Self.assessment
        f.weeklyIncome = f.weeklyIncome - pounds(3, 10)
        f.weeklyContribution = pounds(20)
        c.record(Self.correct(id, with: .financialAssessmentCompleted(f), by: TestStaff.financeOfficer), by: TestStaff.financeOfficer)
        // The correction itself is not corrected: the original is, again.
        c.when(Self.correct(c.lastEventId, with: .financialAssessmentCompleted(f), by: TestStaff.financeOfficer), by: TestStaff.financeOfficer)
            .thenRejected(.correctionTargetNotCorrectable)
        f.weeklyContribution = pounds(10)
        c.when(Self.correct(id, with: .financialAssessmentCompleted(f), date: "2026-05-02", by: TestStaff.financeOfficer), by: TestStaff.financeOfficer)
            .thenRejected(.correctionNotAsDecided, containing: "the rules give weeklyContribution £20.00")
        f.weeklyIncome = f.weeklyIncome + pounds(1)
        f.weeklyContribution = pounds(21)
        c.when(Self.correct(id, with: .financialAssessmentCompleted(f), date: "2026-05-02", by: TestStaff.financeOfficer), by: TestStaff.financeOfficer).thenAccepted()
    }

    @Test("given the grand tours (every case event type), each event restated unchanged as a correction keeps every rule: decide gives it back from its own payload", arguments: [GrandTour.adult, GrandTour.carer])
    func everyEventIsDecidedAgainFromItsOwnPayload(tour: TestCase) {
        let effective = CaseState.effectiveEvents(tour.recorded)
        let decisions = effective.filter { CaseCommand(reDeciding: $0.event) != nil }
        // Every event but a dispute marker and a carer link (recorded on two cases; recorded
        // again, never corrected: issue 15) has the command that records it.
        #expect(decisions.count == effective.count { $0.kind != .opinionDisputed && $0.kind != .carerLinked })
        for e in decisions {
            let restated = EventCorrected(metadata: meta(.teamManager, "2027-01-04", reasons: ["restated"]), supersedes: e.id, corrected: e.event)
            let breach = CorrectionRules.breach(
                of: restated, by: TestStaff.headOfService, on: day("2027-01-04"), history: tour.recorded, staff: tour.staff,
                configuration: tour.configuration)
            #expect(breach == nil, "\(e.event.typeName) \(e.id): \(breach?.message ?? "")")
        }
    }

    @Test("given a plan revised after its sign-off, the sign-off's correction is still decided against the case as it stood before it")
    func decidedAgainstTheCaseBeforeTheOriginal() {
        var c = CaseRuleTable.signedOff
        c.record(Make.revise(Make.plan(lines: [Make.line("L1", .personalAssistant, pounds(200))]), date: "2026-05-10"))
        // Version 2 is now current; the correction of version 1's sign-off is judged as of then.
        Self.correcting(c, "planSignedOff", with: .planSignedOff(Self.signOff), by: TestStaff.teamManager).thenAccepted()
    }

    @Test("given a financial assessment, when it is corrected to take effect on 0001-01-01 or 9999-12-31, then it is refused as out of the effective-date window", arguments: ["0001-01-01", "9999-12-31"])
    func correctionOutsideTheEffectiveDateWindow(date: String) {
        var corrected = Self.assessment
        corrected.metadata.effectiveDate = CalendarDate(date)!
        Self.correcting(CaseRuleTable.financial, "financialAssessmentCompleted", with: .financialAssessmentCompleted(corrected), by: TestStaff.financeOfficer)
            .thenRejected(.effectiveDateOutOfRange, containing: "the corrected financialAssessmentCompleted cannot take effect on \(date)")
    }
}
