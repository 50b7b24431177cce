import CaseLedger

extension Words {
    /// The months' names as bytes, written straight into a date.
    static let monthBytes: [[UInt8]] = months.map { Array($0.utf8) }

    /// "1 April 2026": the day, the month's name and the year (no padding; a minus sign before a
    /// year before 1), written byte by byte into a string of exactly its length.
    public static func date(_ d: CalendarDate) -> String {
        let (year, month, day) = Timestamp.civilFromDays(d.daysSinceEpoch)
        let name = monthBytes[Int(month) - 1]
        let length = decimalLength(day) + 1 + name.count + 1 + decimalLength(year)
        return String(unsafeUninitializedCapacity: length) { buffer in
            var at = writeDecimal(day, into: buffer, at: 0)
            buffer[at] = UInt8(ascii: " ")
            at += 1
            for b in name {
                buffer[at] = b
                at += 1
            }
            buffer[at] = UInt8(ascii: " ")
            return writeDecimal(year, into: buffer, at: at + 1)
        }
    }

    /// How many bytes `writeDecimal` writes for `v`.
    static func decimalLength(_ v: Int64) -> Int { digitCount(v.magnitude) + (v < 0 ? 1 : 0) }

    /// How many decimal digits `m` has (1 for zero).
    private static func digitCount(_ m: UInt64) -> Int {
        var n = 1
        var rest = m / 10
        while rest > 0 {
            n += 1
            rest /= 10
        }
        return n
    }

    /// Writes `v` in decimal (with a minus sign when negative) at `at`; returns the index after it.
    static func writeDecimal(_ v: Int64, into buffer: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        var at = at
        if v < 0 {
            buffer[at] = UInt8(ascii: "-")
            at += 1
        }
        var rest = v.magnitude
        let end = at + digitCount(rest)
        var i = end
        repeat {
            i -= 1
            buffer[i] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        } while rest > 0
        return end
    }
}
