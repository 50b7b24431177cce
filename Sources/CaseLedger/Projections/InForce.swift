/// What applied on one effective date, with full knowledge of the events given (later
/// back-dated decisions and corrections included): e.g. a contribution recorded in May effective
/// from 1 April applies on 15 April.
public struct InForce: Hashable, Sendable {
    /// The date asked about.
    public var date: CalendarDate
    /// The eligibility finding in force.
    public var eligibility: Dated<EligibilityFinding>?
    /// The financial assessment (contribution) in force.
    public var contribution: Dated<FinancialAssessmentCompleted>?
    /// The personal budget in force.
    public var personalBudget: Dated<PersonalBudgetSet>?
    /// The signed-off plan in force.
    public var signedOffPlan: Dated<PlanSignedOff>?
    /// The delivery arrangements in force.
    public var delivery: Dated<DeliveryArranged>?
    /// The allocated worker.
    public var allocatedWorker: Dated<WorkerAllocated>?
    /// True when reablement was free on the date.
    public var inFreeReablement: Bool

    /// The weekly contribution charged on the date (zero when none or exempt).
    public var weeklyContribution: Money { contribution?.value?.weeklyContribution ?? .zero }
}

extension CaseState {
    /// What applied on effective date `date`. An entry whose value is nil (ended by withdrawal)
    /// is reported as the entry with no value.
    public func inForce(on date: CalendarDate) -> InForce {
        InForce(
            date: date, eligibility: eligibility.entry(on: date),
            contribution: contributions.entry(on: date), personalBudget: personalBudget.entry(on: date),
            signedOffPlan: planInForce.entry(on: date), delivery: delivery.entry(on: date),
            allocatedWorker: allocatedWorker.entry(on: date),
            inFreeReablement: freeReablement(on: date) != nil)
    }

    // Keeps events/INVARIANTS.md rule 9: as known at is a cut by recorded time, not by effective date.
    /// The case as it was known at recorded time `instant`: only events recorded at or before
    /// it are folded (corrections recorded later are not applied).
    public func asKnownAt(_ instant: Timestamp) -> CaseState {
        CaseState(rebuiltFrom: history.filter { $0.recordedAt <= instant })
    }
}
