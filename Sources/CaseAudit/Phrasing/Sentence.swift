import CaseLedger

/// Words written straight into one buffer of bytes: each literal part and each interpolated value
/// appended in place and the whole made a `String` once, where an interpolation into a `String`
/// appends to a string that grows as it goes. Guarantee: `Sentence("…\(x)…").text` is the same
/// text as the same interpolation into a `String` (a value is written as `String(describing:)`
/// writes it).
public struct Sentence: ExpressibleByStringInterpolation, Sendable {
    /// The words.
    public let text: String

    /// Words with nothing interpolated.
    public init(stringLiteral value: StaticString) {
        text = value.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    }

    /// The words of an interpolation.
    public init(stringInterpolation: StringInterpolation) {
        text = String(decoding: stringInterpolation.bytes, as: UTF8.self)
    }

    /// The bytes written so far.
    public struct StringInterpolation: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        /// Room for the literal parts and a short value in each place.
        public init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 40 * interpolationCount)
        }

        /// Appends a literal part.
        public mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        /// Appends a string's bytes.
        public mutating func appendInterpolation(_ text: String) {
            bytes.append(contentsOf: text.utf8)
        }

        /// Appends a number in decimal.
        public mutating func appendInterpolation(_ number: Int) {
            bytes.append(contentsOf: String(number).utf8)
        }

        /// Appends a date in words, as `Words.date` writes it ("1 April 2026"), with no string
        /// made for it.
        public mutating func appendInterpolation(date d: CalendarDate) {
            let (year, month, day) = Timestamp.civilFromDays(d.daysSinceEpoch)
            appendDecimal(day)
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: Words.monthBytes[Int(month) - 1])
            bytes.append(UInt8(ascii: " "))
            appendDecimal(year)
        }

        /// Appends `v` in decimal, as `Words.writeDecimal` writes it.
        private mutating func appendDecimal(_ v: Int64) {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
                let count = Words.writeDecimal(v, into: buffer, at: 0)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
            }
        }

        /// Appends another sentence's words.
        public mutating func appendInterpolation(_ sentence: Sentence) {
            bytes.append(contentsOf: sentence.text.utf8)
        }

        /// Appends a value's description (as `String(describing:)` writes one that is not
        /// `TextOutputStreamable`; the standard library's streamable types write their
        /// description).
        public mutating func appendInterpolation<T: CustomStringConvertible>(_ value: T) {
            bytes.append(contentsOf: value.description.utf8)
        }

        /// Appends any other value as `String(describing:)` writes it.
        public mutating func appendInterpolation<T>(_ value: T) {
            bytes.append(contentsOf: String(describing: value).utf8)
        }
    }
}
