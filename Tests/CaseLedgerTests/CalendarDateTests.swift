import Testing

@testable import CaseLedger

@Suite("Calendar dates and money")
struct CalendarDateTests {
    @Test("a date reads and writes YYYY-MM-DD and refuses impossible dates")
    func parsing() {
        #expect(CalendarDate("2026-02-28")?.iso == "2026-02-28")
        #expect(CalendarDate("2026-02-29") == nil)
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2026-4-01") == nil)
        #expect(CalendarDate("2026-04-01T00:00:00Z") == nil)
    }

    @Test("adding months keeps the day or falls back to the month's last day")
    func addingMonths() {
        let d = CalendarDate("2026-01-31")!
        #expect(d.adding(months: 1).iso == "2026-02-28")
        #expect(d.adding(months: 12).iso == "2027-01-31")
        #expect(d.adding(months: -2).iso == "2025-11-30")
        #expect(CalendarDate("2026-04-01")!.adding(weeks: 6).iso == "2026-05-13")
    }

    @Test("weekdays follow the calendar")
    func weekdays() {
        #expect(CalendarDate("1970-01-01")!.weekday == .thursday)
        #expect(CalendarDate("2026-04-06")!.weekday == .monday)
        #expect(CalendarDate("2026-04-05")!.weekday.isWeekend)
    }

    @Test("the date of an instant is its UTC date")
    func dateOfInstant() {
        #expect(CalendarDate(Timestamp(rfc3339: "2026-04-01T23:59:59Z")!).iso == "2026-04-01")
        #expect(CalendarDate(Timestamp(rfc3339: "1969-12-31T23:00:00Z")!).iso == "1969-12-31")
    }

    @Test("money is written in pounds and pence", arguments: [
        (Money(pence: 2340), "£23.40"), (Money(pence: 5), "£0.05"),
        (Money(pence: 125_000), "£1,250.00"), (Money(pence: -305), "-£3.05"),
        (Money(pence: 2_325_000), "£23,250.00"),
    ])
    func moneyFormatting(amount: Money, text: String) {
        #expect(amount.description == text)
    }
}
