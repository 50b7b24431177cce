// Who may be charged a contribution, and when: the one home of the charging exemptions, used by
// `decide` (refusing a charge), the projections and the compliance check (finding one charged).

extension CaseState {
    /// The exemptions from charging that apply to this case when a financial assessment names
    /// `assessed`: those named, and carers' services on a carer's case when the configuration
    /// makes them free. `assessed` itself (not copied) when nothing is added.
    ///
    /// Source: Care Act 2014 s14; Care and Support (Charging and Assessment of Resources)
    /// Regulations 2014 reg 3; Mental Health Act 1983 s117; the seed councils' charging policies
    /// (services to carers are free: `Configuration.carersServicesFree`).
    public func exemptions(
        assessed: [ContributionExemption], carersServicesFree: @autoclosure () -> Bool
    ) -> [ContributionExemption] {
        guard kind == .carer, !assessed.contains(.carerServices), carersServicesFree() else { return assessed }
        return assessed + [.carerServices]
    }

    /// The exemptions from charging that apply on `date`: those of the financial assessment in
    /// force then, and carers' services on a carer's case when configured free (see
    /// `exemptions(assessed:carersServicesFree:)`). Empty when none applies.
    ///
    /// Source: Charging and Assessment of Resources Regulations 2014 reg 3; Mental Health Act
    /// 1983 s117; seed policy (carers' services free).
    public func exemptions(
        on date: CalendarDate, carersServicesFree: @autoclosure () -> Bool
    ) -> [ContributionExemption] {
        // The assessment in force read in place: only its exemptions copied.
        let assessed = contributions.entryIndex(on: date).flatMap { contributions.entries[$0].value?.exemptions }
        return exemptions(assessed: assessed ?? [], carersServicesFree: carersServicesFree())
    }

    /// The period of reablement that is free on `date` (the first by id when several are), nil
    /// when none is: no contribution may be charged from a date within it.
    ///
    /// Source: Charging and Assessment of Resources Regulations 2014 reg 3 (intermediate care and
    /// reablement free for up to 6 weeks; the period is `Configuration.reablementFreeDays`).
    public func freeReablement(on date: CalendarDate) -> ReablementPeriod? {
        // The periods are not sorted: most charges fall in none.
        // Each period read in place; only the one found is copied out.
        let periods = reablements.values
        var free: Dictionary<String, ReablementPeriod>.Values.Index?
        for i in periods.indices where periods[i].isFree(on: date) {
            if free.map({ periods[i].started.reablementId < periods[$0].started.reablementId }) ?? true { free = i }
        }
        return free.map { periods[$0] }
    }
}

extension FinancialAssessmentCompleted {
    /// True when the assessment charges the person something: a weekly contribution above zero,
    /// or the full cost (capital above the upper limit, or declining to disclose).
    ///
    /// Source: Charging and Assessment of Resources Regulations 2014 reg 3 (what an exemption or
    /// free reablement forbids).
    public var chargesContribution: Bool { paysFullCost || weeklyContribution > .zero }
}

// issue 15: charging — which plan lines are free, one-off costs, and the chargeable part of a
// plan: the one home of these rules, used by `decide` (drafting, revising and signing off a
// plan, setting the personal budget), the compliance check, the trail and `explain`.

extension PlanLine {
    /// True when the line costs once (`oneOffCost`) rather than every week.
    public var isOneOff: Bool { oneOffCost != nil }

    /// The line's cost in words, as the reader knows it: "£350.00 once" or "£40.00 a week".
    public var costWords: String {
        if let once = oneOffCost { return "\(once) once" }
        return "\(weeklyCost) a week"
    }

    /// The line's cost as counted against a limit that applies per item (a minor adaptation's):
    /// its one-off cost, or its weekly cost when it has none.
    public var itemCost: Money { oneOffCost ?? weeklyCost }
}

extension Configuration {
    /// Why `line`'s exemption cannot stand on a case of `caseKind`, in words that end with
    /// their source; nil when it stands or the line names none.
    ///
    /// - A minor adaptation is free only up to the configured cost
    ///   (`minorAdaptationCostLimit`, £1,000): one costing more is chargeable.
    /// - Carers' services are free only on a carer's own case, and only where the configuration
    ///   makes them free.
    /// - Reablement is free through the period recorded when it starts (`startReablement`),
    ///   which ends after the free weeks; it is never marked free line by line.
    ///
    /// The problem in words, and the part of the source it turns on.
    ///
    /// Source: Care and Support (Charging and Assessment of Resources) Regulations 2014 reg 3(2)
    /// (community equipment — aids and minor adaptations — and intermediate care and reablement
    /// for the first 6 weeks, free) and reg 3(3) (an adaptation is minor if it costs £1,000 or
    /// less); reg 4 (CJD; Mental Health Act 1983 s117 aftercare); the seed councils' charging
    /// policies (carers' services free: Wiltshire).
    public func lineExemptionProblem(_ line: PlanLine, caseKind: CaseKind?) -> (words: String, source: String)? {
        switch line.exemption {
        case nil, .communityEquipment?, .section117Aftercare?, .creutzfeldtJakobDisease?:
            return nil
        case .minorAdaptation?:
            guard line.itemCost > minorAdaptationCostLimit else { return nil }
            return ("line \(line.lineId) (\(line.description)) costs \(line.costWords), more than the \(minorAdaptationCostLimit) an adaptation may cost to be minor and free; it is chargeable: remove its exemption", "Care and Support (Charging and Assessment of Resources) Regulations 2014 reg 3(3)")
        case .carerServices?:
            if caseKind == .carer, carersServicesFree { return nil }
            return ("line \(line.lineId) (\(line.description)) is marked free as a carer's service, but \(caseKind == .carer ? "this council's configuration does not make carers' services free" : "this is not a carer's case")", "the council's charging policy (Wiltshire SDS policy 2014: services to carers are free)")
        case .reablement?:
            return ("line \(line.lineId) (\(line.description)) is marked free as reablement; reablement is free for its first weeks through the period recorded when it starts (startReablement), not line by line", "Care and Support (Charging and Assessment of Resources) Regulations 2014 reg 3(2)(b)")
        }
    }
}

extension SupportPlanContent {
    /// The plan's one-off costs: the sum of its lines' one-off costs (zero when none). Paid once;
    /// never part of the weekly cost, never multiplied by 52.
    public var oneOffCost: Money { lines.map { $0.oneOffCost ?? .zero }.total() }

    /// The weekly cost of the lines that are free of charge (an exemption named on the line).
    public var freeWeeklyCost: Money { lines.filter { $0.exemption != nil }.map(\.weeklyCost).total() }

    /// The weekly cost the person's contribution may apply to: the weekly cost less the free
    /// lines'.
    ///
    /// Source: Care and Support (Charging and Assessment of Resources) Regulations 2014 reg 3 (no
    /// charge for a service specified there), reg 4.
    public var chargeableWeeklyCost: Money { weeklyCost - freeWeeklyCost }

    /// The lines that are free of charge, in plan order.
    public var freeLines: [PlanLine] { lines.filter { $0.exemption != nil } }

    /// The cost for the plan's first year: 52 weeks of the weekly cost and each one-off cost
    /// once.
    ///
    /// Source: training deck, support plan component 4 (what the support costs for the year).
    public var firstYearCost: Money { weeklyCost.times(52) + oneOffCost }

    /// The weekly amount a sign-off limit (a weekly figure) is held against: the weekly cost and
    /// the one-off costs spread over the first year (rounded up to the penny). A one-off cost is
    /// never multiplied by 52: a £350 pushchair adds £6.74 a week to what the signer authorises,
    /// not £350.
    ///
    /// Source: the council's scheme of delegation (Wiltshire policy: sign-off limits are weekly);
    /// training deck, component 4 (the cost for the year).
    public var weeklyCostForAuthority: Money {
        let once = oneOffCost.pence
        return weeklyCost + Money(pence: (once + 51) / 52)
    }

    /// The plan's cost in words: "£240.00 a week", "£240.00 a week and £350.00 once".
    public var costWords: String {
        oneOffCost > .zero ? "\(weeklyCost) a week and \(oneOffCost) once" : "\(weeklyCost) a week"
    }
}

extension CaseState {
    /// The part of a personal budget of `weeklyTotal` a contribution may apply to: the total less
    /// the weekly cost of the free lines of the plan version it funds (`planId`, `version`; the
    /// current version when `version` is nil), never below zero. The whole total when it names no
    /// plan.
    ///
    /// Source: Care and Support (Charging and Assessment of Resources) Regulations 2014 reg 3, reg 4.
    public func chargeableWeekly(of weeklyTotal: Money, planId: String?, version: Int?) -> Money {
        guard let planId, let record = plans[planId] else { return weeklyTotal }
        let v = version ?? record.currentVersion
        guard v >= 1, v <= record.versions.count else { return weeklyTotal }
        let free = record.versions[v - 1].freeWeeklyCost
        return free >= weeklyTotal ? .zero : weeklyTotal - free
    }
}
