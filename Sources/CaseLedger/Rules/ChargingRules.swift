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
