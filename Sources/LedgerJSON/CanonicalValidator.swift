#if canImport(Glibc)
import Glibc
#endif

/// A single-pass check that bytes are the canonical JSON (`CanonicalJSON`) of an object that
/// `JSONParser` reads, without building a `JSONValue`: what verify needs of a payload.
///
/// `isCanonicalObject` returns true only when `JSONParser.parse` would succeed with an object and
/// `CanonicalJSON.encode` of the result would give back exactly these bytes: no whitespace;
/// strings valid UTF-8 with exactly the canonical escapes (`\"`, `\\`, `\b \t \n \f \r`, other
/// controls as lowercase `\u00xx`, nothing else escaped); integers `-?(0|[1-9][0-9]*)` within
/// ±(2^53 − 1), never `-0`; object keys strictly increasing by UTF-16 code units (so no duplicates,
/// compared by code units: keys that differ only by Unicode normalisation are two keys, as they
/// are in a `JSONValue`, see `JSONKey`); nesting
/// at most 64 deep. It returns false for anything else, including a few
/// canonical but rare shapes it does not decide (a key with an escape): callers then take the
/// general path (parse and re-encode), which also names the fault. So false means "not shown
/// canonical here", never more.
@usableFromInline package enum CanonicalValidator {
    static let maxDepth = 64

    /// True when `bytes` are certainly a canonical JSON object as described above.
    package static func isCanonicalObject(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 2 else { return false }
        var scanner = Scanner(p: base.assumingMemoryBound(to: UInt8.self), n: bytes.count)
        guard scanner.p[0] == JSONByte.openBrace, scanner.object(depth: 1) else { return false }
        return scanner.i == scanner.n
    }

    struct Scanner {
        let p: UnsafePointer<UInt8>
        let n: Int
        var i = 0

        init(p: UnsafePointer<UInt8>, n: Int) {
            self.p = p
            self.n = n
        }

        /// A value starting at `i`; on success `i` is just past it.
        mutating func value(depth: Int) -> Bool {
            guard i < n else { return false }
            switch p[i] {
            case JSONByte.quote: return string() != nil
            case JSONByte.openBrace: return object(depth: depth + 1)
            case JSONByte.openBracket: return array(depth: depth + 1)
            case JSONByte.minus, JSONByte.zero...JSONByte.nine: return integer()
            case 0x74: return literal(0x7472_7565, 4)  // true
            case 0x66: return literal(0x6661_6C73, 4) && i < n && p[i] == 0x65 && advance()  // fals + e
            case 0x6E: return literal(0x6E75_6C6C, 4)  // null
            default: return false
            }
        }

        @inline(__always)
        private mutating func advance() -> Bool {
            i += 1
            return true
        }

        /// Four bytes at `i` equal to the big-endian `word`.
        @inline(__always)
        private mutating func literal(_ word: UInt32, _ count: Int) -> Bool {
            guard i + count <= n else { return false }
            let got = UInt32(bigEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt32.self))
            guard got == word else { return false }
            i += count
            return true
        }

        mutating func integer() -> Bool {
            var k = i
            if p[k] == JSONByte.minus { k += 1 }
            let digitsStart = k
            guard k < n else { return false }
            if p[k] == JSONByte.zero {
                // Exactly 0; "-0" is not canonical.
                guard digitsStart == i else { return false }
                k += 1
            } else {
                var magnitude: UInt64 = 0
                while k < n, case let d = p[k] &- JSONByte.zero, d < 10 {
                    magnitude = magnitude &* 10 &+ UInt64(d)
                    k += 1
                    guard k - digitsStart <= 16 else { return false }
                }
                guard k > digitsStart, magnitude <= UInt64(JSONValue.maxSafeInteger) else { return false }
            }
            i = k
            return true
        }

        mutating func array(depth: Int) -> Bool {
            guard depth <= CanonicalValidator.maxDepth else { return false }
            i += 1
            guard i < n else { return false }
            if p[i] == JSONByte.closeBracket {
                i += 1
                return true
            }
            while true {
                guard value(depth: depth), i < n else { return false }
                let c = p[i]
                i += 1
                if c == JSONByte.comma { continue }
                return c == JSONByte.closeBracket
            }
        }

        mutating func object(depth: Int) -> Bool {
            guard depth <= CanonicalValidator.maxDepth else { return false }
            i += 1
            guard i < n else { return false }
            if p[i] == JSONByte.closeBrace {
                i += 1
                return true
            }
            var previous: UnsafeBufferPointer<UInt8>? = nil
            var previousASCII = true
            while true {
                guard i < n, p[i] == JSONByte.quote else { return false }
                let keyStart = i + 1
                guard let kind = string(), kind != .escaped else { return false }
                let key = UnsafeBufferPointer(start: p + keyStart, count: i - 1 - keyStart)
                let ascii = kind == .ascii
                if let previous {
                    guard CanonicalValidator.precedes(previous, previousASCII, key, ascii) else { return false }
                }
                previous = key
                previousASCII = ascii
                guard i < n, p[i] == JSONByte.colon else { return false }
                i += 1
                guard value(depth: depth), i < n else { return false }
                let c = p[i]
                i += 1
                if c == JSONByte.comma { continue }
                guard c == JSONByte.closeBrace else { return false }
                break
            }
            // Keys are compared by their code units, never normalised (RFC 8785; events/FORMAT.md):
            // "e\u0301" and "\u00e9" are two keys, in code-unit order, whatever Swift's String
            // equality (canonical equivalence) says of them.
            return true
        }

        enum StringKind { case ascii, nonASCII, escaped }

        /// A string whose opening quote is at `i`, canonical as described on the type; on success
        /// `i` is just past its closing quote.
        mutating func string() -> StringKind? {
            var k = i + 1
            var kind = StringKind.ascii
            while true {
                k = CanonicalValidator.skipPlainASCII(p, from: k, end: n)
                guard k < n else { return nil }
                let c = p[k]
                if c == JSONByte.quote {
                    i = k + 1
                    return kind
                } else if c == JSONByte.backslash {
                    guard k + 1 < n else { return nil }
                    switch p[k + 1] {
                    case JSONByte.quote, JSONByte.backslash, 0x62, 0x66, 0x6E, 0x72, 0x74:  // " \ b f n r t
                        k += 2
                    case 0x75:  // u00xx for the other controls, lowercase hex
                        guard k + 6 <= n, p[k + 2] == JSONByte.zero, p[k + 3] == JSONByte.zero else { return nil }
                        let high = p[k + 4], low = p[k + 5]
                        guard high == JSONByte.zero || high == 0x31 else { return nil }
                        let lowValue: UInt8
                        switch low {
                        case JSONByte.zero...JSONByte.nine: lowValue = low - JSONByte.zero
                        case 0x61...0x66: lowValue = low - 0x61 + 10
                        default: return nil
                        }
                        let value = (high - JSONByte.zero) << 4 | lowValue
                        guard value != 0x08, value != 0x09, value != 0x0A, value != 0x0C, value != 0x0D else { return nil }
                        k += 6
                    default:
                        return nil  // \/ and anything else is not canonical (or not JSON)
                    }
                    kind = .escaped
                } else if c < 0x20 {
                    return nil
                } else if c >= 0x80 {
                    guard let next = UTF8Validation.sequenceEnd(p, at: k, end: n) else { return nil }
                    k = next
                    if kind == .ascii { kind = .nonASCII }
                } else {
                    k += 1
                }
            }
        }
    }

    /// The first index from `index` on that is a quote, a backslash, a control character or a
    /// non-ASCII byte (or `end`). Eight bytes at a time.
    @inlinable @inline(__always)
    package static func skipPlainASCII(_ p: UnsafePointer<UInt8>, from index: Int, end: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = index
        while index &+ 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(p + index).loadUnaligned(as: UInt64.self))
            let quotes = word ^ (ones &* UInt64(JSONByte.quote))
            let backslashes = word ^ (ones &* UInt64(JSONByte.backslash))
            let hits = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | ((word &- ones &* 0x20) & ~word) | word
            let found = hits & highBits
            if found != 0 { return index &+ found.trailingZeroBitCount &>> 3 }
            index &+= 8
        }
        while index < end {
            let c = p[index]
            if c == JSONByte.quote || c == JSONByte.backslash || c < 0x20 || c >= 0x80 { return index }
            index += 1
        }
        return index
    }

    /// Whether key `a` sorts strictly before key `b` (UTF-8 bytes of unescaped keys) by UTF-16
    /// code units: `memcmp` when both are ASCII, `CanonicalKeyOrder` otherwise.
    @inline(__always)
    static func precedes(_ a: UnsafeBufferPointer<UInt8>, _ aASCII: Bool, _ b: UnsafeBufferPointer<UInt8>, _ bASCII: Bool) -> Bool {
        if aASCII && bASCII {
            let common = min(a.count, b.count)
            let c = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
            return c < 0 || (c == 0 && a.count < b.count)
        }
        return CanonicalKeyOrder.precedes(a, b)
    }
}
