/// When reviews fall due (s27 and statutory guidance; Direct Payments Regulations 2014).
public struct ReviewIntervals: Hashable, Sendable {
    /// After a new or changed plan is signed off (guidance: 6–8 weeks).
    public var newOrChangedPlan: Period
    /// After a new direct payment starts (within the first 6 months).
    public var newDirectPayment: Period
    /// Every plan and contribution at least this often (12 months).
    public var routine: Period

    /// Intervals; the defaults are 6 weeks, 6 months and 12 months.
    public init(
        newOrChangedPlan: Period = .weeks(6), newDirectPayment: Period = .months(6),
        routine: Period = .months(12)
    ) {
        self.newOrChangedPlan = newOrChangedPlan
        self.newDirectPayment = newDirectPayment
        self.routine = routine
    }
}
