// Keeps events/INVARIANTS.md rule 35: one meaning for a date given as a time, and UK time for people.
/// Time as people in England read it (Europe/London): Greenwich Mean Time in winter and British
/// Summer Time (one hour ahead) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
/// last Sunday of October (the Summer Time Act 1972 as amended by the Summer Time Order 2002,
/// which follows EU Directive 2000/84/EC). Pure arithmetic on recorded (UTC) instants, no system
/// time-zone database: the one home for UK local time, used by both executables and every report.
///
/// It also holds the one meaning of a bare date where a time is asked for (`--as-known-at`,
/// `diff --from/--to`): the END of that day in UK time, so "as known at 2 June" includes
/// everything recorded on 2 June as a person in England counts it.
public enum UKTime {
    static let microsecondsPerHour: Int64 = 3_600_000_000

    /// The last Sunday of `month` in `year` (the day the clocks change in March and October).
    public static func lastSunday(year: Int, month: Int) -> CalendarDate {
        let next = month == 12 ? CalendarDate(year: year + 1, month: 1, day: 1)! : CalendarDate(year: year, month: month + 1, day: 1)!
        var day = next.adding(days: -1)
        while day.weekday != .sunday { day = day.adding(days: -1) }
        return day
    }

    /// The instant BST begins in `year`: 01:00 UTC on the last Sunday of March.
    public static func summerTimeBegins(_ year: Int) -> Timestamp {
        Timestamp(microsecondsSinceEpoch: lastSunday(year: year, month: 3).startOfDay.microsecondsSinceEpoch + microsecondsPerHour)
    }

    /// The instant BST ends in `year`: 01:00 UTC on the last Sunday of October.
    public static func summerTimeEnds(_ year: Int) -> Timestamp {
        Timestamp(microsecondsSinceEpoch: lastSunday(year: year, month: 10).startOfDay.microsecondsSinceEpoch + microsecondsPerHour)
    }

    /// Whether British Summer Time is in force at `instant`.
    public static func isSummerTime(_ instant: Timestamp) -> Bool {
        let year = CalendarDate(instant).year
        return summerTimeBegins(year) <= instant && instant < summerTimeEnds(year)
    }

    /// The zone's short name at `instant`: "BST" or "GMT".
    public static func zone(_ instant: Timestamp) -> String { isSummerTime(instant) ? "BST" : "GMT" }

    /// `instant` moved to the UK wall clock: an instant whose UTC fields read as UK local time.
    static func wallClock(_ instant: Timestamp) -> Timestamp {
        Timestamp(microsecondsSinceEpoch: instant.microsecondsSinceEpoch + (isSummerTime(instant) ? microsecondsPerHour : 0))
    }

    /// The UK calendar date of `instant` (23:30 UTC on 1 June is 2 June in England).
    public static func date(_ instant: Timestamp) -> CalendarDate { CalendarDate(wallClock(instant)) }

    /// The first instant of `date` in the UK: its 00:00 GMT, or 00:00 BST (23:00 UTC the day before).
    /// Midnight is never skipped or repeated: the clocks change at 01:00 UTC.
    public static func startOfDay(_ date: CalendarDate) -> Timestamp {
        let year = date.year
        let summer = lastSunday(year: year, month: 3) < date && date <= lastSunday(year: year, month: 10)
        return Timestamp(microsecondsSinceEpoch: date.startOfDay.microsecondsSinceEpoch - (summer ? microsecondsPerHour : 0))
    }

    /// The last microsecond of `date` in the UK: what "as known at `date`" means.
    public static func endOfDay(_ date: CalendarDate) -> Timestamp {
        Timestamp(microsecondsSinceEpoch: startOfDay(date.adding(days: 1)).microsecondsSinceEpoch - 1)
    }

    /// What a person means by a time given on the command line: an RFC 3339 UTC time
    /// (`2026-06-02T09:30:00Z`) is that instant; a bare date (`2026-06-02`) is the end of that day
    /// in UK time (23:59:59.999999 BST or GMT). Nil for anything else.
    public static func instant(_ text: String) -> Timestamp? {
        if let date = CalendarDate(text) { return endOfDay(date) }
        guard text.count > 10 else { return nil }
        return Timestamp(rfc3339: text)
    }

    /// The words every `--help` uses for a TIME value, so both tools say the same.
    public static let timeHelp =
        "an RFC 3339 UTC time such as 2026-06-02T09:30:00Z, or a date such as 2026-06-02 meaning the end of that day in UK time"

    /// "2 June 2026, 18:00 BST": the UK wall-clock time with its zone (seconds, and any fraction,
    /// shown when not zero).
    public static func words(_ instant: Timestamp) -> String {
        let text = wallClock(instant).rfc3339
        let hm = text.dropFirst(11).prefix(5)
        let seconds = text.dropFirst(17).prefix(2)
        let fraction = text.dropFirst(20).prefix(6)
        let exact = seconds == "00" && fraction == "000000" ? "" : ":" + seconds + (fraction == "000000" ? "" : "." + fraction)
        return "\(date(instant).words), \(hm)\(exact) \(zone(instant))"
    }

    /// "2026-06-02 18:00:00 BST": the UK wall-clock time with its zone, in a fixed-width form for
    /// tables and CSV (microseconds shown when not zero).
    public static func stamp(_ instant: Timestamp) -> String {
        let text = wallClock(instant).rfc3339
        let fraction = text.dropFirst(20).prefix(6)
        return "\(text.prefix(10)) \(text.dropFirst(11).prefix(8))\(fraction == "000000" ? "" : "." + fraction) \(zone(instant))"
    }
}
