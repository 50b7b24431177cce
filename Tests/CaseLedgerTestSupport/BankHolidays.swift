import CaseLedger

/// England and Wales bank holidays 2026 and New Year's Day 2027 (Boxing Day 2026 is a Saturday:
/// the substitute day is Monday 28 December).
public let englandBankHolidays: Set<CalendarDate> = Set([
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28", "2027-01-01",
].map(day))
