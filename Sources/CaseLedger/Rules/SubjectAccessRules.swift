// When a subject access request must be answered: the one home of the deadline, used by `decide`
// (an extension only within the first month), the caseload (what is due) and the compliance check
// (answers that came late).
//
// Sources: UK GDPR Art 12(3) (without undue delay and in any event within one month of receipt,
// extendable by two further months where necessary, taking into account the complexity and
// number of requests, the requester told of any extension within one month with the reasons) and
// Art 15; ICO guidance on the right of access ("Time limits": the period runs from the day of
// receipt to the corresponding calendar date in the next month, or the last day of that month
// where there is no corresponding date; where that day is a weekend or bank holiday, the next
// working day); the Data (Use and Access) Act 2025 (the clock stops while the council waits for
// the requester's clarification) [check]: configured, `subjectAccessClarificationPausesClock`.

/// The deadlines of a subject access request.
public enum SubjectAccessRules {
    /// The source cited by refusals and findings.
    public static let source = "UK GDPR Art 12(3)"

    /// `date` or, when it is not a working day, the next working day.
    static func workingDayOnOrAfter(_ date: CalendarDate, _ config: Configuration) -> CalendarDate {
        var d = date
        while !config.isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// The days the clock stood still while clarification was awaited, counted until `date` for
    /// a clarification still awaited; 0 when the configuration does not pause the clock.
    public static func pausedDays(_ r: SubjectAccessRecord, until date: CalendarDate, _ config: Configuration) -> Int {
        guard config.subjectAccessClarificationPausesClock else { return 0 }
        return r.clarifications.reduce(0) { sum, c in
            let from = c.sought.metadata.effectiveDate
            let to = c.received?.metadata.effectiveDate ?? date
            return sum + max(0, from.days(until: to))
        }
    }

    /// The end of `period` (or of `period` and `extension` together) from `received`: months are
    /// added together, so a request received on 31 January and extended is due on 30 April (three
    /// months), not 28 April (two months after 28 February).
    static func end(of period: Period, extendedBy more: Period?, from received: CalendarDate) -> CalendarDate {
        guard let more else { return period.after(received) }
        if case .months(let a) = period, case .months(let b) = more { return received.adding(months: a + b) }
        return more.after(period.after(received))
    }

    /// The day the answer is due: one month from receipt (the corresponding date next month, or
    /// that month's last day), with the further two months when extended, moved on by the days
    /// the clock stood still for clarification, and to the next working day when it falls on a
    /// weekend or bank holiday. Nil while clarification is awaited (the clock is stopped) when
    /// the configuration pauses it.
    public static func due(_ r: SubjectAccessRecord, _ config: Configuration, extended: Bool? = nil) -> CalendarDate? {
        if r.awaitingClarification && config.subjectAccessClarificationPausesClock { return nil }
        return dueIgnoringAwaited(r, config, extended: extended, asOf: r.received.metadata.effectiveDate)
    }

    /// The due date as if the clock ran again on `asOf` for a clarification still awaited.
    static func dueIgnoringAwaited(_ r: SubjectAccessRecord, _ config: Configuration, extended: Bool?, asOf: CalendarDate) -> CalendarDate {
        let received = r.received.metadata.effectiveDate
        let isExtended = extended ?? (r.extended != nil)
        let base = end(of: config.subjectAccessResponsePeriod, extendedBy: isExtended ? config.subjectAccessExtensionPeriod : nil, from: received)
        let paused = pausedDays(r, until: max(asOf, received), config)
        return workingDayOnOrAfter(base.adding(days: paused), config)
    }

    /// The day the answer was due before any extension: an extension must be made by then.
    public static func firstMonthDue(_ r: SubjectAccessRecord, _ config: Configuration, asOf: CalendarDate) -> CalendarDate {
        dueIgnoringAwaited(r, config, extended: false, asOf: asOf)
    }

    /// True when the answer came after the day it was due.
    public static func answeredLate(_ r: SubjectAccessRecord, _ config: Configuration) -> Bool {
        guard let answer = r.answer, let due = due(r, config) else { return false }
        return answer.metadata.effectiveDate > due
    }
}
