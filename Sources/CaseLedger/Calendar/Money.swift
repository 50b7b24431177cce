/// An amount of money in whole pence (sterling). Never a floating-point number.
///
/// Weekly amounts are `Money` too; the field or property name says "weekly".
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByIntegerLiteral, AdditiveArithmetic
{
    /// The amount in pence; negative for a debit.
    public let pence: Int64

    /// The amount of `pence` pence.
    public init(pence: Int64) { self.pence = pence }

    /// The amount of `pence` pence, from an integer literal.
    public init(integerLiteral pence: Int64) { self.pence = pence }

    /// Whole pounds and pence, e.g. `Money(pounds: 23, pence: 40)` is £23.40.
    public init(pounds: Int64, pence: Int64 = 0) { self.pence = pounds * 100 + pence }

    /// Nothing.
    public static let zero = Money(pence: 0)

    /// Written as a person reads it: `£23.40`, `£1,250.00`, `-£3.05`.
    public var description: String {
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

    /// The sum.
    public static func + (a: Money, b: Money) -> Money { Money(pence: a.pence + b.pence) }
    /// The difference.
    public static func - (a: Money, b: Money) -> Money { Money(pence: a.pence - b.pence) }
    /// True when `a` is the smaller amount.
    public static func < (a: Money, b: Money) -> Bool { a.pence < b.pence }

    /// This amount times a whole number, e.g. a weekly amount times 52.
    public func times(_ n: Int64) -> Money { Money(pence: pence * n) }
}

extension Sequence where Element == Money {
    /// The sum of the amounts (zero for none).
    public func total() -> Money { reduce(.zero, +) }
}
