extension JSONReader {
    /// Reads the integer starting at `position` (a minus sign or a digit): `-?(0|[1-9][0-9]*)`
    /// with magnitude at most `JSONValue.maxSafeInteger`. A fraction or exponent is
    /// `.notAnInteger`; every number error points at the number's first byte.
    mutating func readInteger() throws(JSONError) -> Int64 {
        let start = position
        var index = start
        let negative = bytes[index] == ASCII.minus
        if negative {
            index += 1
            guard index < end else { throw endError(expected: "a digit after the minus sign") }
        }
        let digitsStart = index
        var magnitude: UInt64 = 0
        while index < end {
            let digit = bytes[index] &- ASCII.zero
            guard digit < 10 else { break }
            magnitude = magnitude &* 10 &+ UInt64(digit)  // wraps only past 19 digits: rejected below
            index += 1
        }
        let digitCount = index - digitsStart
        guard digitCount > 0 else {
            throw unexpected(at: index, expected: "a digit after the minus sign")
        }
        if index < end, bytes[index] == 0x2E || bytes[index] | 0x20 == 0x65 {  // . e E
            throw JSONError(.notAnInteger, at: start, found: numberText(from: start))
        }
        if digitCount > 1 && bytes[digitsStart] == ASCII.zero {
            throw JSONError(.leadingZero, at: start, found: numberText(from: start))
        }
        guard digitCount <= 16, magnitude <= UInt64(JSONValue.maxSafeInteger) else {
            throw JSONError(.integerOutOfRange, at: start, found: numberText(from: start))
        }
        position = index
        let value = Int64(magnitude)
        return negative ? -value : value
    }

    /// The number-like text from `start`: digits, signs, points and exponent letters, at most 40.
    private func numberText(from start: Int) -> String {
        var index = start
        while index < end, index - start < 40 {
            switch bytes[index] {
            case ASCII.zero...ASCII.nine, 0x2B, ASCII.minus, 0x2E, 0x45, 0x65: index += 1  // + - . E e
            default: return text(from: start, to: index)
            }
        }
        return text(from: start, to: index)
    }

    private func text(from start: Int, to index: Int) -> String {
        String(
            decoding: UnsafeBufferPointer(start: bytes + start, count: index - start),
            as: UTF8.self)
    }
}
