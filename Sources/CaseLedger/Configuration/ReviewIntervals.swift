/// When reviews fall due (s27 and statutory guidance; Direct Payments Regulations 2014).
public struct ReviewIntervals: Hashable, Sendable {
    /// After a new or changed plan's services start, the first review falls due (guidance: 6–8
    /// weeks; this is the start of the window, 6 weeks).
    public var newOrChangedPlan: Period
    /// After a new direct payment starts (within the first 6 months).
    public var newDirectPayment: Period
    /// Every plan and contribution at least this often (12 months).
    public var routine: Period
    // issue 15: charging (deadlines)
    /// After a new or changed plan's services start, the first review is late (the end of the
    /// guidance's window, 8 weeks). Nil: late from the day it falls due (`newOrChangedPlan`),
    /// which is what a configuration published before this figure existed meant.
    public var newOrChangedPlanLate: Period?

    /// Intervals; the defaults are 6 weeks (first review due from), 6 months and 12 months, and
    /// late after 8 weeks (Care and Support Statutory Guidance para 13.32 [check]: a review of a
    /// new or changed plan within 6–8 weeks of the service starting).
    public init(
        newOrChangedPlan: Period = .weeks(6), newDirectPayment: Period = .months(6),
        routine: Period = .months(12), newOrChangedPlanLate: Period? = .weeks(8)
    ) {
        self.newOrChangedPlan = newOrChangedPlan
        self.newDirectPayment = newDirectPayment
        self.routine = routine
        self.newOrChangedPlanLate = newOrChangedPlanLate
    }

    /// The period after which the first review of a new or changed plan is late: the configured
    /// end of the window, or the start when none is configured; never before the start.
    public var newOrChangedPlanLateAfter: Period { newOrChangedPlanLate ?? newOrChangedPlan }

    /// Where the first review's window comes from, in words a finding can quote.
    public static let firstReviewSource =
        "Care and Support Statutory Guidance para 13.32 [check] (a review of a new or changed plan 6–8 weeks after the service started)"
}
