import CaseLedger

// issue 14: corrections
extension Words {
    /// What a weekly figure is, in words.
    static func figure(_ f: BackPayment.Figure) -> String {
        switch f {
        case .contribution: "the person's weekly contribution"
        case .councilContribution: "the council's part of the personal budget"
        }
    }

    /// What is owed for the weeks already past, and by whom: "a refund of £32.80 owed to the
    /// person", "arrears of £40.00 owed by the council".
    static func owed(_ b: BackPayment) -> String {
        let d = b.difference
        guard !d.isOutOfRange else { return "a sum too large to work out: the figures recorded are out of range" }
        let amount = Money(pence: abs(d.pence))  // within ±largestPence: never Int64.min
        if d.pence == 0 { return "nothing owed overall" }
        switch (b.figure, d.pence > 0) {
        case (.councilContribution, true): return "arrears of \(amount) owed by the council"
        case (.councilContribution, false): return "an overpayment of \(amount) by the council"
        case (.contribution, true): return "arrears of \(amount) owed by the person"
        case (.contribution, false): return "a refund of \(amount) owed to the person"
        }
    }

    /// One back payment as a sentence of the trail and `explain`: "Weeks already past: over the 8
    /// whole weeks from 6 April 2026 to 1 June 2026 (when this was recorded), the person's weekly
    /// contribution comes to £140.00 instead of £207.20: a refund of £67.20 owed to the person (…)."
    static func backPayment(_ b: BackPayment) -> String {
        let sums = b.before.isOutOfRange || b.after.isOutOfRange ? "changes" : "comes to \(b.after) instead of \(b.before)"
        return "Weeks already past: over the \(count(b.weeks, "whole week")) from \(date(b.from)) to \(date(b.recordedOn)) (when this was recorded), \(figure(b.figure)) \(sums): \(owed(b)) (Care Act 2014 s69; Care and Support Statutory Guidance annex D)."
    }
}
