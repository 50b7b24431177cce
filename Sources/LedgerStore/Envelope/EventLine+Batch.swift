import LedgerJSON

/// Building a batch's lines in two steps, so that only the hashing is a chain: every line's length
/// is known before any line is hashed (`EventHeader.canonicalByteCount`), so each line is written
/// straight into its place in the batch's buffer, on all cores for a large batch, with its two
/// chained fields left blank (`writeUnchained`); then, in order, each line's `prev` is filled in
/// and its header hashed (`chain`). The bytes are exactly those `EventLine.append` writes.
extension EventLine {
    /// Where a line's parts are, from its first byte.
    struct Layout {
        /// The whole line with its newline.
        var length: Int
        /// Just past the header's closing brace.
        var headerEnd: Int
        /// The first of the 64 digits of the header's `prev`.
        var prevAt: Int

        /// `bodyBytes`: the length of the bytes after the header's closing brace (see
        /// `EventLine.append`: `,"payload":{…}`, or in version 2 `,"parts":{…},"payload":{…}`).
        init(header: EventHeader, bodyBytes: Int) {
            let headerBytes = header.canonicalByteCount
            length = EventLine.headerStart + headerBytes + bodyBytes + 2
            headerEnd = EventLine.headerStart + headerBytes
            prevAt = EventLine.headerStart + header.prevDigitsOffset
        }
    }

    /// Writes the line of `header` and `payload` (canonical bytes) into `out`, which is exactly
    /// `layout.length` bytes, except its own hash and the header's `prev`: those 128 digits are left
    /// as `out` holds them for `chain` to fill in. `recordedAtText` is the header's time as text.
    static func writeUnchained(
        header: EventHeader, layout: Layout, recordedAtText: UnsafeRawBufferPointer, body: UnsafeRawBufferPointer,
        into out: UnsafeMutableRawBufferPointer
    ) {
        precondition(out.count == layout.length, "the line's room is not its length")
        var w = RawWriter(out)
        w.literal("{\"hash\":\"")
        w.skip(64)
        w.literal("\",\"header\":{\"actor\":")
        w.string(header.actor)
        w.literal(header.endsBatch ? ",\"batchEnd\":true,\"id\":\"" : ",\"batchEnd\":false,\"id\":\"")
        header.id.withText { w.bytes($0) }
        w.literal("\",\"payloadDigest\":\"")
        w.digest(header.payloadDigest)
        w.literal("\",\"prev\":\"")
        precondition(w.at == layout.prevAt, "prev is not where the layout says")
        w.skip(64)
        w.literal("\",\"recordedAt\":\"")
        w.bytes(recordedAtText)
        w.literal("\",\"schema\":")
        w.integer(header.schema)
        w.literal(",\"seq\":")
        w.integer(header.seq)
        w.literal(",\"stream\":")
        w.string(header.stream)
        w.literal(",\"type\":")
        w.string(header.type)
        w.literal("}")
        precondition(w.at == layout.headerEnd, "the header does not end where the layout says")
        w.bytes(body)
        w.literal("}\n")
        precondition(w.at == layout.length, "the line does not end where the layout says")
    }

    /// Fills in the `prev` of a line `writeUnchained` wrote, hashes its header and writes the hash
    /// at the line's start; returns the hash (the next line's `prev`).
    static func chain(_ line: UnsafeMutableRawBufferPointer, layout: Layout, prev: SHA256Digest) -> SHA256Digest {
        precondition(line.count == layout.length, "the line is not its layout's length")
        let base = line.baseAddress!
        SHA256Digest.writeHex(prev.w0, prev.w1, prev.w2, prev.w3, to: base + layout.prevAt)
        let hash = SHA256.hash(UnsafeRawBufferPointer(rebasing: line[headerStart..<layout.headerEnd]))
        SHA256Digest.writeHex(hash.w0, hash.w1, hash.w2, hash.w3, to: base + 9)
        return hash
    }
}

/// Writes bytes into a buffer of known size from the front; every write is bounds-checked (lines,
/// and version 2's `parts` and payload digest objects).
struct RawWriter {
    let out: UnsafeMutableRawBufferPointer
    private(set) var at = 0

    init(_ out: UnsafeMutableRawBufferPointer) {
        self.out = out
    }

    @inline(__always)
    private mutating func room(_ count: Int) -> UnsafeMutableRawPointer {
        precondition(count <= out.count - at, "a line written past its room")
        defer { at += count }
        return out.baseAddress! + at
    }

    @inline(__always)
    mutating func literal(_ s: StaticString) {
        room(s.utf8CodeUnitCount).copyMemory(from: s.utf8Start, byteCount: s.utf8CodeUnitCount)
    }

    mutating func bytes(_ b: UnsafeRawBufferPointer) {
        guard let from = b.baseAddress, b.count > 0 else { return }
        room(b.count).copyMemory(from: from, byteCount: b.count)
    }

    mutating func skip(_ count: Int) {
        _ = room(count)
    }

    mutating func digest(_ d: SHA256Digest) {
        SHA256Digest.writeHex(d.w0, d.w1, d.w2, d.w3, to: room(64))
    }

    /// `s` as a canonical JSON string literal (`CanonicalJSON.appendString`'s bytes).
    mutating func string(_ s: String) {
        var s = s
        // The usual case: nothing to escape, so the literal is the bytes in quotes.
        let plain = s.withUTF8 { utf8 -> Bool in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == JSONByte.quote || $0 == JSONByte.backslash }) else { return false }
            room(1).storeBytes(of: JSONByte.quote, as: UInt8.self)
            bytes(UnsafeRawBufferPointer(utf8))
            room(1).storeBytes(of: JSONByte.quote, as: UInt8.self)
            return true
        }
        guard !plain else { return }
        var literal: [UInt8] = []
        CanonicalJSON.appendString(s, to: &literal)
        literal.withUnsafeBytes { bytes($0) }
    }

    /// `value` in canonical decimal (`CanonicalJSON.appendInteger`'s bytes).
    mutating func integer(_ value: Int64) {
        var digits: [UInt8] = []
        if value < 0 {
            CanonicalJSON.appendInteger(value, to: &digits)
            digits.withUnsafeBytes { bytes($0) }
            return
        }
        let count = CanonicalJSON.integerByteCount(value)
        let p = room(count)
        var v = value
        var k = count
        repeat {
            k -= 1
            p.storeBytes(of: JSONByte.zero + UInt8(v % 10), toByteOffset: k, as: UInt8.self)
            v /= 10
        } while k > 0
    }
}
