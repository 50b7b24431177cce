import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: charging — seed-based scenarios for free plan lines, one-off costs and the first
// review's window.

/// Sets the one-off amounts of a personal budget command.
func withOneOff(_ command: CaseCommand, _ amount: Money) -> CaseCommand {
    guard case .setPersonalBudget(var b) = command else { return command }
    b.oneOffTotal = amount
    return .setPersonalBudget(b)
}

@Suite("Scenario: Mrs C after a fall, with free equipment bought once and weekly cleaning")
struct MrsCEquipmentTests {
    /// Mrs C (Warwickshire, 2012; her case as in `MrsCTests`), home from hospital after a fall: a grab
    /// rail and a transit wheelchair (bought once, free as a minor adaptation and community
    /// equipment), a pendant alarm (£4.00 a week, free as community equipment) and cleaning
    /// (£20.00 a week, chargeable). Her financial assessment gives £28.00 a week.
    static func planned() -> TestCase {
        var c = MrsCTests.financiallyAssessed()
        c.record(Make.indicative(pounds(60)))
        c.record(Make.draft(Make.plan(lines: [
            Make.line("L1", .homeCare, pounds(20), "cleaning"),
            PlanLine(lineId: "L2", description: "pendant alarm", kind: .assistiveTechnology, weeklyCost: pounds(4), exemption: .communityEquipment),
            PlanLine(lineId: "L3", description: "grab rail by the bath", kind: .equipment, weeklyCost: .zero, oneOffCost: pounds(85), exemption: .minorAdaptation),
            PlanLine(lineId: "L4", description: "transit wheelchair", kind: .equipment, weeklyCost: .zero, oneOffCost: pounds(350), exemption: .communityEquipment),
        ])))
        return c
    }

    @Test("given Mrs C's plan, when her personal budget is set, then her £28.00 contribution applies only to the £20.00 of cleaning; the one-off costs are never weekly and the year costs £1,683.00")
    func contributionOnTheChargeablePart() {
        var c = Self.planned()
        #expect(c.state.contributions.current?.weeklyContribution == pounds(28))
        let plan = c.state.plans["P-1"]!.current
        #expect(plan.weeklyCost == pounds(24))
        #expect(plan.chargeableWeeklyCost == pounds(20))
        #expect(plan.oneOffCost == pounds(435))

        // when: the whole £24.00 a week is charged — refused, naming the free alarm
        c.when(withOneOff(Make.budget(total: pounds(24), customer: pounds(24)), pounds(435)))
            .thenRejected(.budgetContributionMismatch, containing: "only £20.00 a week of the £24.00 a week is chargeable: plan P-1 lines L2 (pendant alarm: community equipment (aids) is free)")
        // when: the one-off amounts are left out of the budget — sign-off is refused
        var without = c
        without.record(Make.budget(total: pounds(24), customer: pounds(20)))
        without.when(Make.signOff(), by: TestStaff.teamManager)
            .thenRejected(.planCostExceedsBudget, containing: "its one-off costs come to £435.00")

        // then: £20.00 from Mrs C, £4.00 from the council, £435.00 once from the council
        c.record(withOneOff(Make.budget(total: pounds(24), customer: pounds(20)), pounds(435)))
        guard case .planSignedOff(let s) = c.record(Make.signOff(), by: TestStaff.teamManager).first else {
            Issue.record("not signed off")
            return
        }
        #expect(s.weeklyCost == pounds(24))
        #expect(s.oneOffCost == pounds(435))
        #expect(s.annualCost == pounds(1_683))
        #expect(c.state.personalBudget.current?.weeklyCouncilContribution == pounds(4))
        #expect(c.state.personalBudget.current?.oneOffTotal == pounds(435))
    }

    @Test("given a level-access shower costing £4,500.00 marked as a minor adaptation, then it is refused as free; entered as chargeable, it is accepted")
    func aMajorAdaptationIsNotFree() {
        let c = Self.planned()
        let shower = PlanLine(lineId: "L1", description: "level-access shower", kind: .equipment, weeklyCost: .zero,
            oneOffCost: pounds(4_500), exemption: .minorAdaptation)
        c.when(Make.revise(Make.plan(lines: [shower]), date: "2026-04-21"))
            .thenRejected(.planLineExemptionInvalid, containing: "costs £4,500.00 once, more than the £1,000.00 an adaptation may cost to be minor")
        var chargeable = shower
        chargeable.exemption = nil
        c.when(Make.revise(Make.plan(lines: [chargeable]), date: "2026-04-21")).thenAccepted()
    }
}

/// Mr F (Cheshire East personalisation policy 2012: "New support plans will be reviewed after
/// the initial 6 weeks of service"): plan P-1 signed off on 27 April 2026, his services arranged
/// from 11 May (`TestCase.delivered(from:)`).
@Suite("Scenario: Cheshire East, new support plans reviewed after the initial 6 weeks of service")
struct CheshireEastFirstReviewTests {
    @Test("given services that started on 11 May, then the first review is due from 22 June (6 weeks of service), late after 6 July; not from the sign-off on 27 April")
    func countedFromWhenServicesStarted() {
        let c = TestCase.delivered(from: "2026-05-11")
        let schedule = c.state.reviewSchedule(c.configuration.reviewIntervals)
        #expect(schedule?.servicesStart?.effectiveDate == day("2026-05-11"))
        #expect(schedule?.firstReview == day("2026-06-22"))
        #expect(schedule?.firstReviewLate == day("2026-07-06"))
        #expect(c.state.nextReviewDue(c.configuration.reviewIntervals) == ReviewDue(date: day("2026-06-22"), reason: .newOrChangedPlan))
    }

    @Test("given a review after a changed plan, when the changed plan is signed off, then its window restarts: from the sign-off until services are arranged for it, then from their start")
    func aChangedPlanRestartsTheWindow() {
        var c = TestCase.delivered(from: "2026-05-11")
        c.record(Make.requestReview(date: "2026-06-20"))
        c.record(Make.completeReview(outcome: .planRevised, date: "2026-06-29"))
        #expect(c.state.reviewSchedule(c.configuration.reviewIntervals)?.firstReview == nil)
        c.record(Make.revise(Make.plan(), date: "2026-07-01"))
        c.record(Make.budget(date: "2026-07-01"))
        c.record(Make.signOff(version: 2, date: "2026-07-01"), by: TestStaff.teamManager)
        var schedule = c.state.reviewSchedule(c.configuration.reviewIntervals)
        #expect(schedule?.servicesStart == nil)
        #expect(schedule?.firstReview == day("2026-08-12"))
        #expect(schedule?.firstReviewLate == day("2026-08-26"))
        c.record(Make.deliver(date: "2026-07-13"))
        schedule = c.state.reviewSchedule(c.configuration.reviewIntervals)
        #expect(schedule?.servicesStart?.effectiveDate == day("2026-07-13"))
        #expect(schedule?.firstReview == day("2026-08-24"))
        #expect(schedule?.firstReviewLate == day("2026-09-07"))
    }

    @Test("a configuration published before the late period existed keeps its meaning: late from the day the review falls due")
    func anOlderConfigurationIsLateFromTheDueDate() throws {
        let older = try ReviewIntervals(json: ["newOrChangedPlan": "6 weeks", "newDirectPayment": "6 months", "routine": "12 months"], at: "")
        #expect(older.newOrChangedPlanLate == nil)
        #expect(older.firstReviewLate(startedOn: day("2026-05-11")) == day("2026-06-22"))
        let england = try ReviewIntervals(json: [
            "newOrChangedPlan": "6 weeks", "newDirectPayment": "6 months", "routine": "12 months", "newOrChangedPlanLate": "8 weeks",
        ], at: "")
        #expect(england.firstReviewLate(startedOn: day("2026-05-11")) == day("2026-07-06"))
    }
}
