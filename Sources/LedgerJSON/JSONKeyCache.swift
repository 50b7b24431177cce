/// Object keys and string values made into Strings by earlier parses, so that parsing many values
/// with the same keys and words (the payloads of a log: field names, dates, vocabulary) makes each
/// String once. Holds short plain ASCII strings (1–16 bytes, no escapes) in a small direct-mapped
/// table; any other string is read as usual. A cached String has exactly the string's bytes, so
/// the parsed value is the same either way. Also keeps the parser's scratch stacks between parses.
/// Not thread-safe: one per reader.
package final class JSONKeyCache {
    private static let slots = 512
    /// Per slot: the key's bytes as two little-endian words (zero-padded) and its length.
    private let words: UnsafeMutablePointer<UInt64>
    private let strings: UnsafeMutablePointer<String>
    /// The parser's scratch stacks, kept between parses so that each parse does not allocate and
    /// grow its own (empty between parses).
    var scratch = JSONReader.Scratch()
    /// The tape builder's node buffer, kept between tapes.
    package let tapeScratch = JSONTapeScratch()
    /// The header strings of event lines (types, actors) made so far.
    package let headerTexts = TextInterner()

    package init() {
        words = .allocate(capacity: 3 * JSONKeyCache.slots)
        words.initialize(repeating: 0, count: 3 * JSONKeyCache.slots)
        strings = .allocate(capacity: JSONKeyCache.slots)
        strings.initialize(repeating: "", count: JSONKeyCache.slots)
    }

    deinit {
        words.deallocate()
        strings.deinitialize(count: JSONKeyCache.slots)
        strings.deallocate()
    }

    /// The index (0–8) of the first byte of `w` that cannot be plain key text: a quote, a
    /// backslash, a control character or a non-ASCII byte; 8 when there is none.
    @inline(__always)
    private static func firstSpecial(_ w: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quotes = w ^ (ones &* UInt64(JSONByte.quote))
        let backslashes = w ^ (ones &* UInt64(JSONByte.backslash))
        let hits = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | ((w &- ones &* 0x20) & ~w) | w
        return (hits & 0x8080_8080_8080_8080).trailingZeroBitCount >> 3
    }

    /// The cached String for the key words, or a new one made from the `count` bytes at `p`.
    @inline(__always)
    private func lookup(_ w0: UInt64, _ w1: UInt64, _ count: Int, _ p: UnsafePointer<UInt8>) -> String {
        var h = (w0 &* 0x9E37_79B9_7F4A_7C15) ^ (w1 &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        h ^= h >> 29
        let slot = Int(truncatingIfNeeded: h) & (JSONKeyCache.slots - 1)
        let entry = words + 3 * slot
        if entry[0] == w0 && entry[1] == w1 && entry[2] == UInt64(count) { return strings[slot] }
        let string = String(decoding: UnsafeBufferPointer(start: p, count: count), as: UTF8.self)
        entry[0] = w0
        entry[1] = w1
        entry[2] = UInt64(count)
        strings[slot] = string
        return string
    }

    /// The key or string value whose opening quote is at the reader's position, from the cache
    /// (moving the reader past its closing quote), or nil when it is not a short plain ASCII string
    /// (the reader has not moved: read it as usual).
    @inline(__always)
    func key(in reader: inout JSONReader) -> String? {
        let start = reader.position + 1
        guard reader.end - start >= 17 else { return nil }
        let raw = UnsafeRawPointer(reader.bytes + start)
        var w0 = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        var w1 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        var count = JSONKeyCache.firstSpecial(w0)
        if count == 8 {
            count += JSONKeyCache.firstSpecial(w1)
            guard count < 16 || reader.bytes[start + 16] == JSONByte.quote else { return nil }
            if count < 16 { w1 &= (1 << (8 * UInt64(count - 8))) - 1 }
        } else {
            w0 &= (1 << (8 * UInt64(count))) - 1
            w1 = 0
        }
        guard count >= 1, reader.bytes[start + count] == JSONByte.quote else { return nil }
        reader.position = start + count + 1
        return lookup(w0, w1, count, reader.bytes + start)
    }
}
