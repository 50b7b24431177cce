/// Reads a JSON text into `JSONTape` nodes in one pass, taking only what the tape promises to
/// read exactly as `JSONParser` does (see `JSONTape`) and giving up on anything else.
struct JSONTapeBuilder {
    private let p: UnsafePointer<UInt8>
    private let end: Int
    private var at = 0
    /// The nodes so far (`used` of them), in the scratch's buffer (grown by doubling).
    private let scratch: JSONTapeScratch
    private var nodes: UnsafeMutablePointer<JSONTape.Node>
    private var used = 0
    private var decoded: [String] = []

    private init(_ p: UnsafePointer<UInt8>, _ end: Int, _ scratch: JSONTapeScratch) {
        self.p = p
        self.end = end
        self.scratch = scratch
        nodes = scratch.nodes
    }

    /// The number of nodes of `text`, written at the start of `scratch.nodes`, and its decoded
    /// strings; nil when it is not one value of the shape taken.
    static func build(_ text: UnsafeRawBufferPointer, into scratch: JSONTapeScratch) -> (count: Int, decoded: [String])? {
        guard let base = text.baseAddress, !text.isEmpty else { return nil }
        let p = base.assumingMemoryBound(to: UInt8.self)
        // No whole-text UTF-8 pass: outside strings only ASCII tokens are taken, and a string
        // checks its own bytes that are not ASCII.
        var b = JSONTapeBuilder(p, text.count, scratch)
        guard b.value(depth: 0), b.at == b.end else { return nil }
        return (b.used, b.decoded)
    }

    @inline(__always)
    private mutating func push(_ kind: JSONTape.Kind, count: UInt32 = 0, start: UInt32 = 0, integer: Int64 = 0) -> Int {
        if used == scratch.capacity {
            scratch.grow(keeping: used)
            nodes = scratch.nodes
        }
        (nodes + used).initialize(to: JSONTape.Node(kind: kind, count: count, start: start, end: UInt32(used + 1), integer: integer))
        used += 1
        return used - 1
    }

    private mutating func value(depth: Int) -> Bool {
        guard at < end else { return false }
        switch p[at] {
        case JSONByte.openBrace: return depth < JSONTape.maxDepth && object(depth: depth + 1)
        case JSONByte.openBracket: return depth < JSONTape.maxDepth && array(depth: depth + 1)
        case JSONByte.quote: return string(asKey: false) != nil
        case JSONByte.minus, JSONByte.zero...JSONByte.nine: return integer()
        case UInt8(ascii: "t"): return literal("true", .true)
        case UInt8(ascii: "f"): return literal("false", .false)
        case UInt8(ascii: "n"): return literal("null", .null)
        default: return false
        }
    }

    private mutating func literal(_ word: StaticString, _ kind: JSONTape.Kind) -> Bool {
        let n = word.utf8CodeUnitCount
        guard at + n <= end else { return false }
        for k in 0..<n where p[at + k] != word.utf8Start[k] { return false }
        at += n
        _ = push(kind)
        return true
    }

    private mutating func object(depth: Int) -> Bool {
        let me = push(.object)
        at += 1
        var count: UInt32 = 0
        var previousKey: Range<Int>? = nil
        var previousPrefix: UInt64 = 0
        if at < end, p[at] == JSONByte.closeBrace {
            at += 1
        } else {
            while true {
                guard at < end, p[at] == JSONByte.quote, let key = string(asKey: true) else { return false }
                // Keys in order: most differ in their first eight bytes, read off the key's node.
                let prefix = UInt64(bitPattern: nodes[used - 1].integer).byteSwapped
                if let previousKey {
                    if prefix != previousPrefix {
                        guard previousPrefix < prefix else { return false }
                    } else if !Self.isBefore(p, previousKey, key) {
                        return false
                    }
                }
                previousKey = key
                previousPrefix = prefix
                guard at < end, p[at] == JSONByte.colon else { return false }
                at += 1
                guard value(depth: depth) else { return false }
                count += 1
                guard at < end else { return false }
                if p[at] == JSONByte.comma { at += 1; continue }
                guard p[at] == JSONByte.closeBrace else { return false }
                at += 1
                break
            }
        }
        nodes[me].count = count
        nodes[me].end = UInt32(used)
        return true
    }

    private mutating func array(depth: Int) -> Bool {
        let me = push(.array)
        at += 1
        var count: UInt32 = 0
        if at < end, p[at] == JSONByte.closeBracket {
            at += 1
        } else {
            while true {
                guard value(depth: depth) else { return false }
                count += 1
                guard at < end else { return false }
                if p[at] == JSONByte.comma { at += 1; continue }
                guard p[at] == JSONByte.closeBracket else { return false }
                at += 1
                break
            }
        }
        nodes[me].count = count
        nodes[me].end = UInt32(used)
        return true
    }

    /// Whether key `a` sorts strictly before key `b`, byte by byte (both ASCII, so this is the
    /// canonical order too): eight bytes at a time, compared as big-endian words.
    private static func isBefore(_ p: UnsafePointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let n = min(a.count, b.count)
        var k = 0
        while k + 8 <= n {
            let x = UnsafeRawPointer(p + a.lowerBound + k).loadUnaligned(as: UInt64.self)
            let y = UnsafeRawPointer(p + b.lowerBound + k).loadUnaligned(as: UInt64.self)
            if x != y { return UInt64(bigEndian: x) < UInt64(bigEndian: y) }
            k += 8
        }
        while k < n {
            if p[a.lowerBound + k] != p[b.lowerBound + k] { return p[a.lowerBound + k] < p[b.lowerBound + k] }
            k += 1
        }
        return a.count < b.count
    }

    /// Reads the string at `at` (its opening quote) into a node; returns its content's range.
    /// A key must be ASCII with no escape; any other string must be well-formed UTF-8. A string
    /// with an escape is decoded by `JSONParser`.
    private mutating func string(asKey: Bool) -> Range<Int>? {
        // The text and its end in locals: writing nodes through `self` would otherwise make the
        // loop load them again for every word.
        let p = self.p, end = self.end
        let open = at
        var i = at &+ 1
        var escaped = false
        // Eight bytes at a time while none is a quote, a backslash, a control character or not
        // ASCII; the first such byte is found from the word's mask, then taken on its own.
        while true {
            while i &+ 8 <= end {
                let stops = Self.stopMask(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                if stops != 0 {
                    i &+= stops.trailingZeroBitCount &>> 3
                    break
                }
                i &+= 8
            }
            guard i < end else { return nil }
            let c = p[i]
            if c == JSONByte.quote { break }
            if c < 0x20 { return nil }
            if c >= 0x80 {
                guard !asKey, let next = UTF8Validation.sequenceEnd(p, at: i, end: end) else { return nil }
                i = next
            } else if c == JSONByte.backslash {
                guard !asKey, i + 1 < end else { return nil }
                escaped = true
                i += 2
            } else {
                i += 1
            }
        }
        let content = (open + 1)..<i
        at = i + 1
        if escaped {
            guard case .string(let s)? = try? JSONParser.parse(UnsafeRawBufferPointer(start: p + open, count: at - open)) else { return nil }
            decoded.append(s)
            _ = push(.escapedString, start: UInt32(decoded.count - 1))
        } else {
            let prefix = content.lowerBound + 8 <= end
                ? Self.maskedPrefix(UnsafeRawPointer(p + content.lowerBound).loadUnaligned(as: UInt64.self), content.count)
                : JSONTape.Key.word(p + content.lowerBound, content.count)
            _ = push(.string, count: UInt32(content.count), start: UInt32(content.lowerBound), integer: prefix)
        }
        return content
    }

    /// A mask of the bytes of `w` (as loaded, first byte lowest) that end a plain run of a
    /// string: a quote, a backslash, a byte below 0x20 or one not ASCII. A borrow may set bits
    /// above the lowest stopping byte, so only the lowest set bit is exact: read no other.
    @inline(__always)
    static func stopMask(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
        return ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (w &- ones &* 0x20) & ~w | w) & highs
    }

    /// `JSONTape.Key.word` of a string of `count` bytes whose first eight bytes (some of them past its
    /// end when `count` < 8) were loaded as `word`: the bytes past its end are zeroed.
    @inline(__always)
    static func maskedPrefix(_ word: UInt64, _ count: Int) -> Int64 {
        let le = UInt64(littleEndian: word)
        return Int64(bitPattern: count >= 8 ? le : le & ((1 &<< (UInt64(count) &* 8)) &- 1))
    }

    /// Reads an integer written `-?(0|[1-9][0-9]*)` within ±`JSONValue.maxSafeInteger`.
    private mutating func integer() -> Bool {
        var i = at
        let negative = p[i] == JSONByte.minus
        if negative { i += 1 }
        let digits = i
        var magnitude: Int64 = 0
        while i < end, p[i] >= JSONByte.zero, p[i] <= JSONByte.nine, i - digits < 17 {
            magnitude = magnitude * 10 + Int64(p[i] - JSONByte.zero)
            i += 1
        }
        let n = i - digits
        guard n > 0, n <= 16, !(n > 1 && p[digits] == JSONByte.zero), magnitude <= JSONValue.maxSafeInteger else { return false }
        if i < end, p[i] == 0x2E || p[i] | 0x20 == 0x65 || (p[i] >= JSONByte.zero && p[i] <= JSONByte.nine) { return false }
        at = i
        _ = push(.integer, integer: negative ? -magnitude : magnitude)
        return true
    }
}
