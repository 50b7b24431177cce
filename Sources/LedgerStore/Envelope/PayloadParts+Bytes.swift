import CSHA256
import LedgerJSON

#if canImport(Glibc)
import Glibc
#endif

// Keeps events/INVARIANTS.md rule 53: the version 2 parts are digested from the canonical bytes in place, agreeing exactly with the JSONValue path.
/// Version 2's parts worked out from canonical bytes in place: the writer's `parts` member and
/// payload digest for a new payload, and verify's check of a stored line, with no `JSONValue`
/// built and nothing re-encoded. A part's canonical value is a slice of its payload's canonical
/// bytes (a member's value, or an element of a member's array), so its digest is SHA-256 of
/// `["<salt>","<pointer>",` then that slice then `]`.
///
/// Only the usual shape is taken here: member names of printable ASCII that need no escape, in a
/// JSON string or in a pointer (no `~` or `/`: `PayloadParts.pointer(member:)` stays the one home of
/// RFC 6901's escaping). Anything else gives nil, and the caller takes the `JSONValue` path
/// (`PayloadParts.Stored`), the one that says what is wrong. So
/// what these accept, and the bytes and digests they give, are exactly the `JSONValue` path's
/// (tested on every sample and mutation the fast path's tests use, and on erased lines).
extension PayloadParts {
    /// A canonical payload object's members, read in place.
    struct RawPayload {
        var members: [RawMember] = []
        /// The elements of the members whose values are non-empty arrays, each a range of the payload.
        var elements: [Range<Int>] = []
    }

    /// One member of a `RawPayload`.
    struct RawMember {
        /// Its name, a range of the payload's bytes: printable ASCII needing no escape, in a JSON
        /// string or in a pointer (`isPlainPointerNameByte`), so its pointer is `/` then the name.
        var name: Range<Int>
        /// Its value, a range of the payload's bytes.
        var value: Range<Int>
        /// When its value is a non-empty array: its elements, a range of `RawPayload.elements`.
        var elements: Range<Int>?
    }

    /// Whether a byte may stand in a member name or pointer read here: printable ASCII other
    /// than `"` and `\` (so it is written as itself in a canonical string, and sorts by UTF-16
    /// code units as it sorts by bytes).
    @inline(__always)
    static func isPlainNameByte(_ c: UInt8) -> Bool {
        c >= 0x20 && c <= 0x7E && c != JSONByte.quote && c != JSONByte.backslash
    }

    /// Whether a byte may stand in a member name the byte path reads: plain (`isPlainNameByte`)
    /// and neither `~` nor `/`, so the name's pointer is `/` then the name as it stands. A name
    /// holding either is declined: its pointer is escaped only by `pointer(member:)`.
    @inline(__always)
    static func isPlainPointerNameByte(_ c: UInt8) -> Bool {
        isPlainNameByte(c) && c != UInt8(ascii: "~") && c != UInt8(ascii: "/")
    }

    /// The members of `payload`, which must already be known to be a canonical JSON object
    /// (written by `CanonicalJSON`, or accepted by `CanonicalValidator`); nil when a member's name
    /// is not plain (see `isPlainPointerNameByte`) or the bytes are not of that shape.
    static func rawPayload(canonical payload: UnsafeRawBufferPointer) -> RawPayload? {
        let end = payload.count
        guard end >= 2, let base = payload.baseAddress else { return nil }
        let p = base.assumingMemoryBound(to: UInt8.self)
        guard p[0] == JSONByte.openBrace, p[end - 1] == JSONByte.closeBrace else { return nil }
        var out = RawPayload()
        out.members.reserveCapacity(16)
        var i = 1
        if p[i] == JSONByte.closeBrace { return i + 1 == end ? out : nil }
        while true {
            // "name":
            guard i < end, p[i] == JSONByte.quote else { return nil }
            i += 1
            let nameStart = i
            while i < end, p[i] != JSONByte.quote {
                guard isPlainPointerNameByte(p[i]) else { return nil }
                i += 1
            }
            guard i + 2 < end, p[i + 1] == JSONByte.colon else { return nil }
            i += 2
            let valueStart = i
            var elements: Range<Int>? = nil
            if p[i] == JSONByte.openBracket, p[i + 1] != JSONByte.closeBracket {
                let first = out.elements.count
                i += 1
                while true {
                    guard let next = skipValue(p, i, end) else { return nil }
                    out.elements.append(i..<next)
                    i = next
                    guard i < end else { return nil }
                    if p[i] == JSONByte.comma { i += 1; continue }
                    guard p[i] == JSONByte.closeBracket else { return nil }
                    i += 1
                    break
                }
                elements = first..<out.elements.count
            } else {
                guard let next = skipValue(p, i, end) else { return nil }
                i = next
            }
            out.members.append(RawMember(name: nameStart..<(valueStart - 2), value: valueStart..<i, elements: elements))
            guard i < end else { return nil }
            if p[i] == JSONByte.comma {
                i += 1
                continue
            }
            guard p[i] == JSONByte.closeBrace, i + 1 == end else { return nil }
            return out
        }
    }

    /// Just past the well-formed JSON value at `i` (nil when it runs past `end`).
    @inline(__always)
    static func skipValue(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        guard i < end else { return nil }
        var k = i
        let c = p[k]
        if c == JSONByte.quote { return skipString(p, k, end) }
        if c != JSONByte.openBrace && c != JSONByte.openBracket {
            while k < end, p[k] != JSONByte.comma, p[k] != JSONByte.closeBrace, p[k] != JSONByte.closeBracket { k += 1 }
            return k < end ? k : nil
        }
        var depth = 0
        while k < end {
            let b = p[k]
            if b == JSONByte.quote {
                guard let next = skipString(p, k, end) else { return nil }
                k = next
                continue
            }
            if b == JSONByte.openBrace || b == JSONByte.openBracket {
                depth += 1
            } else if b == JSONByte.closeBrace || b == JSONByte.closeBracket {
                depth -= 1
                if depth == 0 { return k + 1 }
            }
            k += 1
        }
        return nil
    }

    /// Just past the string literal whose opening quote is at `i` (plain ASCII skipped eight bytes
    /// at a time).
    @inline(__always)
    static func skipString(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        var k = i + 1
        while k < end {
            k = CanonicalValidator.skipPlainASCII(p, from: k, end: end)
            guard k < end else { return nil }
            let b = p[k]
            if b == JSONByte.quote { return k + 1 }
            k += b == JSONByte.backslash ? 2 : 1
        }
        return nil
    }

    // Keeps events/INVARIANTS.md rule 58: the parts' digests worked out together are each one's own.
    /// The digests of `count` parts, handed to `body` by index: part `k`'s is SHA-256 of
    /// `["salt","pointer",value]` (canonical: salt and pointer need no escapes) with the three byte
    /// ranges `part(k)` gives, or `.zero` when it gives nil (an erased part: no digest worked out).
    /// Each message is written whole into one scratch block on the stack (a few dozen bytes a part,
    /// so the lanes read whole blocks in place rather than gathering seven pieces), and they are
    /// worked out together, two at a time on the CPU's SHA lanes (`csha256_hash_many`).
    static func withPartDigests<R>(
        count: Int, _ part: (Int) -> (salt: UnsafeRawBufferPointer, pointer: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer)?,
        _ body: (UnsafeBufferPointer<SHA256Digest>) -> R
    ) -> R {
        // `["` salt `","` pointer `",` value `]`: 8 bytes besides the three ranges.
        var total = 0
        for k in 0..<count {
            if let (salt, pointer, value) = part(k) { total += 8 + salt.count + pointer.count + value.count }
        }
        return withUnsafeTemporaryAllocation(byteCount: max(total, 1), alignment: 8) { text in
            withUnsafeTemporaryAllocation(of: csha256_piece.self, capacity: count) { pieces in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: count) { counts in
                    withUnsafeTemporaryAllocation(of: Bool.self, capacity: count) { present in
                        withUnsafeTemporaryAllocation(byteCount: 32 * count, alignment: 8) { raw in
                            withUnsafeTemporaryAllocation(of: SHA256Digest.self, capacity: count) { digests in
                                var w = RawWriter(text)
                                var messages = 0
                                for k in 0..<count {
                                    guard let (salt, pointer, value) = part(k) else {
                                        present[k] = false
                                        continue
                                    }
                                    present[k] = true
                                    let from = w.at
                                    w.literal("[\"")
                                    w.bytes(salt)
                                    w.literal("\",\"")
                                    w.bytes(pointer)
                                    w.literal("\",")
                                    w.bytes(value)
                                    w.literal("]")
                                    pieces[messages] = csha256_piece(data: UnsafeRawPointer(text.baseAddress! + from), len: w.at - from)
                                    counts[messages] = 1
                                    messages += 1
                                }
                                precondition(w.at == total, "the parts' messages are not the length worked out")
                                if messages > 0 {
                                    csha256_hash_many(pieces.baseAddress, counts.baseAddress, messages, raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
                                }
                                var m = 0
                                for k in 0..<count {
                                    if present[k] {
                                        (digests.baseAddress! + k).initialize(to: SHA256Digest(rawDigest: UnsafeRawPointer(raw.baseAddress! + 32 * m)))
                                        m += 1
                                    } else {
                                        (digests.baseAddress! + k).initialize(to: .zero)
                                    }
                                }
                                return body(UnsafeBufferPointer(digests))
                            }
                        }
                    }
                }
            }
        }
    }

    /// The first `n` bytes at `a` and `b` compared as `memcmp` compares them (negative, zero,
    /// positive), inline and eight bytes at a time: the names and pointers compared here are short,
    /// so a call to the C library's `memcmp` costs more than the comparison.
    @inline(__always)
    static func compareBytes(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ n: Int) -> Int {
        var k = 0
        while k + 8 <= n {
            let x = UInt64(bigEndian: a.loadUnaligned(fromByteOffset: k, as: UInt64.self))
            let y = UInt64(bigEndian: b.loadUnaligned(fromByteOffset: k, as: UInt64.self))
            if x != y { return x < y ? -1 : 1 }
            k += 8
        }
        while k < n {
            let x = a.load(fromByteOffset: k, as: UInt8.self), y = b.load(fromByteOffset: k, as: UInt8.self)
            if x != y { return x < y ? -1 : 1 }
            k += 1
        }
        return 0
    }

    /// Whether `a` sorts before `b`, byte by byte (for the ASCII read here, UTF-16 order too).
    @inline(__always)
    static func bytesPrecede(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        let n = min(a.count, b.count)
        if n > 0, let pa = a.baseAddress, let pb = b.baseAddress {
            let c = compareBytes(pa, pb, n)
            if c != 0 { return c < 0 }
        }
        return a.count < b.count
    }

    /// Whether `a`, then `/` when `aSlash`, sorts before `b`, then `/` when `bSlash`, byte by byte.
    static func keyPrecedes(_ a: UnsafeRawBufferPointer, _ aSlash: Bool, _ b: UnsafeRawBufferPointer, _ bSlash: Bool) -> Bool {
        let n = min(a.count, b.count)
        if n > 0 {
            let c = compareBytes(a.baseAddress!, b.baseAddress!, n)
            if c != 0 { return c < 0 }
        }
        // One is the start of the other: compare what follows, `/` standing after a name that has it.
        let slash = UInt8(ascii: "/")
        let la = a.count + (aSlash ? 1 : 0), lb = b.count + (bSlash ? 1 : 0)
        var k = n
        while k < la && k < lb {
            let x = k < a.count ? a[k] : slash
            let y = k < b.count ? b[k] : slash
            if x != y { return x < y }
            k += 1
        }
        return la < lb
    }

    /// Whether `a` and `b` are the same bytes.
    @inline(__always)
    static func sameBytes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        a.count == b.count && (a.count == 0 || compareBytes(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    /// The number of parts of `payload`: one per member, except a non-empty array, one per element
    /// (so the number of salts a writer needs for it).
    static func partCount(of payload: JSONValue) -> Int {
        guard case .object(let members) = payload else { return 0 }
        var n = 0
        for value in members.values {
            if case .array(let items) = value, !items.isEmpty { n += items.count } else { n += 1 }
        }
        return n
    }

    /// The bytes after a new version 2 line's header, `,"parts":{"erased":{},"salts":{…}},"payload":`
    /// then `payload` (its canonical bytes), and the payload digest, with the salts `saltHex` (32
    /// lowercase hex digits each, one per part) given to the parts in the order of their pointers.
    /// Exactly what `PayloadParts.Stored` gives for the same salts; nil when the payload is not of
    /// the plain shape read here (then take that path).
    static func newLineBody(canonicalPayload payload: [UInt8], saltHex: UnsafeRawBufferPointer) -> (body: [UInt8], digest: SHA256Digest)? {
        payload.withUnsafeBytes { bytes -> (body: [UInt8], digest: SHA256Digest)? in
            guard let raw = rawPayload(canonical: bytes) else { return nil }
            // Every part: its pointer (a range of `text`: `/` then the member's name, which needs
            // no escape, then `/N` for an element) and its value (a range of the payload).
            var text: [UInt8] = []
            text.reserveCapacity(2 * payload.count / 3)
            var parts: [(pointer: Range<Int>, value: Range<Int>)] = []
            parts.reserveCapacity(raw.members.count + raw.elements.count)
            for m in raw.members {
                let name = UnsafeRawBufferPointer(rebasing: bytes[m.name])
                guard let elements = m.elements else {
                    let from = text.count
                    text.append(UInt8(ascii: "/"))
                    text.append(contentsOf: name)
                    parts.append((from..<text.count, m.value))
                    continue
                }
                for (k, e) in elements.enumerated() {
                    let from = text.count
                    text.append(UInt8(ascii: "/"))
                    text.append(contentsOf: name)
                    text.append(UInt8(ascii: "/"))
                    CanonicalJSON.appendInteger(Int64(k), to: &text)
                    parts.append((from..<text.count, raw.elements[e]))
                }
            }
            guard saltHex.count == 2 * saltBytes * parts.count else { return nil }
            let order = text.withUnsafeBytes { t in
                parts.indices.sorted { bytesPrecede(UnsafeRawBufferPointer(rebasing: t[parts[$0].pointer]), UnsafeRawBufferPointer(rebasing: t[parts[$1].pointer])) }
            }
            var pointerBytes = 0
            for part in parts { pointerBytes += part.pointer.count }
            let comma = max(0, parts.count - 1)
            let head: StaticString = ",\"parts\":{\"erased\":{},\"salts\":{", tail: StaticString = "}},\"payload\":"
            let bodyCount = head.utf8CodeUnitCount + pointerBytes + parts.count * (5 + 2 * saltBytes) + comma + tail.utf8CodeUnitCount + payload.count
            let objectCount = 2 + pointerBytes + parts.count * 69 + comma
            var digest = SHA256Digest.zero
            let body = [UInt8](unsafeUninitializedCapacity: bodyCount) { bodyOut, bodyDone in
                var b = RawWriter(UnsafeMutableRawBufferPointer(bodyOut))
                withUnsafeTemporaryAllocation(byteCount: objectCount, alignment: 8) { room in
                    var o = RawWriter(room)
                    b.literal(head)
                    o.literal("{")
                    text.withUnsafeBytes { t in
                        withPartDigests(count: order.count, { n in
                            (UnsafeRawBufferPointer(rebasing: saltHex[(n * 2 * saltBytes)..<((n + 1) * 2 * saltBytes)]),
                                UnsafeRawBufferPointer(rebasing: t[parts[order[n]].pointer]), UnsafeRawBufferPointer(rebasing: bytes[parts[order[n]].value]))
                        }) { digests in
                            for (n, k) in order.enumerated() {
                                let pointer = UnsafeRawBufferPointer(rebasing: t[parts[k].pointer])
                                let salt = UnsafeRawBufferPointer(rebasing: saltHex[(n * 2 * saltBytes)..<((n + 1) * 2 * saltBytes)])
                                if n > 0 {
                                    b.literal(",")
                                    o.literal(",")
                                }
                                b.literal("\"")
                                b.bytes(pointer)
                                b.literal("\":\"")
                                b.bytes(salt)
                                b.literal("\"")
                                o.literal("\"")
                                o.bytes(pointer)
                                o.literal("\":\"")
                                o.digest(digests[n])
                                o.literal("\"")
                            }
                        }
                    }
                    o.literal("}")
                    precondition(o.at == objectCount, "the payload digest's object is not the length worked out")
                    digest = SHA256.hash(UnsafeRawBufferPointer(room))
                }
                b.literal(tail)
                b.bytes(bytes)
                precondition(b.at == bodyCount, "the parts are not the length worked out")
                bodyDone = bodyCount
            }
            return (body, digest)
        }
    }

    /// One pointer of a stored line's `parts`, read in place.
    private struct RawEntry {
        /// The pointer, a range of the parts' bytes; `memberEnd` ends its member's pointer within it.
        var pointer: Range<Int>
        var memberEnd: Int
        /// The element index, or −1 for a whole member.
        var element: Int
        /// Where its 32-digit salt (present) or 64-digit digest (erased) starts in the parts' bytes.
        var hexAt: Int
        var present: Bool
        /// Its value, a range of the payload (present parts, once matched).
        var value: Range<Int> = 0..<0
    }

    /// A stored version 2 line's parts matched with its payload's members (`matchStored`).
    private struct Matched {
        /// Every pointer in the order of its bytes, present ones with their values.
        var entries: [RawEntry]
        /// The erased parts' entries, in the order of their bytes.
        var erased: ArraySlice<RawEntry>
    }

    /// A stored version 2 line's salts and erased parts' digests, read from its `parts` (their bytes)
    /// when they fit its `payload` (bytes already known to be a canonical object), as
    /// `PayloadParts.Stored.presentParts` decides it (rule 2 of version 2), without working out any
    /// digest: what every reader checks of a line, and what `PayloadParts.read` gives. Nil when
    /// they do not fit, or when the shape is not the plain one read here (then take the general
    /// path, which decides and says why).
    static func storedParts(parts: UnsafeRawBufferPointer, payload: UnsafeRawBufferPointer) -> (salts: [JSONKey: String], erased: [JSONKey: SHA256Digest])? {
        guard let pb = parts.baseAddress, let matched = matchStored(parts: parts, payload: payload) else { return nil }
        @inline(__always) func text(_ at: Int, _ count: Int) -> String { String(decoding: UnsafeRawBufferPointer(start: pb + at, count: count), as: UTF8.self) }
        var salts: [JSONKey: String] = [:]
        salts.reserveCapacity(matched.entries.count - matched.erased.count)
        var erased: [JSONKey: SHA256Digest] = [:]
        for e in matched.entries {
            let pointer = JSONKey(text(e.pointer.lowerBound, e.pointer.count))
            if e.present {
                salts[pointer] = text(e.hexAt, 2 * saltBytes)
            } else {
                // 64 lowercase hex digits (checked by `readPointers`).
                guard let digest = EventLine.hexDigest(pb + e.hexAt) else { return nil }
                erased[pointer] = digest
            }
        }
        return (salts, erased)
    }

    /// Checks a stored version 2 line's `parts` (their bytes) and `payload` (bytes already known to
    /// be a canonical object) against `payloadDigest` from the header, as `EventLine.decodeVersion2`
    /// does with `verify` (rules 2, 4 and 6 of version 2): the erased parts' pointers when the line
    /// is sound, in the order of their bytes; nil when it is not, or when its shape is not the plain one
    /// read here (then take the general path, which decides).
    static func checkStored(parts: UnsafeRawBufferPointer, payload: UnsafeRawBufferPointer, payloadDigest: SHA256Digest) -> [String]? {
        checkStored(parts: parts, payload: payload, payloadDigest: payloadDigest, header: nil, eventHash: .zero)?.erased
    }

    /// `checkStored`, and with `header` (the line's header bytes) also the header's digest and the
    /// RFC 6962 leaf hash of `eventHash` (`MerkleHash.leaf(eventHash:)`), worked out on the SHA
    /// lanes together with the payload digest's object (rule 58); the caller compares the header's
    /// digest with the line's hash. Without `header`, both are `.zero`.
    static func checkStored(
        parts: UnsafeRawBufferPointer, payload: UnsafeRawBufferPointer, payloadDigest: SHA256Digest, header: UnsafeRawBufferPointer?, eventHash: SHA256Digest
    ) -> (erased: [String], headerDigest: SHA256Digest, leaf: SHA256Digest)? {
        guard let pb = parts.baseAddress, let matched = matchStored(parts: parts, payload: payload) else { return nil }
        var headerDigest = SHA256Digest.zero, leaf = SHA256Digest.zero
        let entries = matched.entries
        @inline(__always) func bytes(_ r: Range<Int>) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: pb + r.lowerBound, count: r.count) }
        // The payload digest: every pointer in order with its part's digest.
        var pointerBytes = 0
        for e in entries { pointerBytes += e.pointer.count }
        let objectCount = 2 + pointerBytes + entries.count * 69 + max(0, entries.count - 1)
        let sound = withUnsafeTemporaryAllocation(byteCount: objectCount, alignment: 8) { room -> Bool in
            var o = RawWriter(room)
            o.literal("{")
            withPartDigests(count: entries.count, { k in
                let e = entries[k]
                return e.present
                    ? (bytes(e.hexAt..<(e.hexAt + 2 * saltBytes)), bytes(e.pointer), UnsafeRawBufferPointer(rebasing: payload[e.value])) : nil
            }) { digests in
                for (k, e) in entries.enumerated() {
                    if k > 0 { o.literal(",") }
                    o.literal("\"")
                    o.bytes(bytes(e.pointer))
                    o.literal("\":\"")
                    if e.present {
                        o.digest(digests[k])
                    } else {
                        o.bytes(bytes(e.hexAt..<(e.hexAt + 64)))
                    }
                    o.literal("\"")
                }
            }
            o.literal("}")
            precondition(o.at == objectCount, "the payload digest's object is not the length worked out")
            let object = UnsafeRawBufferPointer(room)
            guard let header else { return SHA256.hash(object) == payloadDigest }
            let objectDigest: SHA256Digest
            (objectDigest, headerDigest, leaf) = MerkleHash.withLeafInput(eventHash: eventHash) { SHA256.hash(object, and: header, and: $0) }
            return objectDigest == payloadDigest
        }
        guard sound else { return nil }
        return (matched.erased.map { String(decoding: bytes($0.pointer), as: UTF8.self) }, headerDigest, leaf)
    }

    /// The parts of a stored version 2 line read in place and matched with its payload's members
    /// (`storedParts`, `checkStored`); nil when they do not fit or the shape is not the plain one.
    private static func matchStored(parts: UnsafeRawBufferPointer, payload: UnsafeRawBufferPointer) -> Matched? {
        guard let pb = parts.baseAddress, parts.count >= 24 else { return nil }
        let p = pb.assumingMemoryBound(to: UInt8.self)
        let n = parts.count
        var i = 10
        var read: [RawEntry] = []
        read.reserveCapacity(16)
        guard EventLine.matches(p, 0, n, "{\"erased\":"), readPointers(p, n, &i, digits: 64, present: false, into: &read) else { return nil }
        let erasedCount = read.count
        guard EventLine.matches(p, i, n, ",\"salts\":") else { return nil }
        i += 9
        guard readPointers(p, n, &i, digits: 2 * saltBytes, present: true, into: &read), i + 1 == n, p[i] == JSONByte.closeBrace else { return nil }
        guard var raw = rawPayload(canonical: payload) else { return nil }
        @inline(__always) func bytes(_ r: Range<Int>) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: pb + r.lowerBound, count: r.count) }

        // Every pointer in the order of its bytes (both lists are sorted; merged when some are
        // erased). A pointer in both lists is one part present and erased: refused.
        var entries: [RawEntry]
        if erasedCount == 0 {
            // Moved, not shared: `entries` is written below.
            entries = read
            read = []
        } else {
            entries = []
            entries.reserveCapacity(read.count)
            var a = 0, b = erasedCount
            while a < erasedCount || b < read.count {
                if a < erasedCount, b < read.count, sameBytes(bytes(read[a].pointer), bytes(read[b].pointer)) { return nil }
                let takeErased = b == read.count || (a < erasedCount && bytesPrecede(bytes(read[a].pointer), bytes(read[b].pointer)))
                if takeErased {
                    entries.append(read[a])
                    a += 1
                } else {
                    entries.append(read[b])
                    b += 1
                }
            }
        }
        // The payload's members in the order their pointers come in: by `/name`, or `/name/` for a
        // list (whose pointers are its elements'); that is their names' order unless a list's name
        // is the start of another name.
        // Names are compared here without their pointers' leading `/`, which all share.
        @inline(__always) func name(_ m: RawMember) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: payload[m.name]) }
        var sorted = true
        for k in raw.members.indices.dropFirst() {
            let a = raw.members[k - 1], b = raw.members[k]
            guard keyPrecedes(name(a), a.elements != nil, name(b), b.elements != nil) else {
                sorted = false
                break
            }
        }
        if !sorted {
            raw.members.sort { keyPrecedes(name($0), $0.elements != nil, name($1), $1.elements != nil) }
        }

        // Each member's pointers are consecutive (a whole member's pointer is a prefix of no other
        // member's, and sorts before its elements'), so one pass matches them with the members.
        let matched = { () -> Bool in
            let count = entries.count
            var m = 0, g = 0
            while g < count {
                let first = entries[g]
                // The member's name in the pointer (after its `/`).
                let pointerName = bytes((first.pointer.lowerBound + 1)..<first.memberEnd)
                var end = g + 1
                while end < count, sameBytes(bytes((entries[end].pointer.lowerBound + 1)..<entries[end].memberEnd), pointerName) { end += 1 }
                var hasMember = false
                if m < raw.members.count {
                    let member = name(raw.members[m])
                    hasMember = sameBytes(member, pointerName)
                    // A payload member whose pointers would come before these has no salt.
                    if !hasMember, keyPrecedes(member, raw.members[m].elements != nil, bytes((first.pointer.lowerBound + 1)..<first.pointer.upperBound), false) {
                        return false
                    }
                }
                if first.element < 0 {
                    // A whole member: one part, never also by elements.
                    guard end == g + 1 else { return false }
                    if first.present {
                        guard hasMember, raw.members[m].elements == nil else { return false }
                        entries[g].value = raw.members[m].value
                        m += 1
                    } else {
                        guard !hasMember else { return false }
                    }
                    g = end
                    continue
                }
                // Elements 0 … N−1, none missing (the pointers are distinct, so distinct indices below N).
                let run = end - g
                var presentCount = 0
                for k in g..<end {
                    guard entries[k].element < run else { return false }
                    if entries[k].present { presentCount += 1 }
                }
                if presentCount == 0 {
                    guard !hasMember else { return false }
                    g = end
                    continue
                }
                guard hasMember, let elements = raw.members[m].elements, elements.count == presentCount else { return false }
                // The present elements are the member's list in index order: element N is at N,
                // less the erased elements before it.
                for k in g..<end where entries[k].present {
                    var at = entries[k].element
                    if presentCount < run {
                        for j in g..<end where !entries[j].present && entries[j].element < entries[k].element { at -= 1 }
                    }
                    entries[k].value = raw.elements[elements.lowerBound + at]
                }
                m += 1
                g = end
            }
            return m == raw.members.count
        }()
        guard matched else { return nil }

        return Matched(entries: entries, erased: read[0..<erasedCount])
    }

    /// Reads one object of `parts` at `i` — pointers to `digits` lowercase hex digits, the pointers
    /// well formed and strictly increasing — into `entries`, moving `i` past it; false when it is not
    /// exactly that.
    private static func readPointers(
        _ p: UnsafePointer<UInt8>, _ n: Int, _ i: inout Int, digits: Int, present: Bool, into entries: inout [RawEntry]
    ) -> Bool {
        guard i < n, p[i] == JSONByte.openBrace else { return false }
        i += 1
        if i < n, p[i] == JSONByte.closeBrace {
            i += 1
            return true
        }
        var previous: Range<Int>? = nil
        while true {
            guard i + 1 < n, p[i] == JSONByte.quote, p[i + 1] == UInt8(ascii: "/") else { return false }
            let from = i + 1
            var k = from + 1
            // The member's name: plain bytes with no `~` (a name escaped in its pointer is declined,
            // as `rawPayload` declines it), up to a `/` or the end.
            while k < n, p[k] != JSONByte.quote, p[k] != UInt8(ascii: "/") {
                guard isPlainPointerNameByte(p[k]) else { return false }
                k += 1
            }
            guard k < n else { return false }
            let memberEnd = k
            var element = -1
            if p[k] == UInt8(ascii: "/") {
                // An element: a canonical decimal from 0, at most 15 digits.
                k += 1
                let digitsFrom = k
                var value = 0
                while k < n, p[k] >= JSONByte.zero, p[k] <= JSONByte.zero + 9 {
                    value = value * 10 + Int(p[k] - JSONByte.zero)
                    k += 1
                }
                let count = k - digitsFrom
                guard count >= 1, count <= 15, count == 1 || p[digitsFrom] != JSONByte.zero, k < n, p[k] == JSONByte.quote else { return false }
                element = value
            }
            let pointer = from..<k
            if let previous {
                guard bytesPrecede(UnsafeRawBufferPointer(start: p + previous.lowerBound, count: previous.count), UnsafeRawBufferPointer(start: p + from, count: k - from))
                else { return false }
            }
            previous = pointer
            i = k
            guard EventLine.matches(p, i, n, "\":\""), i + 3 + digits < n else { return false }
            i += 3
            // Lowercase hex, eight digits at a time (`digits` is 32 or 64).
            var d = i
            while d < i + digits {
                guard SHA256Digest.hexWord(UInt64(littleEndian: UnsafeRawPointer(p + d).loadUnaligned(as: UInt64.self))).valid else { return false }
                d += 8
            }
            entries.append(RawEntry(pointer: pointer, memberEnd: memberEnd, element: element, hexAt: i, present: present))
            i += digits
            guard i + 1 < n, p[i] == JSONByte.quote else { return false }
            i += 1
            if p[i] == JSONByte.comma {
                i += 1
                continue
            }
            guard p[i] == JSONByte.closeBrace else { return false }
            i += 1
            return true
        }
    }
}
