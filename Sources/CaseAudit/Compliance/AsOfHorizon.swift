import CaseLedger

/// The dates a compliance check compared its `asOf` with ("was this due before the day missing
/// steps count to?"), gathered while the rules run, so the findings can be known to stand for
/// every other `asOf` on the same side of each of those dates — the oversight projection then
/// judges a case again for a new day only when the day crosses one of them.
///
/// Used by one thread at a time (the rules run one case at a time); `@unchecked Sendable` so a
/// `ComplianceInput` holding it stays `Sendable`.
public final class AsOfHorizon: @unchecked Sendable {
    /// The `asOf` the rules ran with.
    public let asOf: CalendarDate
    /// The latest date compared that `asOf` is after.
    public private(set) var latestPassed: CalendarDate?
    /// The earliest date compared that `asOf` is not after.
    public private(set) var earliestAhead: CalendarDate?

    /// A horizon for rules run with `asOf`.
    public init(asOf: CalendarDate) { self.asOf = asOf }

    /// True when `asOf` is after `due`, noting the comparison.
    func isPast(_ due: CalendarDate) -> Bool {
        if asOf > due {
            if latestPassed.map({ due > $0 }) ?? true { latestPassed = due }
            return true
        }
        if earliestAhead.map({ due < $0 }) ?? true { earliestAhead = due }
        return false
    }

    /// True when findings counted to `other` would be the same: `other` is after every date
    /// `asOf` is after, and not after any date `asOf` is not after.
    public func holds(for other: CalendarDate) -> Bool {
        (latestPassed.map { other > $0 } ?? true) && (earliestAhead.map { other <= $0 } ?? true)
    }
}
