// What a sign-off needs, and how a personal budget is made up: the one home of these rules,
// used by `decide` (refusing at the time) and the compliance check (finding the breach in
// history). Plan components: `PlanComponents.missing`.

/// How the personal budget in force on a date stands against a weekly cost.
public enum BudgetCover: Hashable, Sendable {
    /// A personal budget is in force and covers the cost.
    case covered(Dated<PersonalBudgetSet>)
    /// A personal budget is in force but the cost is more than it.
    case exceeded(Dated<PersonalBudgetSet>)
    /// No personal budget is in force (none set, or ended by a withdrawal).
    case noBudget
    /// A personal budget is in force but it was set for another plan, another version of this
    /// plan, or no plan (issue 14: h-limits).
    case otherPlan(Dated<PersonalBudgetSet>)

    /// True when a personal budget of `weeklyTotal` covers `weeklyCost`: the cost is not more
    /// than it.
    ///
    /// Source: training deck, support plan component 4; Care Act 2014 s25, s26.
    public static func covers(_ weeklyTotal: Money, _ weeklyCost: Money) -> Bool { weeklyCost <= weeklyTotal }

    /// The entry of the personal budget in force, when there is one.
    public var budget: Dated<PersonalBudgetSet>? {
        switch self {
        case .covered(let b), .exceeded(let b), .otherPlan(let b): b
        case .noBudget: nil
        }
    }
}

extension CaseState {
    /// Whether the personal budget in force on `date` is the one set for version `version` of
    /// plan `planId` and covers `weeklyCost`: a plan is signed off only within the personal budget
    /// agreed for it — its own, not one set for another plan or an earlier version.
    ///
    /// Source: training deck, support plan component 4 (must not exceed the agreed amount); Care
    /// Act 2014 s25(1)(e) (the plan includes the personal budget for that plan), s26.
    ///
    /// A plan's one-off costs (`oneOff`, issue 15: charging) are covered by the one-off amounts
    /// the budget agreed (`PersonalBudgetSet.oneOffTotal`), never by its weekly total.
    public func personalBudgetCover(
        of weeklyCost: Money, oneOff: Money = .zero, for planId: String, version: Int, on date: CalendarDate
    ) -> BudgetCover {
        // The budget in force read in place; its entry copied once, for the answer.
        guard let i = personalBudget.entryIndex(on: date), let budget = personalBudget.entries[i].value else { return .noBudget }
        let entry = personalBudget.entries[i]
        guard budget.funds(planId: planId, version: version) else { return .otherPlan(entry) }
        let coversOnce = BudgetCover.covers(budget.oneOffTotal ?? .zero, oneOff)
        return BudgetCover.covers(budget.weeklyTotal, weeklyCost) && coversOnce ? .covered(entry) : .exceeded(entry)
    }

    /// What is wrong with the needs `plan` specifies on `date`, if anything: a plan specifies
    /// the needs it meets (none is refused), and where needs were found eligible it addresses
    /// them, marking which of its needs are eligible (a plan that marks none does not).
    ///
    /// Source: Care Act 2014 s25(1)(a)-(c) (the plan specifies the needs identified, whether and
    /// to what extent they meet the eligibility criteria, and the needs the council will meet and
    /// how); Care and Support Statutory Guidance 10.
    public func needsGap(of plan: SupportPlanContent, on date: CalendarDate) -> PlanNeedsGap? {
        if plan.needs.isEmpty { return .noNeeds }
        guard let finding = eligibility.value(on: date), finding.eligible, !finding.eligibleNeeds.isEmpty else { return nil }
        if plan.needs.contains(where: \.eligible) { return nil }
        return .noEligibleNeed(eligibleNeeds: finding.eligibleNeeds, assessmentId: finding.assessmentId)
    }
}

// issue 14: h-limits — sign-off against the plan it signs.
/// What is wrong with the needs a plan version specifies, for its sign-off.
public enum PlanNeedsGap: Hashable, Sendable {
    /// The plan specifies no needs at all.
    case noNeeds
    /// Needs were found eligible (the outcome codes, on the assessment named) but the plan marks
    /// none of its needs eligible.
    case noEligibleNeed(eligibleNeeds: [String], assessmentId: String?)

    /// Why, in words, after "plan P-1 cannot be signed off: ".
    public var words: String {
        switch self {
        case .noNeeds:
            "it specifies no needs; a plan specifies the needs it meets and how"
        case .noEligibleNeed(let needs, let assessment):
            "it marks none of its needs eligible, but \(needs.count) eligible need\(needs.count == 1 ? " was" : "s were") found\(assessment.map { " on assessment \($0)" } ?? "") (\(needs.map { AdultOutcome(rawValue: $0)?.words ?? CarerOutcome(rawValue: $0)?.words ?? $0 }.joined(separator: "; "))); a plan specifies which of the needs are eligible and how they are met"
        }
    }
}

extension PersonalBudgetSet {
    /// True when this budget was set for version `version` of plan `planId`. A budget recorded
    /// without a version (`planVersion` absent: every budget recorded before it existed, and one
    /// set without naming a version) was set for the plan's version current when it was recorded;
    /// the fold fills that in (`CaseState.fold`), so here a budget still without one named a plan
    /// the case did not have, and funds no version.
    ///
    /// Source: Care Act 2014 s25(1)(e), s26 (the personal budget is the plan's).
    public func funds(planId: String, version: Int) -> Bool {
        self.planId == planId && planVersion == version
    }

    /// The plan version a budget is for, in words: "plan P-1 version 2", or "no plan".
    public var fundedPlanWords: String {
        guard let planId else { return "no plan" }
        return planVersion.map { "plan \(planId) version \($0)" } ?? "plan \(planId)"
    }
}

/// How a member of staff's sign-off authority on a date stands against a weekly cost.
public enum SignOffAuthority: Hashable, Sendable {
    /// They hold sign-off authority up to this weekly limit, which covers the cost.
    case covers(limit: Money)
    /// They hold sign-off authority up to this weekly limit, which is below the cost.
    case below(limit: Money)
    /// They hold no sign-off authority on the date.
    case none

    /// The weekly limit held, when one is.
    public var limit: Money? {
        switch self {
        case .covers(let l), .below(let l): l
        case .none: nil
        }
    }

    /// True when the authority covers the cost.
    public var covers: Bool { if case .covers = self { true } else { false } }

    /// The authority a limit (nil: none held) gives over `weeklyCost`: a limit covers a cost up
    /// to and including it.
    ///
    /// Source: Wiltshire policy, sign-off under the council's scheme of delegation.
    public init(limit: Money?, over weeklyCost: Money) {
        guard let limit else {
            self = .none
            return
        }
        self = weeklyCost > limit ? .below(limit: limit) : .covers(limit: limit)
    }
}

extension StaffRegister {
    /// The sign-off authority `staffId` holds on `date` (the decision date: the day the decision
    /// was recorded) over `weeklyCost`. A plan is signed off, and a personal budget above the
    /// indicative budget set, only by someone whose authority covers the cost.
    ///
    /// Source: Wiltshire policy, sign-off under the council's scheme of delegation.
    public func signOffAuthority(of staffId: String, on date: CalendarDate, over weeklyCost: Money) -> SignOffAuthority {
        SignOffAuthority(limit: signOffLimit(of: staffId, on: date), over: weeklyCost)
    }
}

extension PersonalBudgetSet {
    /// True when a personal budget of `total` a week is exactly the council's contribution plus
    /// the customer's.
    ///
    /// Source: Care Act 2014 s26 (the personal budget is the cost of meeting the needs, of which
    /// the person pays their assessed part and the council the rest).
    public static func splitAddsUp(total: Money, council: Money, customer: Money) -> Bool {
        council + customer == total
    }

    /// True when this budget is exactly the council's contribution plus the customer's (see
    /// `splitAddsUp(total:council:customer:)`).
    public var splitAddsUp: Bool {
        Self.splitAddsUp(total: weeklyTotal, council: weeklyCouncilContribution, customer: weeklyCustomerContribution)
    }
}
