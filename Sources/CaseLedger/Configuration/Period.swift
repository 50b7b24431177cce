/// A length of time counted in calendar days, weeks or months, for configured intervals.
public enum Period: Hashable, Sendable, CustomStringConvertible {
    /// A number of calendar days.
    case days(Int)
    /// A number of weeks.
    case weeks(Int)
    /// A number of calendar months (same day, or the month's last day).
    case months(Int)
    // issue 17: retention
    /// A number of years (12 calendar months each), for retention periods.
    case years(Int)

    /// The date this period after `date`.
    public func after(_ date: CalendarDate) -> CalendarDate {
        switch self {
        case .days(let n): date.adding(days: n)
        case .weeks(let n): date.adding(weeks: n)
        case .months(let n): date.adding(months: n)
        case .years(let n): date.adding(months: 12 * n)
        }
    }

    /// "6 weeks", "12 months", "1 day".
    public var description: String {
        func plural(_ n: Int, _ unit: String) -> String { "\(n) \(unit)\(n == 1 ? "" : "s")" }
        switch self {
        case .days(let n): return plural(n, "day")
        case .weeks(let n): return plural(n, "week")
        case .months(let n): return plural(n, "month")
        case .years(let n): return plural(n, "year")
        }
    }
}
