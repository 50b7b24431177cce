/// A day in the proleptic Gregorian calendar with no time of day or zone, written `YYYY-MM-DD`.
///
/// Effective dates (the day a decision takes effect) are calendar dates; recorded times are
/// `Timestamp`s. Two dates compare in calendar order, and the text form sorts the same way.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let daysSinceEpoch: Int64

    /// The date `daysSinceEpoch` days after 1970-01-01.
    public init(daysSinceEpoch: Int64) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// The date with this year, month (1–12) and day; nil for impossible dates such as 30 February.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            Int64(day) <= Timestamp.daysInMonth(year: Int64(year), month: Int64(month))
        else { return nil }
        daysSinceEpoch = Timestamp.daysFromCivil(Int64(year), Int64(month), Int64(day))
    }

    /// Parses exactly `YYYY-MM-DD`; nil for any other text or an impossible date.
    public init?(_ text: String) {
        // Read the UTF-8 in place (no copy into an array: dates are parsed for every event).
        self.init(utf8: text.utf8.span)
    }

    /// Parses exactly `YYYY-MM-DD` from UTF-8 bytes, as `init?(_:)` parses the same text.
    public init?(utf8 b: Span<UInt8>) {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        // Straight-line, each byte read once (dates are parsed for every event): a digit's value
        // is its byte less "0", and any other byte wraps to 10 or more.
        let y0 = b[0] &- 0x30, y1 = b[1] &- 0x30, y2 = b[2] &- 0x30, y3 = b[3] &- 0x30
        let m0 = b[5] &- 0x30, m1 = b[6] &- 0x30, d0 = b[8] &- 0x30, d1 = b[9] &- 0x30
        guard y0 < 10, y1 < 10, y2 < 10, y3 < 10, m0 < 10, m1 < 10, d0 < 10, d1 < 10 else { return nil }
        let year = ((Int(y0) * 10 + Int(y1)) * 10 + Int(y2)) * 10 + Int(y3)
        self.init(year: year, month: Int(m0) * 10 + Int(m1), day: Int(d0) * 10 + Int(d1))
    }

    /// The UTC calendar date of an instant (the ledger's recorded times are UTC).
    public init(_ instant: Timestamp) {
        let micros = instant.microsecondsSinceEpoch
        var days = micros / 86_400_000_000
        if micros % 86_400_000_000 < 0 { days -= 1 }
        daysSinceEpoch = days
    }

    /// The year, e.g. 2026.
    public var year: Int { Int(Timestamp.civilFromDays(daysSinceEpoch).0) }
    /// The month, 1–12.
    public var month: Int { Int(Timestamp.civilFromDays(daysSinceEpoch).1) }
    /// The day of the month, 1–31.
    public var day: Int { Int(Timestamp.civilFromDays(daysSinceEpoch).2) }

    /// The `YYYY-MM-DD` form.
    public var iso: String {
        let (y, m, d) = Timestamp.civilFromDays(daysSinceEpoch)
        func pad(_ v: Int64, _ width: Int) -> String {
            let s = String(v)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// The `YYYY-MM-DD` form.
    public var description: String { iso }

    // issue 15: voice — dates as a person reads them, in refusals and findings.
    /// The months' names, January first.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// "3 June 2026": the day, the month's name and the year, as a person reads a date.
    public var words: String {
        let (y, m, d) = Timestamp.civilFromDays(daysSinceEpoch)
        return "\(d) \(CalendarDate.monthNames[Int(m) - 1]) \(y)"
    }

    /// Midnight UTC at the start of this day.
    public var startOfDay: Timestamp {
        Timestamp(microsecondsSinceEpoch: daysSinceEpoch * 86_400_000_000)
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + Int64(days))
    }

    /// The date `weeks` weeks later (earlier when negative).
    public func adding(weeks: Int) -> CalendarDate { adding(days: 7 * weeks) }

    /// The same day `months` months later (earlier when negative); a day past the end of the
    /// target month becomes its last day (31 January + 1 month = 28 or 29 February).
    public func adding(months: Int) -> CalendarDate {
        let (y, m, d) = Timestamp.civilFromDays(daysSinceEpoch)
        let total = y * 12 + (m - 1) + Int64(months)
        let ny = total >= 0 ? total / 12 : (total - 11) / 12
        let nm = total - ny * 12 + 1
        let nd = min(d, Timestamp.daysInMonth(year: ny, month: nm))
        return CalendarDate(daysSinceEpoch: Timestamp.daysFromCivil(ny, nm, nd))
    }

    /// Whole days from this date to `other` (negative when `other` is earlier).
    public func days(until other: CalendarDate) -> Int {
        Int(other.daysSinceEpoch - daysSinceEpoch)
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday.allCases[Int(index)]
    }

    /// True when `a` is the earlier day.
    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        a.daysSinceEpoch < b.daysSinceEpoch
    }
}

/// A day of the week, Monday first (the UK convention).
public enum Weekday: String, CaseIterable, Sendable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// True for Saturday and Sunday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }
}
