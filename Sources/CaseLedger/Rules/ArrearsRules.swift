// issue 14: corrections
// What a decision that changes money over weeks already past leaves owed: the one home of the
// arrears and refund arithmetic, used by the trail (each back-dated decision or correction
// states it) and `explain`.
//
// Weeks. A weekly figure is charged or paid by the week. The weeks already past when a change
// is recorded are the whole weeks from the first day the change affects (its effective date; for
// a correction, the earlier of the corrected and the superseded effective dates) to the day it
// is recorded (UTC): week k runs from `from + 7k` for 7 days, and counts only when it ended by
// the recording day; each week is charged at the figure in force on its first day, before and
// after the change. A week still running when the change is recorded is charged at the new
// figure in the ordinary way, and is not arrears.

/// The money one weekly figure comes to over the weeks already past, before and after a change.
public struct BackPayment: Hashable, Sendable {
    /// Which weekly figure.
    public enum Figure: String, Hashable, Sendable, CaseIterable {
        /// The person's assessed weekly contribution (financial assessment); the full cost when
        /// they pay it: the personal budget in force.
        case contribution
        /// The council's part of the personal budget. (The person's part is their assessed
        /// contribution by rule, so its change is the contribution's, stated once.)
        case councilContribution
    }

    /// The figure.
    public var figure: Figure
    /// The first day of the first week.
    public var from: CalendarDate
    /// The day the change was recorded.
    public var recordedOn: CalendarDate
    /// Whole weeks from `from` to `recordedOn`.
    public var weeks: Int
    /// The figure summed over those weeks as it stood before the change (`Money.outOfRange`
    /// when the sum is beyond what money can hold: `Money`'s arithmetic is checked).
    public var before: Money
    /// The same after the change.
    public var after: Money

    /// A back payment of `figure` over `weeks` whole weeks from `from` to `recordedOn`.
    public init(figure: Figure, from: CalendarDate, recordedOn: CalendarDate, weeks: Int, before: Money, after: Money) {
        (self.figure, self.from, self.recordedOn, self.weeks) = (figure, from, recordedOn, weeks)
        (self.before, self.after) = (before, after)
    }

    /// `after − before`: what is owed for the weeks past (positive: more was due than charged
    /// or paid); `Money.outOfRange` when either sum, or the difference, is beyond what money can
    /// hold.
    public var difference: Money { after - before }
}

/// The arithmetic of arrears and refunds.
///
/// Source: Care Act 2014 s14 and s69 (charges, and the recovery of sums due); Care and Support
/// (Charging and Assessment of Resources) Regulations 2014 (the weekly contribution); Care and
/// Support Statutory Guidance chapter 8 (charging and financial assessment) and annex D (recovery
/// of debts).
public enum ArrearsRules {
    /// Whole weeks from `from` to `to` (none when `to` is not after `from`).
    public static func wholeWeeks(from: CalendarDate, to: CalendarDate) -> Int {
        max(from.days(until: to), 0) / 7
    }

    /// The weekly figure `figure` in force on `date` in `state` (nothing in force: zero).
    public static func weekly(_ figure: BackPayment.Figure, in state: CaseState, on date: CalendarDate) -> Money {
        let budget = state.personalBudget.value(on: date)
        switch figure {
        case .contribution:
            guard let fa = state.contributions.value(on: date) else { return .zero }
            return fa.paysFullCost ? budget?.weeklyTotal ?? .zero : fa.weeklyContribution
        case .councilContribution: return budget?.weeklyCouncilContribution ?? .zero
        }
    }

    /// Each weekly figure that a change (the case `before` it and `after` it) alters over the
    /// whole weeks from `from` to `recordedOn`, summed before and after with `Money`'s checked arithmetic.
    /// Empty when no week has passed or nothing changed.
    public static func backPayments(before: CaseState, after: CaseState, from: CalendarDate, recordedOn: CalendarDate) -> [BackPayment] {
        let weeks = wholeWeeks(from: from, to: recordedOn)
        guard weeks > 0 else { return [] }
        return BackPayment.Figure.allCases.compactMap { figure in
            var was = Money.zero, now = Money.zero
            var changed = false
            for k in 0..<weeks {
                let day = from.adding(weeks: k)
                let a = weekly(figure, in: before, on: day), b = weekly(figure, in: after, on: day)
                if a != b { changed = true }
                was = was + a
                now = now + b
            }
            guard changed else { return nil }
            return BackPayment(figure: figure, from: from, recordedOn: recordedOn, weeks: weeks, before: was, after: now)
        }
    }

    /// The back payments of `event`, folded into `before` to give `after`: from the first day it
    /// affects (for a correction, the earlier of the corrected effective date and that of the
    /// event it supersedes, as it stood) to the day it was recorded.
    public static func backPayments(of event: RecordedCaseEvent, before: CaseState, after: CaseState) -> [BackPayment] {
        var from = event.effectiveDate
        if event.kind == .eventCorrected, case .eventCorrected(let c) = event.event {
            from = c.corrected.metadata.effectiveDate
            if let superseded = CaseState.effectiveEvents(before.history).first(where: { $0.id == c.supersedes }) {
                from = min(from, superseded.effectiveDate)
            }
        }
        return backPayments(before: before, after: after, from: from, recordedOn: CalendarDate(event.recordedAt))
    }
}
