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

    /// True when a personal budget of `weeklyTotal` covers `weeklyCost`: the cost is not more
    /// than it.
    ///
    /// Source: training deck, support plan component 4; Care Act 2014 s25, s26.
    public static func covers(_ weeklyTotal: Money, _ weeklyCost: Money) -> Bool { weeklyCost <= weeklyTotal }

    /// The entry of the personal budget in force, when there is one.
    public var budget: Dated<PersonalBudgetSet>? {
        switch self {
        case .covered(let b), .exceeded(let b): b
        case .noBudget: nil
        }
    }
}

extension CaseState {
    /// Whether the personal budget in force on `date` covers `weeklyCost`: a plan is signed off
    /// only within the agreed personal budget.
    ///
    /// Source: training deck, support plan component 4 (must not exceed the agreed amount); Care
    /// Act 2014 s25, s26.
    public func personalBudgetCover(of weeklyCost: Money, on date: CalendarDate) -> BudgetCover {
        // The budget in force read in place; its entry copied once, for the answer.
        guard let i = personalBudget.entryIndex(on: date), let total = personalBudget.entries[i].value?.weeklyTotal else { return .noBudget }
        let entry = personalBudget.entries[i]
        return BudgetCover.covers(total, weeklyCost) ? .covered(entry) : .exceeded(entry)
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
