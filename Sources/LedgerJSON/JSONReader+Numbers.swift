extension JSONReader {
    /// Reads the integer starting at `position` (a minus sign or a digit): `-?(0|[1-9][0-9]*)`
    /// with magnitude at most `JSONValue.maxSafeInteger`. A fraction or exponent is
    /// `.notAnInteger`; every number error points at the number's first byte.
    mutating func readInteger() throws(JSONError) -> Int64 {
        let start = position
        var index = start
        let negative = bytes[index] == JSONByte.minus
        if negative {
            index += 1
            guard index < end else { throw endError(expected: "a digit after the minus sign") }
        }
        let digitsStart = index
        var magnitude: UInt64 = 0
        while index < end {
            let digit = bytes[index] &- JSONByte.zero
            guard digit < 10 else { break }
            // Wraps only past 19 digits, which the range check below rejects anyway.
            magnitude = magnitude &* 10 &+ UInt64(digit)
            index += 1
        }
        let digitCount = index - digitsStart
        guard digitCount > 0 else {
            throw unexpected(at: index, expected: "a digit after the minus sign")
        }
        if index < end, bytes[index] == 0x2E || bytes[index] | 0x20 == 0x65 {  // . e E
            throw JSONError(.notAnInteger, at: start, found: numberText(from: start))
        }
        if digitCount > 1 && bytes[digitsStart] == JSONByte.zero {
            throw JSONError(.leadingZero, at: start, found: numberText(from: start))
        }
        guard digitCount <= 16, magnitude <= UInt64(JSONValue.maxSafeInteger) else {
            throw JSONError(.integerOutOfRange, at: start, found: numberText(from: start))
        }
        position = index
        let value = Int64(magnitude)
        return negative ? -value : value
    }

    /// The number-like text from `start` (digits, signs, points, exponent letters) for a
    /// message: at most 40 characters, then "…".
    private func numberText(from start: Int) -> String {
        var index = start
        while index < end {
            switch bytes[index] {
            case JSONByte.zero...JSONByte.nine, JSONByte.minus, 0x2B, 0x2E, 0x45, 0x65:  // + . E e
                guard index - start < 40 else { return text(from: start, to: index) + "…" }
                index += 1
            default:
                return text(from: start, to: index)
            }
        }
        return text(from: start, to: index)
    }
}
