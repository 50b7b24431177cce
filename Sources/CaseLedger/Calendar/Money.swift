import LedgerJSON

/// An amount of money in whole pence (sterling). Never a floating-point number.
///
/// Weekly amounts are `Money` too; the field or property name says "weekly".
///
/// Arithmetic never traps (issue 14, "numbers that cannot crash"). An amount holds at most
/// ±`Money.largestPence` pence (2^53 − 1, the largest integer a ledger line can hold: JSON
/// integers stop there). A sum, difference or product beyond it — or of an amount already beyond
/// it — is `Money.outOfRange`, a value that stays out of range through every later sum (like a
/// spreadsheet's error cell), compares above every amount, reads "an amount out of range" and is
/// written in JSON as the string `"out of range"`. `decide` never records one (rule
/// `amount-out-of-range`, `AmountLimits`); only a ledger written by hand can make a report meet one.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByIntegerLiteral, AdditiveArithmetic
{
    /// The amount in pence; negative for a debit. `Int64.max` for `outOfRange`.
    public let pence: Int64

    /// The largest magnitude an amount may have, in pence: 2^53 − 1, the JSON integer range.
    public static let largestPence: Int64 = JSONValue.maxSafeInteger

    /// The amount of `pence` pence; `outOfRange` when its magnitude is above `largestPence`.
    public init(pence: Int64) {
        self.pence = pence.magnitude > UInt64(Self.largestPence) ? Int64.max : pence
    }

    /// The amount of `pence` pence, from an integer literal.
    public init(integerLiteral pence: Int64) { self.init(pence: pence) }

    /// Whole pounds and pence, e.g. `Money(pounds: 23, pence: 40)` is £23.40.
    public init(pounds: Int64, pence: Int64 = 0) {
        self = Money(pence: pounds).times(100) + Money(pence: pence)
    }

    /// Nothing.
    public static let zero = Money(pence: 0)

    /// An amount too large to hold: the result of a sum or product beyond ±`largestPence`.
    public static let outOfRange = Money(pence: Int64.max)

    /// True when this is `outOfRange`.
    public var isOutOfRange: Bool { pence == Int64.max }

    /// Written as a person reads it: `£23.40`, `£1,250.00`, `-£3.05`; `an amount out of range`.
    public var description: String {
        if isOutOfRange { return "an amount out of range" }
        let magnitude = pence.magnitude
        let pounds = String(magnitude / 100)
        var grouped = ""
        for (i, ch) in pounds.enumerated() {
            if i > 0, (pounds.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        let p = magnitude % 100
        return (pence < 0 ? "-" : "") + "£" + grouped + "." + (p < 10 ? "0" : "") + String(p)
    }

    /// The sum, checked: `outOfRange` when either is, or when the sum is beyond ±`largestPence`.
    public static func + (a: Money, b: Money) -> Money {
        guard !a.isOutOfRange, !b.isOutOfRange else { return .outOfRange }
        let (sum, overflow) = a.pence.addingReportingOverflow(b.pence)
        return overflow ? .outOfRange : Money(pence: sum)
    }
    /// The difference, checked: `outOfRange` when either is, or when it is beyond ±`largestPence`.
    public static func - (a: Money, b: Money) -> Money {
        guard !a.isOutOfRange, !b.isOutOfRange else { return .outOfRange }
        let (difference, overflow) = a.pence.subtractingReportingOverflow(b.pence)
        return overflow ? .outOfRange : Money(pence: difference)
    }
    /// True when `a` is the smaller amount (`outOfRange` is above every amount).
    public static func < (a: Money, b: Money) -> Bool { a.pence < b.pence }

    /// This amount times a whole number, e.g. a weekly amount times 52; checked like `+`.
    public func times(_ n: Int64) -> Money {
        guard !isOutOfRange else { return .outOfRange }
        let (product, overflow) = pence.multipliedReportingOverflow(by: n)
        return overflow ? .outOfRange : Money(pence: product)
    }
}

extension Sequence where Element == Money {
    /// The sum of the amounts (zero for none); `Money.outOfRange` when it goes beyond the range
    /// (checked at every step, so it never traps however many amounts there are).
    public func total() -> Money { reduce(.zero, +) }
}
