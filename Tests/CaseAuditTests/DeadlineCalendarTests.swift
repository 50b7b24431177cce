import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("Deadline arithmetic at the edges")
struct DeadlineCalendarTests {
    let calendar = DeadlineCalendar(nonWorkingDays: englandBankHolidays)

    @Test("a complaint acknowledgement due 3 working days after receipt skips weekends and bank holidays", arguments: [
        ("2026-03-13", "2026-03-18"),  // Friday: over the weekend to Wednesday
        ("2026-03-14", "2026-03-18"),  // received on a Saturday: Monday is day 1
        ("2026-03-16", "2026-03-19"),  // Monday, nothing in the way
        ("2026-04-02", "2026-04-09"),  // Thursday before Good Friday: over Easter to the Thursday after
        ("2026-05-22", "2026-05-28"),  // Friday before the spring bank holiday
        ("2026-12-23", "2026-12-30"),  // over Christmas Day and the substitute Boxing Day
        ("2026-12-30", "2027-01-05"),  // over New Year's Day and a weekend
    ])
    func acknowledgementAcrossNonWorkingDays(received: String, due: String) {
        #expect(calendar.adding(workingDays: 3, to: day(received)) == day(due))
    }

    @Test("without configured bank holidays only weekends are skipped")
    func onlyWeekendsWithoutBankHolidays() {
        #expect(DeadlineCalendar().adding(workingDays: 3, to: day("2026-04-02")) == day("2026-04-07"))
        #expect(DeadlineCalendar().isWorkingDay(day("2026-12-25")))
        #expect(!calendar.isWorkingDay(day("2026-12-25")))
        #expect(!calendar.isWorkingDay(day("2026-12-26")))
    }

    @Test("the calendar agrees with the domain's working-day count for every start day over Christmas",
          arguments: 0..<21)
    func agreesWithConfiguration(offset: Int) {
        let configuration = Configuration(chargingRateTables: [], nonWorkingDays: englandBankHolidays)
        let start = day("2026-12-18").adding(days: offset)
        for n in 0...5 {
            #expect(DeadlineCalendar(configuration).adding(workingDays: n, to: start) == configuration.adding(workingDays: n, to: start))
        }
    }

    @Test("months clamp to the end of the month and know leap years", arguments: [
        ("2024-01-31", Period.months(1), "2024-02-29"),  // 31 January + 1 month in a leap year
        ("2025-01-31", Period.months(1), "2025-02-28"),  // and in a common year
        ("2024-03-31", Period.months(1), "2024-04-30"),
        ("2024-02-29", Period.months(12), "2025-02-28"),  // 12 months from 29 February 2024
        ("2024-02-29", Period.months(48), "2028-02-29"),
        ("2023-08-31", Period.months(6), "2024-02-29"),  // a 6-month direct payment review into a leap February
        ("2024-02-29", Period.weeks(6), "2024-04-11"),  // a 29 February start, in weeks
        ("2025-12-31", Period.days(1), "2026-01-01"),
    ])
    func periods(start: String, period: Period, due: String) {
        #expect(calendar.adding(period, to: day(start)) == day(due))
    }

    @Test("a due date stands overdue, due today or due in days", arguments: [
        ("2026-05-07", DeadlineStatus.dueIn(days: 3)),
        ("2026-05-10", DeadlineStatus.dueToday),
        ("2026-05-11", DeadlineStatus.overdue(days: 1)),
        ("2026-05-13", DeadlineStatus.overdue(days: 3)),
    ])
    func status(on today: String, expected: DeadlineStatus) {
        #expect(calendar.status(of: day("2026-05-10"), on: day(today)) == expected)
    }
}
