// issue 14: h-limits — the limits on the figures a decision records, in their one home; used by
// `decide` (checkAmount, checkLines, sign-off) and by corrections through the same functions.

/// The largest figures a decision may record.
///
/// Why: every total the ledger works out (a plan's weekly cost, its annual cost, a personal
/// budget's split, the arrangements delivering it) must be exact and must fit in a ledger line,
/// whose integers stop at 2^53 − 1 pence (about £90 trillion). With at most `mostPlanLines` lines
/// of at most `largestAmount` each, a plan's weekly cost is at most £20,000,000,000 a week and
/// its annual cost fits many times over, so no sum or product of recorded figures can leave that
/// range. The limits are far above any real figure — the most expensive care packages in England
/// cost in the order of £1,000,000 a year, and a support plan runs to tens of lines — so a figure
/// beyond them is a typing error (pounds entered as pence, a pasted account number), refused with
/// the limit named.
///
/// Source: the ledger's format (events/FORMAT.md: integers within ±(2^53 − 1)); Care Act 2014
/// s25(1)(e), s26 (the plan states the personal budget, which is the cost of meeting the needs).
public enum AmountLimits {
    /// The most any one amount of money in a decision may be, and any total it states:
    /// £100,000,000.00 (10,000,000,000 pence).
    public static let largestAmount = Money(pence: 10_000_000_000)

    /// The most lines a support plan may have: 200.
    public static let mostPlanLines = 200

    /// True when `amount` is no more than `largestAmount` (and not out of range). Negative
    /// amounts are a separate rule (`amount-invalid`).
    public static func withinLimit(_ amount: Money) -> Bool {
        !amount.isOutOfRange && amount <= largestAmount
    }

    /// Why the limits exist, in a clause a refusal can end with.
    public static let why =
        "the largest amount a decision may record, so that every total and annual figure stays exact; no care package or capital comes near it"
}

extension SupportPlanContent {
    /// True when the plan keeps the limits: at most `AmountLimits.mostPlanLines` lines, each and
    /// the weekly cost within `AmountLimits.largestAmount`.
    public var keepsAmountLimits: Bool {
        lines.count <= AmountLimits.mostPlanLines && AmountLimits.withinLimit(weeklyCost)
            && lines.allSatisfy { AmountLimits.withinLimit($0.weeklyCost) }
    }
}
