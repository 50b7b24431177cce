// Keeps events/INVARIANTS.md rule 2: the canonical form is the only form.
/// The canonical byte form of a `JSONValue`: RFC 8785, the JSON Canonicalization Scheme,
/// which any independent program can reproduce to re-hash a ledger line.
///
/// Guarantees: UTF-8 with no whitespace; object members sorted by the UTF-16 code units of
/// their keys; strings escaped only where RFC 8785 requires (`\"`, `\\`, `\b \t \n \f \r`,
/// other U+0000–U+001F as lowercase `\u00xx`), every other character, `/` and U+007F
/// included, written as itself; integers in shortest decimal form (`-` only for negatives);
/// `true`, `false`, `null`. Equal values always give equal bytes, and `JSONParser` reads the
/// bytes back to an equal value.
///
/// Precondition: every integer lies within ±`JSONValue.maxSafeInteger`. The parser never
/// produces one outside it; a value built in code that does is a programming error, and
/// encoding it stops the program rather than write a line no reader would accept.
public enum CanonicalJSON {
    /// The canonical bytes of `value`.
    public static func encode(_ value: JSONValue) -> [UInt8] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(512)
        append(value, to: &buffer)
        return buffer
    }

    /// Appends the canonical bytes of `value` to `buffer`, leaving what is there untouched.
    public static func append(_ value: JSONValue, to buffer: inout [UInt8]) {
        switch value {
        case .null: appendASCII("null", to: &buffer)
        case .bool(let flag): appendASCII(flag ? "true" : "false", to: &buffer)
        case .integer(let integer): appendInteger(integer, to: &buffer)
        case .string(let string): appendString(string, to: &buffer)
        case .array(let elements):
            buffer.append(JSONByte.openBracket)
            for (index, element) in elements.enumerated() {
                if index > 0 { buffer.append(JSONByte.comma) }
                append(element, to: &buffer)
            }
            buffer.append(JSONByte.closeBracket)
        case .object(let members):
            buffer.append(JSONByte.openBrace)
            for (position, index) in sortedIndices(members).enumerated() {
                if position > 0 { buffer.append(JSONByte.comma) }
                appendString(members.members.keys[index].string, to: &buffer)
                buffer.append(JSONByte.colon)
                append(members.members.values[index], to: &buffer)
            }
            buffer.append(JSONByte.closeBrace)
        }
    }

    /// The canonical form of `value` as a `String` (the same bytes `encode` returns).
    public static func string(_ value: JSONValue) -> String {
        String(decoding: encode(value), as: UTF8.self)
    }

    /// Appends `s` as an RFC 8785 JSON string literal: in double quotes, escaped as described
    /// on `CanonicalJSON`.
    public static func appendString(_ s: String, to buffer: inout [UInt8]) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { utf8 in
            appendStringLiteral(utf8, to: &buffer)
        }
        if done == nil {
            var copy = s
            copy.withUTF8 { utf8 in appendStringLiteral(utf8, to: &buffer) }
        }
    }

    /// The positions of an object's members in RFC 8785 order: by the UTF-16 code units of
    /// their keys. Sorting positions rather than members copies no keys or values.
    package static func sortedIndices(
        _ object: JSONObject
    ) -> [Dictionary<JSONKey, JSONValue>.Index] {
        let members = object.members
        var order = Array(members.indices)
        let keys = members.keys
        if order.count > 24 {
            order.sort { CanonicalKeyOrder.precedes(keys[$0].string, keys[$1].string) }
            return order
        }
        // Payload objects are small: an insertion sort, with no closure or merge buffer, that
        // compares the keys' first eight bytes as one integer (in UTF-16 order, see sortPrefix)
        // and compares whole keys only when those are equal.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: order.count) { prefixes in
            order.withUnsafeMutableBufferPointer { order in
                for i in order.indices {
                    let x = order[i]
                    let px = sortPrefix(keys[x].string)
                    var j = i
                    while j > 0 {
                        let py = prefixes[j - 1]
                        guard px < py || (px == py && CanonicalKeyOrder.precedes(keys[x].string, keys[order[j - 1]].string)) else { break }
                        order[j] = order[j - 1]
                        prefixes[j] = py
                        j -= 1
                    }
                    order[j] = x
                    prefixes[j] = px
                }
            }
        }
        return order
    }

    /// The first eight UTF-8 bytes of `key`, big-endian, zero-padded, with the lead bytes of
    /// four-byte characters (F0–F4) moved below those of U+E000–U+FFFF (EE, EF): comparing two
    /// prefixes as integers agrees with `CanonicalKeyOrder` whenever they differ (the first
    /// differing byte decides both, and both are lead bytes when either is EE or above).
    @inline(__always)
    static func sortPrefix(_ key: String) -> UInt64 {
        // A native string's first bytes are read in place (every object encoded sorts its keys).
        if let p = key.utf8.withContiguousStorageIfAvailable({ sortPrefix(UnsafeBufferPointer(rebasing: $0.prefix(8))) }) { return p }
        return sortPrefix(key.utf8.prefix(8))
    }

    /// `sortPrefix` of the key whose first (at most eight) UTF-8 bytes are `utf8`.
    @inline(__always)
    static func sortPrefix(_ utf8: some Sequence<UInt8>) -> UInt64 {
        var p: UInt64 = 0
        var n: UInt64 = 0
        for b in utf8 {
            let mapped: UInt8 = b < 0xEE ? b : b >= 0xF5 ? b : b >= 0xF0 ? b - 2 : b + 5
            p = p << 8 | UInt64(mapped)
            n += 1
            if n == 8 { return p }
        }
        return n == 0 ? 0 : p << (8 * (8 - n))
    }

    static func appendStringLiteral(_ utf8: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        buffer.append(JSONByte.quote)
        var runStart = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            if byte >= 0x20 && byte != JSONByte.quote && byte != JSONByte.backslash { continue }
            if runStart < index {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            }
            appendEscape(for: byte, to: &buffer)
            runStart = index + 1
        }
        if runStart < utf8.count {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        buffer.append(JSONByte.quote)
    }

    private static func appendEscape(for byte: UInt8, to buffer: inout [UInt8]) {
        buffer.append(JSONByte.backslash)
        switch byte {
        case JSONByte.quote, JSONByte.backslash: buffer.append(byte)
        case 0x08: buffer.append(0x62)  // b
        case 0x09: buffer.append(0x74)  // t
        case 0x0A: buffer.append(0x6E)  // n
        case 0x0C: buffer.append(0x66)  // f
        case 0x0D: buffer.append(0x72)  // r
        default:  // u00xx, lowercase hex
            let hex: StaticString = "0123456789abcdef"
            buffer.append(contentsOf: [0x75, JSONByte.zero, JSONByte.zero])
            buffer.append(hex.utf8Start[Int(byte >> 4)])
            buffer.append(hex.utf8Start[Int(byte & 0x0F)])
        }
    }

    /// Appends `integer` in shortest decimal form.
    package static func appendInteger(_ integer: Int64, to buffer: inout [UInt8]) {
        precondition(
            integer.magnitude <= UInt64(JSONValue.maxSafeInteger),
            "CanonicalJSON: \(integer) is outside ±JSONValue.maxSafeInteger")
        if integer < 0 { buffer.append(JSONByte.minus) }
        var magnitude = integer.magnitude
        if magnitude < 10 {
            buffer.append(JSONByte.zero + UInt8(magnitude))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var first = 20
            while magnitude > 0 {
                first -= 1
                digits[first] = JSONByte.zero + UInt8(magnitude % 10)
                magnitude /= 10
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: digits[first...]))
        }
    }

    /// The number of bytes `appendString(s, to:)` appends: the literal with its quotes and escapes.
    package static func stringLiteralByteCount(_ s: String) -> Int {
        // A native string's bytes are read in place (a header's actor, stream and type are counted
        // for every line written); a string without contiguous storage is read byte by byte.
        if let count = s.utf8.withContiguousStorageIfAvailable(stringLiteralByteCount) { return count }
        var count = 2
        for byte in s.utf8 {
            if byte >= 0x20 && byte != JSONByte.quote && byte != JSONByte.backslash {
                count += 1
            } else {
                switch byte {
                case JSONByte.quote, JSONByte.backslash, 0x08, 0x09, 0x0A, 0x0C, 0x0D: count += 2
                default: count += 6  // \u00xx
                }
            }
        }
        return count
    }

    /// `stringLiteralByteCount` of the string whose UTF-8 is `utf8`.
    static func stringLiteralByteCount(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 2 + utf8.count
        for byte in utf8 where byte < 0x20 || byte == JSONByte.quote || byte == JSONByte.backslash {
            switch byte {
            case JSONByte.quote, JSONByte.backslash, 0x08, 0x09, 0x0A, 0x0C, 0x0D: count += 1
            default: count += 5  // \u00xx
            }
        }
        return count
    }

    /// The number of bytes `appendInteger(integer, to:)` appends.
    package static func integerByteCount(_ integer: Int64) -> Int {
        var count = integer < 0 ? 2 : 1
        var magnitude = integer.magnitude
        while magnitude >= 10 {
            magnitude /= 10
            count += 1
        }
        return count
    }

    static func appendASCII(_ text: StaticString, to buffer: inout [UInt8]) {
        buffer.append(
            contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
