import CaseLedger
import Testing

/// UK time (Europe/London) without a time-zone database: BST from 01:00 UTC on the last Sunday of
/// March to 01:00 UTC on the last Sunday of October, checked at the switch instants; and the one
/// meaning of a bare date given as a time (the end of that day in UK time).
@Suite struct UKTimeTests {
    private func t(_ text: String) -> Timestamp { Timestamp(rfc3339: text)! }

    @Test(arguments: [
        (2026, 3, "2026-03-29"), (2026, 10, "2026-10-25"), (2025, 3, "2025-03-30"), (2025, 10, "2025-10-26"),
        (2024, 3, "2024-03-31"), (2024, 10, "2024-10-27"), (2027, 3, "2027-03-28"), (2027, 10, "2027-10-31"),
    ])
    func theClocksChangeOnTheLastSunday(year: Int, month: Int, expected: String) {
        #expect(UKTime.lastSunday(year: year, month: month).iso == expected)
    }

    @Test func summerTimeBeginsAtOneOClockUTCOnTheLastSundayOfMarch() {
        #expect(!UKTime.isSummerTime(t("2026-03-29T00:59:59.999999Z")))
        #expect(UKTime.isSummerTime(t("2026-03-29T01:00:00Z")))
        #expect(UKTime.words(t("2026-03-29T00:59:59Z")) == "29 March 2026, 00:59:59 GMT")
        #expect(UKTime.words(t("2026-03-29T01:00:00Z")) == "29 March 2026, 02:00 BST")
    }

    @Test func summerTimeEndsAtOneOClockUTCOnTheLastSundayOfOctober() {
        #expect(UKTime.isSummerTime(t("2026-10-25T00:59:59.999999Z")))
        #expect(!UKTime.isSummerTime(t("2026-10-25T01:00:00Z")))
        #expect(UKTime.words(t("2026-10-25T00:59:59Z")) == "25 October 2026, 01:59:59 BST")
        #expect(UKTime.words(t("2026-10-25T01:00:00Z")) == "25 October 2026, 01:00 GMT")
    }

    @Test func winterIsGreenwichMeanTime() {
        #expect(UKTime.words(t("2026-01-15T09:30:00Z")) == "15 January 2026, 09:30 GMT")
        #expect(UKTime.stamp(t("2026-12-31T23:59:59Z")) == "2026-12-31 23:59:59 GMT")
    }

    @Test func aLateEveningInSummerIsTheNextDayInEngland() {
        let instant = t("2026-06-01T23:30:00Z")
        #expect(UKTime.date(instant).iso == "2026-06-02")
        #expect(UKTime.stamp(instant) == "2026-06-02 00:30:00 BST")
        #expect(UKTime.stamp(t("2026-06-01T23:30:00.000250Z")) == "2026-06-02 00:30:00.000250 BST")
    }

    @Test func aDayStartsAtUKMidnight() {
        #expect(UKTime.startOfDay(CalendarDate("2026-06-02")!) == t("2026-06-01T23:00:00Z"))
        #expect(UKTime.startOfDay(CalendarDate("2026-01-02")!) == t("2026-01-02T00:00:00Z"))
        // The switch days start in the old zone: the clocks change at 01:00 UTC.
        #expect(UKTime.startOfDay(CalendarDate("2026-03-29")!) == t("2026-03-29T00:00:00Z"))
        #expect(UKTime.startOfDay(CalendarDate("2026-03-30")!) == t("2026-03-29T23:00:00Z"))
        #expect(UKTime.startOfDay(CalendarDate("2026-10-25")!) == t("2026-10-24T23:00:00Z"))
        #expect(UKTime.startOfDay(CalendarDate("2026-10-26")!) == t("2026-10-26T00:00:00Z"))
    }

    @Test func aBareDateMeansTheEndOfThatDayInUKTime() {
        #expect(UKTime.instant("2026-06-02") == t("2026-06-02T22:59:59.999999Z"))
        #expect(UKTime.instant("2026-01-02") == t("2026-01-02T23:59:59.999999Z"))
        // The day the clocks go forward has 23 hours; the day they go back, 25.
        #expect(UKTime.instant("2026-03-29") == t("2026-03-29T22:59:59.999999Z"))
        #expect(UKTime.instant("2026-10-25") == t("2026-10-25T23:59:59.999999Z"))
    }

    @Test func aFullTimeIsThatInstantAndAnythingElseIsNothing() {
        #expect(UKTime.instant("2026-06-02T09:30:00Z") == t("2026-06-02T09:30:00Z"))
        #expect(UKTime.instant("2026-06-02T09:30:00+01:00") == nil)
        #expect(UKTime.instant("2026-02-30") == nil)
        #expect(UKTime.instant("2 June 2026") == nil)
        #expect(UKTime.instant("") == nil)
    }
}
