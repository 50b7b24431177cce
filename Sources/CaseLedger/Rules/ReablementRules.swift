// issue 15: carers (weekly reablement progress)
// The weeks of a period of reablement and the progress due in each: the one home of the rule, used
// by `decide` (refusing progress outside a running period), the caseload (the progress due this
// week, the free period's end coming), the compliance check (weeks with none) and the trail.

/// One week (one configured progress interval) of a period of reablement.
public struct ReablementWeek: Hashable, Sendable {
    /// 1 for the period's first week.
    public var number: Int
    /// The week's first day.
    public var from: CalendarDate
    /// The week's last day: progress for the week is due by then.
    public var until: CalendarDate
}

/// The rules of reablement progress.
///
/// Source: Wiltshire SDS policy 2014 ("initial support can be offered free for up to 6 weeks, with
/// progress monitored on a weekly basis"); Cheshire East personalisation policy 2012 (the same);
/// Care and Support (Charging and Assessment of Resources) Regulations 2014 reg 3 (free for up to
/// 6 weeks). The interval is `Configuration.reablementProgressInterval`.
public enum ReablementRules {
    /// The week of `period` that `date` falls in, nil when the period was not running on
    /// `date`: before it started, or after the day it ended.
    public static func week(of period: ReablementPeriod, on date: CalendarDate, interval: Period) -> ReablementWeek? {
        let start = period.started.metadata.effectiveDate
        guard start <= date else { return nil }
        if let end = period.ended?.metadata.effectiveDate, date > end { return nil }
        var from = start
        var n = 1
        while true {
            let next = interval.after(from)
            if date < next { return ReablementWeek(number: n, from: from, until: next.adding(days: -1)) }
            from = next
            n += 1
        }
    }

    /// The weeks of `period` that ended before it did (or before `asOf` while it runs) with no
    /// progress recorded for them, in order: a week whose last day is the period's last day or
    /// later (the end is its own record) or `asOf` or later (not over yet) is not yet due.
    public static func weeksWithoutProgress(_ period: ReablementPeriod, interval: Period, asOf: CalendarDate) -> [ReablementWeek] {
        let cutoff = period.ended?.metadata.effectiveDate ?? asOf
        var out: [ReablementWeek] = []
        var from = period.started.metadata.effectiveDate
        var n = 1
        while true {
            let next = interval.after(from)
            let until = next.adding(days: -1)
            guard until < cutoff else { break }
            let week = ReablementWeek(number: n, from: from, until: until)
            if !hasProgress(period, in: week) { out.append(week) }
            from = next
            n += 1
        }
        return out
    }

    /// True when progress of `period` is recorded with an effective date within `week` (by date,
    /// so a week counts under the interval judged even if another was configured when the
    /// progress was recorded).
    static func hasProgress(_ period: ReablementPeriod, in week: ReablementWeek) -> Bool {
        period.progress.contains { week.from <= $0.metadata.effectiveDate && $0.metadata.effectiveDate <= week.until }
    }

    /// The progress next due while `period` runs on `today`: the earliest week up to this one
    /// with no progress recorded, or next week when every week so far has its progress; nil
    /// when the period has ended.
    public static func nextProgressDue(_ period: ReablementPeriod, interval: Period, on today: CalendarDate) -> ReablementWeek? {
        guard period.isActive else { return nil }
        if let missed = weeksWithoutProgress(period, interval: interval, asOf: today).first { return missed }
        let start = period.started.metadata.effectiveDate
        guard let current = week(of: period, on: max(today, start), interval: interval) else { return nil }
        if !hasProgress(period, in: current) { return current }
        return week(of: period, on: current.until.adding(days: 1), interval: interval)
    }
}
