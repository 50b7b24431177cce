// The rules of a safeguarding concern: the one home of the s42 test, the order of its steps and
// its timeliness, used by `decide` (refusals), the caseload (what is due) and the compliance check
// (what was missed).
//
// Source: Care Act 2014 s42 (the enquiry duty: reasonable cause to suspect that an adult with
// needs for care and support is experiencing or at risk of abuse or neglect and as a result of
// those needs is unable to protect themselves; the council makes, or causes to be made, the
// enquiries it thinks necessary and decides what action to take); Care and Support Statutory
// Guidance ch. 14 (14.15 Making Safeguarding Personal, 14.17 types of abuse). The law sets no
// period for the decision or the enquiry: local multi-agency procedures do, so both periods are
// in the configuration (`safeguardingDecisionWorkingDays`, `safeguardingEnquiryPeriod`).

/// The rules of safeguarding concerns (Care Act 2014 s42).
public enum SafeguardingRules {
    /// The source cited by refusals and findings.
    public static let source = "Care Act 2014 s42"

    /// True when the s42 enquiry duty applies: all three conditions of s42(1) hold.
    public static func dutyApplies(_ d: SafeguardingDutyDecided) -> Bool {
        d.hasCareAndSupportNeeds && d.experiencingOrAtRiskOfAbuseOrNeglect && d.unableToProtectThemselves
    }

    /// The conditions of s42(1) found not to hold, in words (empty when all hold).
    public static func conditionsNotMet(_ d: SafeguardingDutyDecided) -> [String] {
        var out: [String] = []
        if !d.hasCareAndSupportNeeds { out.append("no needs for care and support") }
        if !d.experiencingOrAtRiskOfAbuseOrNeglect { out.append("not experiencing or at risk of abuse or neglect") }
        if !d.unableToProtectThemselves { out.append("able to protect themselves") }
        return out
    }

    /// The refusal of a decision whose `dutyApplies` does not follow from its three answers, or
    /// nil when it does.
    public static func testBreach(_ d: SafeguardingDutyDecided, person: String) -> Rejection? {
        let follows = dutyApplies(d)
        guard d.dutyApplies != follows else { return nil }
        if d.dutyApplies {
            return Rejection(.safeguardingDutyTest,
                "concern \(d.concernId) about \(person) cannot be found to meet the s42 duty: \(conditionsNotMet(d).joined(separator: "; ")); the duty applies only when all three conditions hold", source: "\(source)(1)")
        }
        return Rejection(.safeguardingDutyTest,
            "concern \(d.concernId) about \(person) meets all three conditions, so the s42 duty applies: the council must make, or cause to be made, an enquiry", source: "\(source)(1)-(2)")
    }

    /// The day by which the decision whether the s42 duty applies is due: the configured working
    /// days after the concern was received.
    public static func decisionDue(_ r: SafeguardingRecord, _ config: Configuration) -> CalendarDate {
        config.adding(workingDays: config.safeguardingDecisionWorkingDays, to: r.raised.metadata.effectiveDate)
    }

    /// The day by which the outcome of the enquiry is due: the configured period after the
    /// enquiry started; nil before an enquiry starts.
    public static func outcomeDue(_ r: SafeguardingRecord, _ config: Configuration) -> CalendarDate? {
        r.enquiry.map { config.safeguardingEnquiryPeriod.after($0.metadata.effectiveDate) }
    }

    /// True when the duty was found to apply and no enquiry is recorded.
    public static func enquiryMissing(_ r: SafeguardingRecord) -> Bool {
        guard let d = r.decision, d.dutyApplies else { return false }
        return r.enquiry == nil
    }

    /// The outcomes the person wanted from the enquiry that the outcome does not answer.
    public static func unansweredOutcomes(_ r: SafeguardingRecord, _ o: SafeguardingOutcomeRecorded) -> [String] {
        let answered = Set(o.desiredOutcomes.map { $0.outcome.trimmed })
        return (r.enquiry?.desiredOutcomes ?? []).filter { !answered.contains($0.trimmed) }
    }
}

extension String {
    /// The string without leading and trailing spaces and newlines.
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\n" || l == "\t" { s.removeLast() }
        return String(s)
    }
}
