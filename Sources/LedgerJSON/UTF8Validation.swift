/// Strict UTF-8 decoding of one multi-byte sequence (Unicode 15, Table 3-7 "Well-Formed
/// UTF-8 Byte Sequences"): rejects overlong forms, encoded UTF-16 surrogates (U+D800–U+DFFF),
/// code points above U+10FFFF, stray continuation bytes and truncated sequences.
@usableFromInline package enum UTF8Validation {
    /// The index just past the well-formed sequence whose lead byte (≥ 0x80) is at `start`,
    /// or nil when the bytes from `start` are not well-formed UTF-8. Never reads at or past `end`.
    @inlinable @inline(__always)
    package static func sequenceEnd(_ bytes: UnsafePointer<UInt8>, at start: Int, end: Int) -> Int? {
        let lead = bytes[start]
        let length: Int
        var low: UInt8 = 0x80  // the allowed range of the first continuation byte
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0  // below A0 would be overlong
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F  // A0...BF would encode a surrogate
        case 0xF0: length = 4; low = 0x90  // below 90 would be overlong
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F  // above 8F would exceed U+10FFFF
        default: return nil  // a continuation byte, C0/C1 (always overlong) or F5...FF
        }
        guard start + length <= end else { return nil }
        let second = bytes[start + 1]
        guard second >= low && second <= high else { return nil }
        for k in 2..<length where bytes[start + k] & 0xC0 != 0x80 {
            return nil
        }
        return start + length
    }

    /// The bytes of a malformed sequence starting at `start`, in hex ("ED A0 80"), for an
    /// error message: the lead byte and the continuation bytes after it, at most four.
    static func describeMalformed(
        _ bytes: UnsafePointer<UInt8>, at start: Int, end: Int
    ) -> String {
        var shown = [bytes[start]]
        var index = start + 1
        while index < end, index < start + 4, bytes[index] & 0xC0 == 0x80 {
            shown.append(bytes[index])
            index += 1
        }
        return shown.map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return hex.count == 1 ? "0" + hex : hex
        }.joined(separator: " ")
    }
}
