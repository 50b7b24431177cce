import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: charging — plan lines free of charge, one-off costs, and the contribution on the
// chargeable part only (Care and Support (Charging and Assessment of Resources) Regulations 2014
// reg 3, reg 4).

/// A plan line bought once, free as community equipment or a minor adaptation.
func oneOff(_ id: String, _ kind: ServiceKind, _ cost: Money, _ description: String, free: ContributionExemption? = nil) -> PlanLine {
    PlanLine(lineId: id, description: description, kind: kind, weeklyCost: .zero, oneOffCost: cost, exemption: free)
}

@Suite("Charging: free plan lines and one-off costs")
struct ChargingLineTests {
    /// The standard adult case with a financial assessment of £23.10 a week and an indicative
    /// budget of £300.00.
    static let indicative = TestCase.adult(upTo: .indicativeBudget)

    @Test("given a £350 pushchair as community equipment bought once, when the budget is set, then no contribution is forced and the year costs £350.00, not £18,200.00")
    func pushchairIsFreeAndOneOff() {
        // On the old code a pushchair could only be a weekly line: £350.00 a week made the
        // personal budget £350.00 a week, forced the assessed £23.10 a week on the person and
        // showed as £18,200.00 a year at sign-off.
        var c = Self.indicative
        c.record(Make.draft(Make.plan(lines: [oneOff("L1", .equipment, pounds(350), "pushchair", free: .communityEquipment)])))
        #expect(c.state.plans["P-1"]?.current.weeklyCost == .zero)
        #expect(c.state.plans["P-1"]?.current.oneOffCost == pounds(350))

        // when: nothing charged, the one-off amount in the budget — then accepted and signed off
        var free = Make.budget(total: .zero, customer: .zero)
        if case .setPersonalBudget(var b) = free { b.oneOffTotal = pounds(350); free = .setPersonalBudget(b) }
        c.record(free)
        guard case .planSignedOff(let s) = c.record(Make.signOff(), by: TestStaff.teamManager).first else {
            Issue.record("not signed off")
            return
        }
        #expect(s.weeklyCost == .zero)
        #expect(s.oneOffCost == pounds(350))
        #expect(s.annualCost == pounds(350))
    }

    @Test("given a weekly line of community equipment, when the budget charges the contribution on the whole budget, then it is refused naming the free line; on the chargeable part it stands")
    func contributionOnTheChargeablePartOnly() {
        var c = Self.indicative
        c.record(Make.draft(Make.plan(lines: [
            Make.line("L1", .homeCare, pounds(15), "help with meals"),
            PlanLine(lineId: "L2", description: "hoist hire", kind: .equipment, weeklyCost: pounds(10), exemption: .communityEquipment),
        ])))
        c.when(Make.budget(total: pounds(25), customer: pounds(23, 10)))
            .thenRejected(.budgetContributionMismatch, containing: "only £15.00 a week of the £25.00 a week is chargeable: plan P-1 line L2 (hoist hire: community equipment (aids) is free)")
        c.when(Make.budget(total: pounds(25), customer: pounds(15))).thenAccepted()
    }

    @Test("given a minor adaptation, when it costs more than the configured £1,000.00, then the line is refused as free; within the limit (or a higher configured one) it stands")
    func minorAdaptationLimit() {
        let c = Self.indicative
        let shower = oneOff("L1", .equipment, pounds(4_500), "level-access shower", free: .minorAdaptation)
        c.when(Make.draft(Make.plan(lines: [shower])))
            .thenRejected(.planLineExemptionInvalid, containing: "more than the £1,000.00 an adaptation may cost to be minor")
        c.when(Make.draft(Make.plan(lines: [oneOff("L1", .equipment, pounds(1_000), "grab rails and a ramp", free: .minorAdaptation)])))
            .thenAccepted()
        var generous = c
        generous.configuration.minorAdaptationCostLimit = pounds(5_000)
        generous.when(Make.draft(Make.plan(lines: [shower]))).thenAccepted()
    }

    @Test("given an adult's plan, when a line is marked free as a carer's service or as reablement, then it is refused with the reason")
    func exemptionsThatDoNotApplyToALine() {
        let c = Self.indicative
        let carer = PlanLine(lineId: "L1", description: "sitting service", kind: .otherSupport, weeklyCost: pounds(20), exemption: .carerServices)
        c.when(Make.draft(Make.plan(lines: [carer]))).thenRejected(.planLineExemptionInvalid, containing: "this is not a carer's case")
        let reablement = PlanLine(lineId: "L1", description: "reablement visits", kind: .homeCare, weeklyCost: pounds(20), exemption: .reablement)
        c.when(Make.draft(Make.plan(lines: [reablement]))).thenRejected(.planLineExemptionInvalid, containing: "startReablement")
        let aftercare = PlanLine(lineId: "L1", description: "s117 aftercare", kind: .homeCare, weeklyCost: pounds(20), exemption: .section117Aftercare)
        c.when(Make.draft(Make.plan(lines: [aftercare]))).thenAccepted()
    }

    @Test("given a line, when it gives both a weekly and a one-off cost, or a negative one-off cost, then it is refused")
    func aLineCostsWeeklyOrOnce() {
        let c = Self.indicative
        let both = PlanLine(lineId: "L1", description: "bed", kind: .equipment, weeklyCost: pounds(5), oneOffCost: pounds(300))
        c.when(Make.draft(Make.plan(lines: [both]))).thenRejected(.planLinesInvalid, containing: "a line costs one or the other")
        c.when(Make.draft(Make.plan(lines: [oneOff("L1", .equipment, Money(pence: -1), "bed")])))
            .thenRejected(.planLinesInvalid, containing: "negative one-off cost")
    }

    @Test("given a plan with one-off costs, when the budget agrees no one-off amounts, then sign-off is refused; the signer's weekly limit is held against the one-off spread over the year, never ×52")
    func oneOffCostsAtSignOff() {
        var c = Self.indicative
        // £240.00 a week and £1,000.00 once: £259.24 a week for the signer's authority.
        c.record(Make.draft(Make.plan(lines: Make.standardLines + [oneOff("L3", .equipment, pounds(1_000), "stairlift")])))
        c.record(Make.budget())
        c.when(Make.signOff(), by: TestStaff.headOfService)
            .thenRejected(.planCostExceedsBudget, containing: "its one-off costs come to £1,000.00, more than the £0.00 in one-off amounts")
        var withOnce = Make.budget(date: "2026-04-28")
        if case .setPersonalBudget(var b) = withOnce { b.oneOffTotal = pounds(1_000); withOnce = .setPersonalBudget(b) }
        c.record(withOnce)
        c.when(Make.signOff(date: "2026-04-28"), by: TestStaff.teamManager)
            .thenRejected(.signOffLimitExceeded, containing: "the one-off costs spread over the first year, £259.24 a week")
        guard case .planSignedOff(let s) = c.when(Make.signOff(date: "2026-04-28"), by: TestStaff.headOfService).events.first else {
            Issue.record("not signed off")
            return
        }
        #expect(s.annualCost == pounds(240).times(52) + pounds(1_000))
        #expect(s.oneOffCost == pounds(1_000))
    }

    @Test("the chargeable part of a plan leaves out its free lines; one-off costs are never weekly")
    func chargeablePart() {
        let plan = Make.plan(lines: [
            Make.line("L1", .homeCare, pounds(100)),
            PlanLine(lineId: "L2", description: "hoist hire", kind: .equipment, weeklyCost: pounds(10), exemption: .communityEquipment),
            oneOff("L3", .equipment, pounds(85), "grab rail", free: .minorAdaptation),
        ])
        #expect(plan.weeklyCost == pounds(110))
        #expect(plan.chargeableWeeklyCost == pounds(100))
        #expect(plan.oneOffCost == pounds(85))
        #expect(plan.firstYearCost == pounds(110).times(52) + pounds(85))
        #expect(plan.freeLines.map(\.lineId) == ["L2", "L3"])
    }
}
