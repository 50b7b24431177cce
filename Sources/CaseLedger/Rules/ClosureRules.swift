// When a case with services in force may be closed: the one home of this rule, used by `decide`
// (refusing at the time), the fold (a closure that makes services moot ends them) and the
// compliance check (the breach in history).
//
// Source: Care Act 2014 s27 (a plan is kept under review, and revised where circumstances
// change); Care and Support Statutory Guidance ch. 13 (reviews; ending support only after a review
// finds the needs no longer eligible, with the person told in writing) and ch. 19 with Care Act
// s37 (continuity of care: when the person moves, the receiving council takes over); Wiltshire and
// Cheshire East policies (withdrawal only after a review, notified in writing).

/// The services in force on a case on a date: a personal budget, a signed-off plan, delivery.
public struct ServicesInForce: Hashable, Sendable {
    /// The personal budget in force, if any.
    public var personalBudget: Dated<PersonalBudgetSet>?
    /// The signed-off plan in force, if any.
    public var signedOffPlan: Dated<PlanSignedOff>?
    /// The delivery arranged, if any.
    public var delivery: Dated<DeliveryArranged>?

    /// What is in force, in words: "a personal budget of £240.00 a week from 2025-12-01, plan P-1
    /// version 1 signed off from 2025-12-01, delivery arranged from 2025-12-08".
    public var words: String {
        var parts: [String] = []
        if let b = personalBudget, let v = b.value { parts.append("a personal budget of \(v.weeklyTotal) a week from \(b.effectiveDate)") }
        if let s = signedOffPlan, let v = s.value { parts.append("plan \(v.planId) version \(v.version) signed off from \(s.effectiveDate)") }
        if let d = delivery, d.value != nil { parts.append("delivery arranged from \(d.effectiveDate)") }
        return parts.joined(separator: ", ")
    }
}

/// Why a case with services in force may not be closed as asked.
public enum ClosureRefusal: Hashable, Sendable {
    /// The reason given does not end the services: they must be withdrawn first (review,
    /// withdrawal decision, written notice).
    case servicesInForce(ServicesInForce)
    /// The person moved or the case was transferred, but no receiving council is named: without
    /// one nobody is shown to have taken over the services in force.
    case receivingCouncilMissing(ServicesInForce)
}

extension ClosureReason {
    /// True when closing for this reason makes services in force moot, so no withdrawal is
    /// needed: the person died (the closure's effective date is the date of death), or moved and
    /// another council took over their care (`movedAway` and `transferredToAnotherCouncil`, with
    /// the receiving council named).
    public var endsServicesWithoutWithdrawal: Bool {
        switch self {
        case .died, .movedAway, .transferredToAnotherCouncil: true
        case .servicesWithdrawn, .informationAndAdviceOnly, .noEligibleNeeds, .supportDeclined: false
        }
    }
}

extension CaseState {
    /// The services in force on `date`, or later by effective date (a personal budget, a
    /// signed-off plan or delivery not ended); nil when none is.
    public func servicesInForce(on date: CalendarDate) -> ServicesInForce? {
        func live<V>(_ t: EffectiveTimeline<V>) -> Dated<V>? {
            if let e = t.entry(on: date), e.value != nil { return e }
            if let e = t.latest, e.value != nil { return e }
            return nil
        }
        let s = ServicesInForce(personalBudget: live(personalBudget), signedOffPlan: live(planInForce), delivery: live(delivery))
        return s.personalBudget == nil && s.signedOffPlan == nil && s.delivery == nil ? nil : s
    }

    /// Why `closure` may not close the case as it stands, or nil when it may: with services in
    /// force (`servicesInForce(on:)` the closure's effective date) only a reason that makes them
    /// moot closes it — death, or a move with the receiving council named. Otherwise the
    /// services are first withdrawn through a review that finds the needs no longer eligible, a
    /// withdrawal decision and its written notice, which end them.
    public func closureRefusal(_ closure: CaseClosed) -> ClosureRefusal? {
        guard let services = servicesInForce(on: closure.metadata.effectiveDate) else { return nil }
        guard closure.reason.endsServicesWithoutWithdrawal else { return .servicesInForce(services) }
        if closure.reason != .died, closure.receivingCouncil?.isBlank ?? true { return .receivingCouncilMissing(services) }
        return nil
    }
}

extension ClosureRefusal {
    // issue 15: voice
    /// The source the refusal turns on: the rule's own, or Care Act 2014 s37 where the council
    /// that took over is not named.
    public var source: String {
        switch self {
        case .servicesInForce: Rule.closureWithServicesInForce.source
        case .receivingCouncilMissing: "Care Act 2014 s37 (continuity of care when a person moves)"
        }
    }

    /// The refusal in words for the person closing case `caseName` (what is in force, and the ways
    /// to close it).
    public func sentence(_ caseName: String, reason: ClosureReason) -> String {
        switch self {
        case .servicesInForce(let s):
            "\(caseName) cannot be closed as \"\(reason.rawValue)\" with services in force (\(s.words)): withdraw them first — a review finding the needs no longer eligible, a withdrawal decision and its written notice — and close as \"servicesWithdrawn\"; or, if they no longer apply, close as \"died\" (effective the date of death) or \"movedAway\" / \"transferredToAnotherCouncil\" naming the receivingCouncil"
        case .receivingCouncilMissing(let s):
            "\(caseName) cannot be closed as \"\(reason.rawValue)\" with services in force (\(s.words)) without naming the receivingCouncil that took over the person's care; if nobody took over, withdraw the services after a review first"
        }
    }
}
