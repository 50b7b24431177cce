// issue 15: direct payments and capacity
// Mental capacity: the one home of what a capacity assessment finds and which assessment a
// decision may rely on, used by `decide` (best-interests decisions, direct payment agreements),
// the trail and compliance.
//
// Source: Mental Capacity Act 2005 s1 (capacity is assumed unless established otherwise), s2(1)
// (lacking capacity for a matter at the material time because of an impairment of, or a
// disturbance in the functioning of, the mind or brain), s3(1) (unable to understand, retain, use
// or weigh the information, or communicate the decision), s4 (best interests).

extension CapacityAssessed {
    /// True when the person was found unable on at least one part of the functional test
    /// (understand, retain, use or weigh, communicate: s3(1)).
    public var failsFunctionalTest: Bool { !(canUnderstand && canRetain && canUseOrWeigh && canCommunicate) }

    /// The finding the test leads to: the person lacks capacity exactly when an impairment of the
    /// mind or brain was found and they are unable on a part of the functional test (ss2-3).
    public var findingTheTestSupports: Bool { impairmentOfMindOrBrain && failsFunctionalTest }

    /// True when the recorded finding is the one the test leads to.
    public var findingFollowsTest: Bool { lacksCapacity == findingTheTestSupports }

    /// The parts of the functional test the person was found unable to do, in words ("understand
    /// the information", …).
    public var inabilities: [String] {
        var out: [String] = []
        if !canUnderstand { out.append("understand the information") }
        if !canRetain { out.append("retain it") }
        if !canUseOrWeigh { out.append("use or weigh it") }
        if !canCommunicate { out.append("communicate the decision") }
        return out
    }
}

/// The rules a capacity assessment keeps and the one way a decision finds the assessment it may
/// rely on.
public enum CapacityRules {
    /// A matter as compared between a capacity assessment and the decision relying on it: case
    /// and runs of spaces ignored (capacity is decision-specific, so the same decision is named).
    public static func matterKey(_ matter: String) -> String {
        matter.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// Why a decision on `date` may not rely on capacity assessment `named`, given the assessment
    /// `inForce` on that date for the same decision.
    public enum RelianceProblem: Hashable, Sendable {
        /// The assessment takes effect after the decision.
        case takesEffectLater
        /// A later assessment of the same decision is the one in force.
        case replaced(by: Dated<CapacityAssessed>)
        /// The assessment found that the person has capacity.
        case foundCapacity
    }

    /// The problem with a decision on `date` relying on `named`, nil when it may: the assessment
    /// takes effect on or before the date, is the one in force for its decision then (capacity is
    /// time-specific), and finds a lack of capacity.
    public static func reliance(on named: Dated<CapacityAssessed>, inForce: Dated<CapacityAssessed>?, on date: CalendarDate) -> RelianceProblem? {
        if named.effectiveDate > date { return .takesEffectLater }
        if let current = inForce, current.eventId != named.eventId { return .replaced(by: current) }
        return named.value?.lacksCapacity == true ? nil : .foundCapacity
    }

    /// The refusal of `p` as an assessment, nil when its finding follows its test.
    public static func breach(of p: CapacityAssessed) -> Rejection? {
        if p.findingFollowsTest { return nil }
        if p.lacksCapacity {
            let why = p.impairmentOfMindOrBrain
                ? "the person was found able to understand, retain, use or weigh the information and communicate the decision"
                : "no impairment of, or disturbance in the functioning of, the mind or brain was found"
            return Rejection(.capacityFindingContradictsTest,
                "capacity assessment \(p.assessmentId) on \"\(p.matter)\" finds the person lacks capacity, but \(why); capacity is assumed unless the test shows otherwise", source: "Mental Capacity Act 2005 ss1-3")
        }
        return Rejection(.capacityFindingContradictsTest,
            "capacity assessment \(p.assessmentId) on \"\(p.matter)\" finds the person has capacity, but it records an impairment of the mind or brain and that they cannot \(p.inabilities.joined(separator: ", ")); the finding follows the test", source: "Mental Capacity Act 2005 ss2-3")
    }
}

extension CaseState {
    /// The capacity assessment in force on `date` for decisions `matching`: the latest (by
    /// effective date, then recorded order) taking effect on or before it. Capacity is
    /// time-specific: a later assessment of the same decision replaces an earlier one.
    public func capacityAssessment(on date: CalendarDate, matching: (CapacityAssessed) -> Bool) -> Dated<CapacityAssessed>? {
        Dated.latest(of: capacityAssessments.values, on: date, where: matching)
    }

    /// The capacity assessment in force on `date` on whether the person can request or manage a
    /// direct payment (Care Act 2014 s31-32).
    public func directPaymentCapacity(on date: CalendarDate) -> Dated<CapacityAssessed>? {
        capacityAssessment(on: date) { $0.concernsDirectPayment }
    }

    /// Why best-interests decision `p` may not rely on the capacity assessment it names, nil when
    /// it names none or may: the assessment must be recorded on the case, be about the same
    /// decision, take effect on or before it, be the one in force for that decision on its date
    /// (not replaced by a later one), and find that the person lacks capacity for it.
    ///
    /// Source: Mental Capacity Act 2005 ss1-4 (capacity is decision- and time-specific; a
    /// best-interests decision is made only for a person who lacks capacity for it).
    public func capacityBreach(of p: BestInterestsDecisionMade, customer: String) -> Rejection? {
        guard let id = p.capacityAssessmentId else { return nil }
        guard let named = capacityAssessments[id], let a = named.value else {
            return Rejection(.capacityAssessmentUnknown,
                "best-interests decision \(p.decisionId) relies on capacity assessment \(id), which is not recorded for \(customer); record the assessment first", source: "Mental Capacity Act 2005 ss2-3")
        }
        let key = CapacityRules.matterKey(p.matter)
        let date = p.metadata.effectiveDate
        let lead = "best-interests decision \(p.decisionId) on \"\(p.matter)\" cannot rely on capacity assessment \(id) of \(named.effectiveDate.words)"
        if CapacityRules.matterKey(a.matter) != key {
            return Rejection(.bestInterestsCapacityNotLacking,
                "\(lead): it is about \"\(a.matter)\", another decision (capacity is decision-specific)", source: "Mental Capacity Act 2005 s2(1)")
        }
        let current = capacityAssessment(on: date, matching: { CapacityRules.matterKey($0.matter) == key })
        switch CapacityRules.reliance(on: named, inForce: current, on: date) {
        case .none: return nil
        case .takesEffectLater:
            return Rejection(.bestInterestsCapacityNotLacking,
                "\(lead): the assessment takes effect after the decision of \(date.words)", source: "Mental Capacity Act 2005 s2(1)")
        case .replaced(let c):
            return Rejection(.bestInterestsCapacityNotLacking,
                "\(lead): assessment \(c.value?.assessmentId ?? "") of \(c.effectiveDate.words) replaced it (capacity is time-specific)", source: "Mental Capacity Act 2005 s2(1)")
        case .foundCapacity:
            return Rejection(.bestInterestsCapacityNotLacking,
                "\(lead): it found that \(customer) has capacity to make this decision, so the decision is theirs", source: "Mental Capacity Act 2005 s1(2), s4")
        }
    }
}

extension Dated {
    /// Of `entries`, the one in force on `date` among those whose value `matches`: the latest by
    /// effective date, then recorded order, taking effect on or before it.
    static func latest(of entries: some Collection<Dated<Value>>, on date: CalendarDate, where matches: (Value) -> Bool) -> Dated<Value>? {
        var best: Dated<Value>?
        for e in entries {
            guard e.effectiveDate <= date, let v = e.value, matches(v) else { continue }
            if let b = best, (b.effectiveDate, b.seq) > (e.effectiveDate, e.seq) { continue }
            best = e
        }
        return best
    }
}

