/// RFC 8785 §3.2.3 key order: lexicographic by UTF-16 code units, computed on UTF-8 bytes.
///
/// UTF-8 byte order is code point order, which agrees with UTF-16 code unit order except in
/// one place: UTF-16 writes U+10000 and above as surrogates (0xD800–0xDFFF), which sort
/// *before* U+E000–U+FFFF. So at the first differing byte, a lead byte for U+E000–U+FFFF
/// (0xEE, 0xEF) against a four-byte lead (0xF0–0xF4) is ordered the other way round. A
/// difference in a continuation byte lies inside characters of the same length and range,
/// where both orders agree.
enum CanonicalKeyOrder {
    /// True when `a` sorts before `b` by UTF-16 code units.
    static func precedes(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { a in
            b.utf8.withContiguousStorageIfAvailable { b in precedes(a, b) }
        }
        if let result = fast ?? nil { return result }
        return a.utf16.lexicographicallyPrecedes(b.utf16)
    }

    /// True when the UTF-8 text `a` sorts before `b` by UTF-16 code units.
    static func precedes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = min(a.count, b.count)
        var index = 0
        while index < common && a[index] == b[index] { index += 1 }
        guard index < common else { return a.count < b.count }
        let x = a[index]
        let y = b[index]
        if x >= 0xEE && y >= 0xEE && (x >= 0xF0) != (y >= 0xF0) {
            return x >= 0xF0  // a supplementary character (surrogates) before U+E000–U+FFFF
        }
        return x < y
    }
}
