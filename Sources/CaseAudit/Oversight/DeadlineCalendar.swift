import CaseLedger

/// Deadline arithmetic, in one place: working days (weekends and the configured bank holidays
/// are not working days), calendar months (the same day of the month, or the month's last day
/// when it has no such day: 31 January + 1 month = 28 or 29 February), weeks and days, and how a
/// due date stands on a given day.
///
/// Every interval comes from the configuration in force; the calendar holds only the
/// non-working days.
public struct DeadlineCalendar: Hashable, Sendable {
    /// Bank holidays and other days that are not working days (weekends never are).
    public var nonWorkingDays: Set<CalendarDate>

    /// A calendar with these non-working days besides weekends.
    public init(nonWorkingDays: Set<CalendarDate> = []) {
        self.nonWorkingDays = nonWorkingDays
    }

    /// The calendar of a configuration: its bank holidays.
    public init(_ configuration: Configuration) {
        self.init(nonWorkingDays: configuration.nonWorkingDays)
    }

    /// True when `date` is neither a Saturday, a Sunday nor a configured non-working day.
    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        Configuration.isWorkingDay(date, nonWorkingDays: nonWorkingDays)
    }

    /// The date `n` working days after `date`: the first working day after `date` is day 1, so
    /// a complaint received on a Friday with 3 working days to acknowledge is due on Wednesday,
    /// and one received on a Saturday the same Wednesday. `date` itself when `n` is 0 or less.
    /// (`Configuration.adding(workingDays:to:nonWorkingDays:)`.)
    public func adding(workingDays n: Int, to date: CalendarDate) -> CalendarDate {
        Configuration.adding(workingDays: n, to: date, nonWorkingDays: nonWorkingDays)
    }

    /// The date `period` after `date`; months clamp to the month's last day (29 February 2024
    /// + 12 months = 28 February 2025). (`Period.after(_:)`.)
    public func adding(_ period: Period, to date: CalendarDate) -> CalendarDate {
        period.after(date)
    }

    /// How a deadline due on `due` stands on `today`: overdue by the days since it fell due,
    /// due today, or due in the days left.
    public func status(of due: CalendarDate, on today: CalendarDate) -> DeadlineStatus {
        let left = today.days(until: due)
        if left < 0 { return .overdue(days: -left) }
        return left == 0 ? .dueToday : .dueIn(days: left)
    }
}
