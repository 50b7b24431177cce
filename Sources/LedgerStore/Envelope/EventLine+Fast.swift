import LedgerJSON

#if canImport(Glibc)
import Glibc
#endif

/// The fast path for reading a line: a canonical line has a fixed shape, so its header is read in
/// place, field by field, with no dictionary and no re-encoding; its payload is checked for
/// canonical form in one pass (`CanonicalValidator`) and parsed only when the caller wants it.
///
/// Every function here accepts only bytes that are *exactly* the canonical spelling of what it
/// reads (lowercase hex and UUID, the 27-character time, canonical integers and strings), so a
/// line it accepts is one the general path (`EventLine.generalDecode`: parse, check, re-encode,
/// compare) accepts with the same result. Anything else gives nil, and the caller takes the
/// general path, which also says what is wrong. Tests compare the two on tampered and randomly
/// mutated lines.
extension EventLine {
    /// The header fields, read in place; strings as ranges of the line.
    struct ScannedHeader {
        var actor: Range<Int>
        var endsBatch: Bool
        var id: EventID
        var payloadDigest: SHA256Digest
        var previousHash: SHA256Digest
        var recordedAt: Timestamp
        var schema: Int64
        var seq: Int64
        var stream: Range<Int>
        var type: Range<Int>
        /// Just past the header's closing brace.
        var end: Int
    }

    /// The line's parts when it is a canonical line: its hash, the header read in place, a version 2
    /// line's `parts` range, and the payload's range (without the newline). Nil when anything is
    /// not exactly canonical.
    static func scan(_ line: UnsafeRawBufferPointer) -> (hash: SHA256Digest, header: ScannedHeader, parts: Range<Int>?, payload: Range<Int>)? {
        let n = line.count
        // Rule 1: the line and its newline within the one limit.
        guard n > headerStart + payloadKey.count + 2, n < EnvelopeRules.maxLineBytes, let base = line.baseAddress else { return nil }
        let p = base.assumingMemoryBound(to: UInt8.self)
        guard matches(p, 0, n, linePrefix), let hash = hexDigest(base + 9), matches(p, 73, n, lineHeaderKey),
            let header = scanHeader(p, from: headerStart, end: n - 1)
        else { return nil }
        var at = header.end
        var parts: Range<Int>? = nil
        if matches(p, at, n, partsKeyAfterBrace) {
            // Version 2: the parts run to the first `},"payload":` (their keys are pointers, which
            // begin with `/`); checked whole by the general path when verifying.
            let from = at + partsKeyAfterBrace.utf8CodeUnitCount
            guard from < n, p[from] == JSONByte.openBrace else { return nil }
            // The first `}` followed by `,"payload":`; `}` found by `memchr` (few stand in the parts).
            var k = from + 1
            while k < n - 1 {
                guard let hit = memchr(p + k, Int32(JSONByte.closeBrace), n - 1 - k) else { return nil }
                k = UnsafeRawPointer(hit) - UnsafeRawPointer(p)
                if matches(p, k + 1, n, payloadKeyAfterBrace) { break }
                k += 1
            }
            guard k < n - 1 else { return nil }
            parts = from..<(k + 1)
            at = k + 1
        }
        guard matches(p, at, n, payloadKeyAfterBrace), p[n - 1] == JSONByte.closeBrace,
            // A payload is an object (never `null`); with `verify` it is also checked whole, for
            // canonical form and its digest.
            at + payloadKeyAfterBrace.utf8CodeUnitCount < n - 1,
            p[at + payloadKeyAfterBrace.utf8CodeUnitCount] == JSONByte.openBrace
        else { return nil }
        return (hash, header, parts, (at + payloadKeyAfterBrace.utf8CodeUnitCount)..<(n - 1))
    }

    static var partsKeyAfterBrace: StaticString { ",\"parts\":" }

    static var payloadKeyAfterBrace: StaticString { ",\"payload\":" }

    /// Decodes a canonical line as `generalDecode` would, or returns nil (then take the general path).
    /// With `tape`, a payload a `JSONTape` takes is read onto one (others are parsed as usual);
    /// with `unsafeBorrowingIn` too, the tape is built there borrowing the line's bytes (see
    /// `JSONTape.init(unsafeBorrowing:scratch:)`: the caller keeps it before either changes).
    static func fastDecode(
        _ line: UnsafeRawBufferPointer, verify: Bool, decodePayload: Bool, keys: JSONKeyCache? = nil, tape: Bool = false,
        unsafeBorrowingIn borrowScratch: JSONTapeScratch? = nil
    ) -> StoredEvent? {
        guard let (hash, h, partsRange, payloadRange) = scan(line) else { return nil }
        let payloadBytes = UnsafeRawBufferPointer(rebasing: line[payloadRange])
        // A version 2 line: its parts read, and with `verify` checked as the general path checks
        // them (canonical parts and payload, the digest worked out from the parts, rule 11's own
        // `erases`); anything else gives nil, and the general path says what is wrong.
        var salts: [JSONKey: String]? = nil
        var erased: [JSONKey: SHA256Digest] = [:]
        var verifiedPayload: JSONValue? = nil
        if let partsRange, !verify {
            // Keeps events/INVARIANTS.md rule 62: a reader without verify refuses parts that do not fit the payload.
            // Every reader checks that the parts fit the payload (rule 2 of version 2), as the general
            // path does without `verify` too: read from the bytes, no digest worked out. The byte path
            // reads canonical payloads only (which the parser reads, keys that differ only by Unicode
            // normalisation as two keys: rule 65).
            let partsBytes = UnsafeRawBufferPointer(rebasing: line[partsRange])
            guard CanonicalValidator.isCanonicalObject(payloadBytes), let read = PayloadParts.storedParts(parts: partsBytes, payload: payloadBytes)
            else { return nil }
            (salts, erased) = (read.salts, read.erased)
        } else if let partsRange {
            let partsBytes = UnsafeRawBufferPointer(rebasing: line[partsRange])
            guard let value = try? JSONParser.parse(partsBytes), let read = PayloadParts.read(parts: value) else { return nil }
            (salts, erased) = (read.salts, read.erased)
            guard SHA256.hash(UnsafeRawBufferPointer(rebasing: line[headerStart..<h.end])) == hash,
                CanonicalValidator.isCanonicalObject(payloadBytes)
            else { return nil }
            // The usual line is checked from its bytes (rule 53; what `fastVerify` takes);
            // the others through values.
            let plain = isASCII(payloadBytes) && !line[h.type].elementsEqual(EnvelopeRules.erasureAuthorisedType.utf8)
                && PayloadParts.checkStored(parts: partsBytes, payload: payloadBytes, payloadDigest: h.payloadDigest) != nil
            if !plain {
                let stored = PayloadParts.Stored(payload: [:], salts: read.salts, erased: read.erased)
                guard stored.partsBytes().elementsEqual(partsBytes), let parsed = try? JSONParser.parse(payloadBytes), let members = parsed.objectValue
                else { return nil }
                let full = PayloadParts.Stored(payload: members, salts: read.salts, erased: read.erased)
                guard case .success(let present) = full.presentParts(), full.payloadDigest(present: present) == h.payloadDigest,
                    EnvelopeRules.problem(erasedParts: read.erased.keys.lazy.map(\.string), ofType: String(decoding: UnsafeRawBufferPointer(rebasing: line[h.type]), as: UTF8.self)) == nil
                else { return nil }
                verifiedPayload = parsed
            }
        } else if verify {
            guard CanonicalValidator.isCanonicalObject(payloadBytes) else { return nil }
            let (headerDigest, payloadDigest) = SHA256.hash(UnsafeRawBufferPointer(rebasing: line[headerStart..<h.end]), and: payloadBytes)
            guard headerDigest == hash, payloadDigest == h.payloadDigest else { return nil }
        }
        func text(_ r: Range<Int>) -> String {
            let bytes = UnsafeRawBufferPointer(rebasing: line[r])
            return keys?.headerTexts.text(bytes) ?? String(decoding: bytes, as: UTF8.self)
        }
        // One attempt at a tape: borrowing in the caller's scratch, or copied out of the key cache's.
        let made: JSONTape? =
            if !(tape && decodePayload) { nil }
            else if let borrowScratch { JSONTape(unsafeBorrowing: payloadBytes, scratch: borrowScratch) }
            else { JSONTape(object: payloadBytes, scratch: keys?.tapeScratch ?? JSONTapeScratch()) }
        if let t = made {
            return StoredEvent(
                seq: h.seq, id: h.id, stream: text(h.stream), type: text(h.type), schema: h.schema, recordedAt: h.recordedAt,
                actor: text(h.actor), payloadTape: t, payloadDigest: h.payloadDigest, previousHash: h.previousHash, hash: hash,
                endsBatch: h.endsBatch, partSalts: salts, erasedPartDigests: erased)
        }
        var payload: JSONValue? = nil
        if decodePayload, let verifiedPayload {
            payload = verifiedPayload
        } else if decodePayload {
            let parsed = keys.map { keys in try? JSONParser.parse(payloadBytes, keys: keys) } ?? (try? JSONParser.parse(payloadBytes))
            guard let value = parsed, value.objectValue != nil else { return nil }
            payload = value
        }
        return StoredEvent(
            seq: h.seq, id: h.id, stream: text(h.stream), type: text(h.type), schema: h.schema, recordedAt: h.recordedAt,
            actor: text(h.actor), payload: payload, payloadDigest: h.payloadDigest, previousHash: h.previousHash, hash: hash,
            endsBatch: h.endsBatch, partSalts: salts, erasedPartDigests: erased)
    }

    /// What verify needs of a line, when the line is canonical and its hash and payload digest
    /// match: its seq, hash, prev, time and batch mark, where its stream's name is in the line,
    /// whether it is of format version 2, (version 2) its erased parts' pointers, and its RFC 6962 leaf
    /// hash (`MerkleHash.leaf(eventHash:)`, worked out with the line's own hashes). Nil otherwise
    /// (take `decode` for the fault), and for an `erasureAuthorised` event, whose payload verify reads.
    /// A version 2 line's parts and payload digest are checked from its bytes
    /// (`PayloadParts.checkStored`), accepting only what `decodeVersion2` accepts.
    static func fastVerify(_ line: UnsafeRawBufferPointer) -> (
        seq: Int64, hash: SHA256Digest, prev: SHA256Digest, at: Timestamp, endsBatch: Bool, stream: Range<Int>, version2: Bool, erased: [String],
        leaf: SHA256Digest
    )? {
        guard let (hash, h, partsRange, payloadRange) = scan(line) else { return nil }
        let headerBytes = UnsafeRawBufferPointer(rebasing: line[headerStart..<h.end])
        let payloadBytes = UnsafeRawBufferPointer(rebasing: line[payloadRange])
        guard let partsRange else {
            // Version 1: the header's and the payload's digests and the leaf worked out together (rule 58).
            guard CanonicalValidator.isCanonicalObject(payloadBytes) else { return nil }
            let (headerDigest, payloadDigest, leaf) = MerkleHash.withLeafInput(eventHash: hash) { SHA256.hash(headerBytes, and: payloadBytes, and: $0) }
            guard headerDigest == hash, payloadDigest == h.payloadDigest else { return nil }
            return (h.seq, hash, h.previousHash, h.recordedAt, h.endsBatch, h.stream, false, [], leaf)
        }
        // Version 2. Only ASCII payloads (the byte path's names are plain ASCII; anything else is the
        // general path's). The header's digest and the leaf are worked out with the payload digest's
        // object (rule 58).
        guard CanonicalValidator.isCanonicalObject(payloadBytes), isASCII(payloadBytes), !line[h.type].elementsEqual(EnvelopeRules.erasureAuthorisedType.utf8),
            let checked = PayloadParts.checkStored(
                parts: UnsafeRawBufferPointer(rebasing: line[partsRange]), payload: payloadBytes, payloadDigest: h.payloadDigest, header: headerBytes, eventHash: hash),
            checked.headerDigest == hash
        else { return nil }
        return (h.seq, hash, h.previousHash, h.recordedAt, h.endsBatch, h.stream, true, checked.erased, checked.leaf)
    }

    /// Whether every byte is below 0x80 (eight at a time).
    static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var k = 0
        var any: UInt64 = 0
        while k + 8 <= bytes.count {
            any |= base.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            k += 8
        }
        while k < bytes.count {
            any |= UInt64(base.load(fromByteOffset: k, as: UInt8.self))
            k += 1
        }
        return any & 0x8080_8080_8080_8080 == 0
    }

    /// Whether the bytes at `at` (before `end`) are `literal`: compared eight bytes at a time
    /// in line (the literals are constants, so the loops unroll).
    @inline(__always)
    static func matches(_ p: UnsafePointer<UInt8>, _ at: Int, _ end: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard at + count <= end else { return false }
        let a = UnsafeRawPointer(p + at), b = UnsafeRawPointer(literal.utf8Start)
        var k = 0
        while k + 8 <= count {
            guard a.loadUnaligned(fromByteOffset: k, as: UInt64.self) == b.loadUnaligned(fromByteOffset: k, as: UInt64.self) else { return false }
            k += 8
        }
        while k < count {
            guard a.load(fromByteOffset: k, as: UInt8.self) == b.load(fromByteOffset: k, as: UInt8.self) else { return false }
            k += 1
        }
        return true
    }

    static var linePrefix: StaticString { "{\"hash\":\"" }
    static var lineHeaderKey: StaticString { "\",\"header\":" }


    // MARK: - The header

    static var keyActor: StaticString { "{\"actor\":" }
    static var keyBatchEnd: StaticString { ",\"batchEnd\":" }
    static var keyID: StaticString { ",\"id\":\"" }
    static var keyPayloadDigest: StaticString { "\",\"payloadDigest\":\"" }
    static var keyPrev: StaticString { "\",\"prev\":\"" }
    static var keyRecordedAt: StaticString { "\",\"recordedAt\":\"" }
    static var keySchema: StaticString { "\",\"schema\":" }
    static var keySeq: StaticString { ",\"seq\":" }
    static var keyStream: StaticString { ",\"stream\":" }
    static var keyType: StaticString { ",\"type\":" }
    static var literalTrue: StaticString { "true" }
    static var literalFalse: StaticString { "false" }

    /// Reads a canonical header starting at `from`, no further than `end`.
    static func scanHeader(_ p: UnsafePointer<UInt8>, from: Int, end: Int) -> ScannedHeader? {
        var i = from
        @inline(__always) func take(_ literal: StaticString) -> Bool {
            guard matches(p, i, end, literal) else { return false }
            i += literal.utf8CodeUnitCount
            return true
        }
        guard take(keyActor), let actor = plainString(p, &i, end), take(keyBatchEnd) else { return nil }
        let endsBatch: Bool
        if take(literalTrue) { endsBatch = true } else if take(literalFalse) { endsBatch = false } else { return nil }
        guard take(keyID), i + 36 <= end, let id = uuid(p + i) else { return nil }
        i += 36
        guard take(keyPayloadDigest), i + 64 <= end, let payloadDigest = hexDigest(UnsafeRawPointer(p + i)) else { return nil }
        i += 64
        guard take(keyPrev), i + 64 <= end, let previousHash = hexDigest(UnsafeRawPointer(p + i)) else { return nil }
        i += 64
        guard take(keyRecordedAt), i + 27 <= end, let recordedAt = timestamp(p + i) else { return nil }
        i += 27
        guard take(keySchema), let schema = naturalNumber(p, &i, end), take(keySeq), let seq = naturalNumber(p, &i, end),
            take(keyStream), let stream = plainString(p, &i, end), take(keyType), let type = plainString(p, &i, end),
            i < end, p[i] == JSONByte.closeBrace
        else { return nil }
        // Rule 3: the header's values, checked in place against the writer's rules (one home).
        @inline(__always) func bytes(_ r: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: p + r.lowerBound, count: r.count) }
        guard EnvelopeRules.problem(headerStream: bytes(stream), type: bytes(type), actor: bytes(actor), schema: schema, seq: seq) == nil
        else { return nil }
        return ScannedHeader(
            actor: actor, endsBatch: endsBatch, id: id, payloadDigest: payloadDigest, previousHash: previousHash,
            recordedAt: recordedAt, schema: schema, seq: seq, stream: stream, type: type, end: i + 1)
    }

    /// A string with no escapes and no control characters, valid UTF-8 (so canonical as it
    /// stands); returns its content's range and moves `i` past the closing quote.
    @inline(__always)
    static func plainString(_ p: UnsafePointer<UInt8>, _ i: inout Int, _ end: Int) -> Range<Int>? {
        guard i < end, p[i] == JSONByte.quote else { return nil }
        let start = i + 1
        var k = start
        while true {
            k = CanonicalValidator.skipPlainASCII(p, from: k, end: end)
            guard k < end else { return nil }
            let c = p[k]
            if c == JSONByte.quote { break }
            guard c >= 0x80, let next = UTF8Validation.sequenceEnd(p, at: k, end: end) else { return nil }
            k = next
        }
        i = k + 1
        return start..<k
    }

    /// A canonical integer from 0 to 2^53 − 1: `0` or a nonzero digit then up to 15 digits.
    @inline(__always)
    static func naturalNumber(_ p: UnsafePointer<UInt8>, _ i: inout Int, _ end: Int) -> Int64? {
        guard i < end else { return nil }
        let first = p[i] &- JSONByte.zero
        guard first < 10 else { return nil }
        if first == 0 {
            i += 1
            return 0
        }
        var value = Int64(first)
        var k = i + 1
        while k < end, case let d = p[k] &- JSONByte.zero, d < 10 {
            guard k - i < 16 else { return nil }
            value = value * 10 + Int64(d)
            k += 1
        }
        guard value <= JSONValue.maxSafeInteger else { return nil }
        i = k
        return value
    }

    /// `YYYY-MM-DDTHH:MM:SS.ffffffZ` exactly (the form `Timestamp.rfc3339` writes), a real date.
    static func timestamp(_ p: UnsafePointer<UInt8>) -> Timestamp? {
        @inline(__always) func digits(_ at: Int, _ count: Int) -> Int64? {
            var v: Int64 = 0
            for k in at..<(at + count) {
                let d = p[k] &- JSONByte.zero
                guard d < 10 else { return nil }
                v = v * 10 + Int64(d)
            }
            return v
        }
        guard p[4] == 0x2D, p[7] == 0x2D, p[10] == 0x54, p[13] == 0x3A, p[16] == 0x3A, p[19] == 0x2E, p[26] == 0x5A,
            let y = digits(0, 4), let mo = digits(5, 2), let d = digits(8, 2), let h = digits(11, 2), let mi = digits(14, 2),
            let s = digits(17, 2), let f = digits(20, 6),
            mo >= 1, mo <= 12, d >= 1, d <= Timestamp.daysInMonth(year: y, month: mo), h < 24, mi < 60, s < 60
        else { return nil }
        let seconds = Timestamp.daysFromCivil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + s
        return Timestamp(microsecondsSinceEpoch: seconds * 1_000_000 + f)
    }

    /// A lowercase 8-4-4-4-12 UUID.
    static func uuid(_ p: UnsafePointer<UInt8>) -> EventID? {
        guard p[8] == 0x2D, p[13] == 0x2D, p[18] == 0x2D, p[23] == 0x2D else { return nil }
        let raw = UnsafeRawPointer(p)
        // Gather the 32 digits into four 8-byte words.
        let a = raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        let b = UInt64(raw.loadUnaligned(fromByteOffset: 9, as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: 14, as: UInt32.self)) << 32
        let c = UInt64(raw.loadUnaligned(fromByteOffset: 19, as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: 24, as: UInt32.self)) << 32
        let d = raw.loadUnaligned(fromByteOffset: 28, as: UInt64.self)
        guard let ha = hexWord(UInt64(littleEndian: a)), let hb = hexWord(UInt64(littleEndian: b)),
            let hc = hexWord(UInt64(littleEndian: c)), let hd = hexWord(UInt64(littleEndian: d))
        else { return nil }
        return EventID(high: UInt64(ha) << 32 | UInt64(hb), low: UInt64(hc) << 32 | UInt64(hd))
    }

    /// 64 lowercase hex digits at `p`.
    @inline(__always)
    static func hexDigest(_ p: UnsafeRawPointer) -> SHA256Digest? {
        @inline(__always) func half(_ at: Int) -> (value: UInt32, valid: Bool) {
            SHA256Digest.hexWord(UInt64(littleEndian: p.loadUnaligned(fromByteOffset: at, as: UInt64.self)))
        }
        let a0 = half(0), a1 = half(8), b0 = half(16), b1 = half(24), c0 = half(32), c1 = half(40), d0 = half(48), d1 = half(56)
        guard a0.valid && a1.valid && b0.valid && b1.valid && c0.valid && c1.valid && d0.valid && d1.valid else { return nil }
        return SHA256Digest(
            w0: UInt64(a0.value) << 32 | UInt64(a1.value), w1: UInt64(b0.value) << 32 | UInt64(b1.value),
            w2: UInt64(c0.value) << 32 | UInt64(c1.value), w3: UInt64(d0.value) << 32 | UInt64(d1.value))
    }

    @inline(__always)
    static func hexWord(_ word: UInt64) -> UInt32? {
        let r = SHA256Digest.hexWord(word)
        return r.valid ? r.value : nil
    }
}
