// issue 14: h-limits — what every case decision's record must hold: a window for effective
// dates, and a customer's name on the referral. Used by `decide` (checkCommon, receiveReferral).

/// The dates a case decision may take effect on, around the day it is recorded.
///
/// Why: an effective date says from when a decision applies — a contribution, a budget, an
/// eligibility — and every figure in force on a date is worked out from it. Back-dating is
/// allowed and common (a financial assessment recorded in May effective from 6 April, a legacy
/// history recorded today): so the window reaches back to 1 January 1900, before any person
/// receiving care today was born and before any council's records. Forward, a decision takes
/// effect at most a year after it is recorded (a charging year decided before April, a plan
/// agreed to start after a hospital stay); a date further ahead is a typing error (9999-12-31, a
/// wrong year) that would put the decision in force on no day anyone reads, and put a review due
/// date, a notice or a complaint deadline years out.
///
/// Source: Care Act 2014 s27 (plans are kept under review: a plan effective years ahead would
/// never be reviewed); Care and Support Statutory Guidance chapter 13 (reviews at least every 12
/// months); the ledger's own rule that effective dates may be back-dated (events/INVARIANTS.md
/// rule 9).
public enum EffectiveDateWindow {
    /// The earliest effective date: 1 January 1900.
    public static let earliest = CalendarDate(year: 1900, month: 1, day: 1)!

    /// How far after the decision date an effective date may fall: 366 days (a year, leap day
    /// included).
    public static let mostDaysAhead = 366

    /// The latest effective date for a decision recorded on `decisionDate`.
    public static func latest(decidedOn decisionDate: CalendarDate) -> CalendarDate {
        decisionDate.adding(days: mostDaysAhead)
    }

    /// True when `date` lies in the window for a decision recorded on `decisionDate`.
    public static func contains(_ date: CalendarDate, decidedOn decisionDate: CalendarDate) -> Bool {
        date >= earliest && date <= latest(decidedOn: decisionDate)
    }
}
