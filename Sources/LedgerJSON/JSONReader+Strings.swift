extension JSONReader {
    /// Reads the string whose opening quote is at `position`. Strings without escapes become a
    /// `String` straight from the input bytes; escapes send the rest to `readEscapedString`.
    mutating func readString() throws(JSONError) -> String {
        let start = position + 1
        var index = start
        while index < end {
            index = skipPlainASCII(from: index)
            guard index < end else { break }
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x80 && byte != JSONByte.quote && byte != JSONByte.backslash {
                index &+= 1
            } else if byte == JSONByte.quote {
                position = index + 1
                return String(decoding: slice(from: start, to: index), as: UTF8.self)
            } else if byte == JSONByte.backslash {
                return try readEscapedString(from: start, escapeAt: index)
            } else if byte < 0x20 {
                throw controlCharacter(at: index)
            } else {
                guard let next = UTF8Validation.sequenceEnd(bytes, at: index, end: end) else {
                    throw invalidUTF8(at: index)
                }
                index = next
            }
        }
        throw endError(expected: "a closing \" for the string that starts at byte \(start - 1)")
    }

    /// The index of the first byte from `index` on that is not plain string content: a quote,
    /// a backslash, a control character or a non-ASCII byte; or the index of the last few
    /// bytes of the input. Tests eight bytes at a time.
    @inline(__always)
    private func skipPlainASCII(from index: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = index
        while index &+ 8 <= end {
            let word = UInt64(
                littleEndian: UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self))
            // Each term sets a byte's high bit for its own test; a false positive can only
            // appear above a true one, so the lowest set bit always marks a real hit.
            let quotes = word ^ (ones &* UInt64(JSONByte.quote))
            let backslashes = word ^ (ones &* UInt64(JSONByte.backslash))
            let hits =
                ((quotes &- ones) & ~quotes)  // a byte equal to "
                | ((backslashes &- ones) & ~backslashes)  // a byte equal to \
                | ((word &- ones &* 0x20) & ~word)  // a byte below 0x20
                | word  // a byte of 0x80 or more
            let found = hits & highBits
            if found != 0 { return index &+ found.trailingZeroBitCount &>> 3 }
            index &+= 8
        }
        return index
    }

    /// Finishes a string starting at `start` whose first escape is at `escapeAt`, decoding into
    /// the `unescaped` scratch buffer.
    private mutating func readEscapedString(
        from start: Int, escapeAt: Int
    ) throws(JSONError) -> String {
        unescaped.removeAll(keepingCapacity: true)
        unescaped.reserveCapacity(escapeAt - start + 64)
        unescaped.append(contentsOf: slice(from: start, to: escapeAt))
        var index = escapeAt
        while index < end {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x80 && byte != JSONByte.quote && byte != JSONByte.backslash {
                unescaped.append(byte)
                index += 1
            } else if byte == JSONByte.quote {
                position = index + 1
                return String(decoding: unescaped, as: UTF8.self)
            } else if byte == JSONByte.backslash {
                index = try readEscape(at: index)
            } else if byte < 0x20 {
                throw controlCharacter(at: index)
            } else {
                guard let next = UTF8Validation.sequenceEnd(bytes, at: index, end: end) else {
                    throw invalidUTF8(at: index)
                }
                unescaped.append(contentsOf: slice(from: index, to: next))
                index = next
            }
        }
        throw endError(expected: "a closing \" for the string that starts at byte \(start - 1)")
    }

    /// Decodes the escape whose backslash is at `index` into `unescaped`; returns the index
    /// after it.
    private mutating func readEscape(at index: Int) throws(JSONError) -> Int {
        guard index + 1 < end else { throw endError(expected: "an escape such as \\n after \\") }
        let decoded: UInt8
        switch bytes[index + 1] {
        case JSONByte.quote: decoded = JSONByte.quote
        case JSONByte.backslash: decoded = JSONByte.backslash
        case JSONByte.slash: decoded = JSONByte.slash
        case 0x62: decoded = 0x08  // b
        case 0x66: decoded = 0x0C  // f
        case 0x6E: decoded = 0x0A  // n
        case 0x72: decoded = 0x0D  // r
        case 0x74: decoded = 0x09  // t
        case 0x75: return try readUnicodeEscape(at: index)  // u
        default:
            throw invalidEscape(at: index, badByteAt: index + 1)
        }
        unescaped.append(decoded)
        return index + 2
    }

    /// Decodes `\uXXXX` at `index`, joining a high surrogate with the `\uXXXX` low surrogate
    /// that must follow it.
    private mutating func readUnicodeEscape(at index: Int) throws(JSONError) -> Int {
        let unit = try hexQuad(escapeAt: index)
        switch unit {
        case 0xD800...0xDBFF:
            let next = index + 6
            let expected = "\\u and the low surrogate after \(text(from: index, to: next))"
            guard next < end else { throw endError(expected: expected) }
            guard bytes[next] == JSONByte.backslash else { throw loneSurrogate(at: index) }
            guard next + 1 < end else { throw endError(expected: expected) }
            guard bytes[next + 1] == 0x75 else { throw loneSurrogate(at: index) }
            let low = try hexQuad(escapeAt: next)
            guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(at: index) }
            appendUTF8(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
            return index + 12
        case 0xDC00...0xDFFF:
            throw loneSurrogate(at: index)
        default:
            appendUTF8(unit)
            return index + 6
        }
    }

    /// The four hex digits after the `\u` at `escapeAt`.
    private func hexQuad(escapeAt: Int) throws(JSONError) -> UInt32 {
        var value: UInt32 = 0
        for at in escapeAt + 2..<escapeAt + 6 {
            guard at < end else { throw endError(expected: "four hex digits after \\u") }
            let byte = bytes[at]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw invalidEscape(at: escapeAt, badByteAt: at)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case ..<0x80:
            unescaped.append(UInt8(scalar))
        case ..<0x800:
            unescaped.append(UInt8(0xC0 | scalar >> 6))
            unescaped.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            unescaped.append(UInt8(0xE0 | scalar >> 12))
            unescaped.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            unescaped.append(UInt8(0x80 | scalar & 0x3F))
        default:
            unescaped.append(UInt8(0xF0 | scalar >> 18))
            unescaped.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            unescaped.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            unescaped.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The escape at `index` is invalid because of the byte at `badByteAt` (or the input is
    /// not UTF-8 there).
    private func invalidEscape(at index: Int, badByteAt: Int) -> JSONError {
        var after = badByteAt + 1
        if bytes[badByteAt] >= 0x80 {
            guard let next = UTF8Validation.sequenceEnd(bytes, at: badByteAt, end: end) else {
                return invalidUTF8(at: badByteAt)
            }
            after = next
        }
        return JSONError(.invalidEscape, at: index, found: text(from: index, to: after))
    }

    private func loneSurrogate(at index: Int) -> JSONError {
        JSONError(.loneSurrogate, at: index, found: text(from: index, to: index + 6))
    }

    private func controlCharacter(at index: Int) -> JSONError {
        let byte = bytes[index]
        let named: [UInt8: String] = [
            0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r",
        ]
        let hex = String(byte, radix: 16, uppercase: true)
        let padded = hex.count == 1 ? "0" + hex : hex
        return JSONError(
            .controlCharacterInString, at: index, found: "U+00" + padded,
            detail: named[byte] ?? "\\u00" + padded.lowercased())
    }
}
