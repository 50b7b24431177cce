import LedgerJSON

// Keeps events/INVARIANTS.md rule 1: each line's hash covers its header, which carries the payload digest and the previous hash.
/// One event as one line of a segment file:
/// `{"hash":"<64 hex>","header":{…},"payload":{…}}` followed by `\n`, all canonical JSON.
/// The hash is SHA-256 of the header's canonical bytes; the header holds the payload's digest
/// and the previous event's hash, which chains every event to the one before.
enum EventLine {
    /// `prev` of seq 1: 32 zero bytes.
    static let genesis = SHA256Digest.zero
    static let prefix: [UInt8] = Array("{\"hash\":\"".utf8)
    static let headerKey: [UInt8] = Array("\",\"header\":".utf8)
    static let payloadKey: [UInt8] = Array("},\"payload\":".utf8)
    /// Offset of the header's opening brace in every line.
    static let headerStart = 9 + 64 + 11

    /// Appends a whole line (with its newline) for `header` and `body`, the bytes after the
    /// header's closing brace (`,"payload":{…}`, or in version 2 `,"parts":{…},"payload":{…}`);
    /// returns the event's hash. `recordedAtText` is the bytes of `header.recordedAt.rfc3339`.
    /// The header is written in place and hashed there; no temporary buffer.
    static func append(header: EventHeader, recordedAtText: [UInt8], body: [UInt8], to line: inout [UInt8]) -> SHA256Digest {
        let start = line.count
        line.append(contentsOf: prefix)
        line.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 64))  // the hash, filled in below
        line.append(contentsOf: headerKey)
        let headerFrom = line.count
        header.appendCanonical(to: &line, recordedAtText: recordedAtText)
        let headerTo = line.count
        let hash = line.withUnsafeMutableBytes { raw -> SHA256Digest in
            let hash = SHA256.hash(UnsafeRawBufferPointer(rebasing: raw[headerFrom..<headerTo]))
            SHA256Digest.writeHex(hash.w0, hash.w1, hash.w2, hash.w3, to: raw.baseAddress! + start + 9)
            return hash
        }
        line.append(contentsOf: body)
        line.append(UInt8(ascii: "}"))
        line.append(0x0A)
        return hash
    }

    /// The length of the whole line (newline included) for `header` and a body (see `append`) of
    /// `bodyBytes` bytes: what `append` writes, byte for byte.
    static func length(header: EventHeader, bodyBytes: Int) -> Int {
        headerStart + header.canonicalByteCount + bodyBytes + 2
    }

    /// Appends a whole version 1 line for `header` and the payload's canonical bytes (formatting
    /// its time); see the other `append`.
    static func append(header: EventHeader, payload: [UInt8], to line: inout [UInt8]) -> SHA256Digest {
        var time = [UInt8]()
        header.recordedAt.appendRFC3339(to: &time)
        return append(header: header, recordedAtText: time, body: Array(payloadKey.dropFirst()) + payload, to: &line)
    }

    /// The parts of a line (without its newline): the hash text, the header's bytes, a version 2
    /// line's `parts` member's bytes, and the payload's bytes, as ranges into the line.
    struct Parts {
        let hash: SHA256Digest
        let header: Range<Int>
        /// The `parts` member of a version 2 line (`{"erased":{…},"salts":{…}}`); nil in version 1.
        let parts: Range<Int>?
        let payload: Range<Int>
    }

    static let partsKey: [UInt8] = Array("},\"parts\":".utf8)

    /// Splits a line into its parts without parsing the header or payload.
    static func split(_ line: UnsafeRawBufferPointer) throws(LineFault) -> Parts {
        typealias R = EnvelopeRules.Rule
        let n = line.count
        guard n < EnvelopeRules.maxLineBytes else {
            throw LineFault(rule: R.lineLength, "the line is \(n + 1) bytes with its newline, over the \(EnvelopeRules.maxLineBytes)-byte limit for one line")
        }
        guard n > headerStart + payloadKey.count + 2, line.starts(with: prefix) else {
            throw LineFault(rule: R.shape, "the line is not an event (it should start with {\"hash\":\")")
        }
        guard let hash = SHA256Digest(hexUTF8: UnsafeRawBufferPointer(rebasing: line[9..<73])) else {
            throw LineFault(rule: R.shape, "the line's hash is not 64 lowercase hex digits")
        }
        guard line[73..<headerStart].elementsEqual(headerKey), line[headerStart] == UInt8(ascii: "{") else {
            throw LineFault(rule: R.shape, "the line's second field is not its header")
        }
        guard line[n - 1] == UInt8(ascii: "}") else { throw LineFault(rule: R.shape, "the line does not end with }") }
        // The header's values are strings, integers and booleans only, and a quote inside a string
        // is always escaped, so the first `},"payload":` (or, in version 2, `},"parts":`) is where
        // the header ends; the keys inside `parts` are pointers, which begin with `/`, so the first
        // `},"payload":` after it is where `parts` ends.
        func find(_ key: [UInt8], from: Int) -> Int? {
            var i = from
            let limit = n - key.count
            while i <= limit {
                if line[i] == 0x7D && line[i + 1] == 0x2C && line[i + 2] == 0x22 && line[(i + 3)..<(i + key.count)].elementsEqual(key[3...]) {
                    return i
                }
                i += 1
            }
            return nil
        }
        guard let end = find(payloadKey, from: headerStart + 1) else {
            throw LineFault(rule: R.shape, "the line has no payload field after its header")
        }
        if let p = find(partsKey, from: headerStart + 1), p < end {
            return Parts(hash: hash, header: headerStart..<(p + 1), parts: (p + partsKey.count)..<(end + 1), payload: (end + payloadKey.count)..<(n - 1))
        }
        return Parts(hash: hash, header: headerStart..<(end + 1), parts: nil, payload: (end + payloadKey.count)..<(n - 1))
    }

    /// Decodes a line (without its newline). With `verify`, also checks that the hash and the
    /// payload digest match the bytes and that header and payload are in canonical form.
    /// Without `decodePayload`, the returned event's payload is nil (for indexing and scanning).
    /// `keys`, when given, supplies payload keys seen before (see `JSONKeyCache`).
    static func decode(
        _ line: UnsafeRawBufferPointer, verify: Bool, decodePayload: Bool = true, keys: JSONKeyCache? = nil, tape: Bool = false,
        unsafeBorrowingIn borrowScratch: JSONTapeScratch? = nil
    ) throws(LineFault) -> StoredEvent {
        if let event = fastDecode(line, verify: verify, decodePayload: decodePayload, keys: keys, tape: tape, unsafeBorrowingIn: borrowScratch) {
            return event
        }
        return try generalDecode(line, verify: verify, decodePayload: decodePayload)
    }

    /// `decode` without the fast path: parses header and payload into JSON values, checks the
    /// header's fields, and (with `verify`) re-encodes both to compare with the bytes. Says
    /// precisely what is wrong with a line, citing the rule of FORMAT.md it breaks; the rules are
    /// checked in their numbered order, so the reason is the first rule broken.
    static func generalDecode(_ line: UnsafeRawBufferPointer, verify: Bool, decodePayload: Bool = true) throws(LineFault) -> StoredEvent {
        typealias R = EnvelopeRules.Rule
        let parts = try split(line)
        let headerBytes = UnsafeRawBufferPointer(rebasing: line[parts.header])
        let payloadBytes = UnsafeRawBufferPointer(rebasing: line[parts.payload])
        if let range = parts.parts {
            return try decodeVersion2(line, parts: parts, partsBytes: UnsafeRawBufferPointer(rebasing: line[range]), verify: verify, decodePayload: decodePayload)
        }
        let headerValue: JSONValue
        do throws(JSONError) { headerValue = try JSONParser.parse(headerBytes) } catch {
            throw LineFault(rule: R.shape, "the header is not valid JSON: \(error.message)")
        }
        // Version 1 has no erasure: a payload is always an object, `null` included in what is refused.
        if payloadBytes.elementsEqual("null".utf8) {
            throw LineFault(
                rule: R.shape,
                "the payload is null, not a JSON object: version 1 of the format has no erasure, so the payload was removed after the event was written")
        }
        var payload: JSONValue? = nil
        if decodePayload || verify {
            // Keys are compared by code units (FORMAT.md; rule 65): two keys that differ only by
            // Unicode normalisation are two keys, and a `JSONValue` holds both.
            do throws(JSONError) {
                payload = try JSONParser.parse(payloadBytes)
            } catch {
                throw LineFault(rule: R.shape, "the payload is not valid JSON: \(error.message)")
            }
            if let payload, payload.objectValue == nil { throw LineFault(rule: R.shape, "the payload is not a JSON object") }
        } else if payloadBytes.first != UInt8(ascii: "{") {
            throw LineFault(rule: R.shape, "the payload is not a JSON object")
        }
        let header = try EventHeader(headerValue)
        if verify {
            var canonical = [UInt8]()
            header.appendCanonical(to: &canonical)
            guard canonical.elementsEqual(headerBytes) else { throw LineFault(rule: R.canonical, "the header is not in canonical form") }
            if let payload {
                canonical.removeAll(keepingCapacity: true)
                CanonicalJSON.append(payload, to: &canonical)
                guard canonical.elementsEqual(payloadBytes) else { throw LineFault(rule: R.canonical, "the payload is not in canonical form") }
            }
            guard SHA256.hash(headerBytes) == parts.hash else {
                throw LineFault(rule: R.hash, "the hash does not match the header: the event was changed after it was written")
            }
            guard SHA256.hash(payloadBytes) == header.payloadDigest else {
                throw LineFault(rule: R.payloadDigest, "the payload does not match its digest: the payload was changed after it was written")
            }
        }
        return StoredEvent(
            seq: header.seq, id: header.id, stream: header.stream, type: header.type, schema: header.schema,
            recordedAt: header.recordedAt, actor: header.actor, payload: decodePayload ? payload : nil,
            payloadDigest: header.payloadDigest, previousHash: header.previousHash, hash: parts.hash,
            endsBatch: header.endsBatch)
    }

    /// `generalDecode` for a version 2 line (events/FORMAT.md, "Format version 2"): the payload
    /// with its erased parts absent, the salts of the parts present and the digests of the parts
    /// erased; with `verify`, each checked in its rule's order, the payload digest worked out from
    /// the parts (`PayloadParts`, the one home), and an `erasureAuthorised` event's own `erases`
    /// never erased (rule 11).
    static func decodeVersion2(
        _ line: UnsafeRawBufferPointer, parts: Parts, partsBytes: UnsafeRawBufferPointer, verify: Bool, decodePayload: Bool
    ) throws(LineFault) -> StoredEvent {
        typealias R = EnvelopeRules.Rule
        let headerBytes = UnsafeRawBufferPointer(rebasing: line[parts.header])
        let payloadBytes = UnsafeRawBufferPointer(rebasing: line[parts.payload])
        let headerValue: JSONValue
        do throws(JSONError) { headerValue = try JSONParser.parse(headerBytes) } catch {
            throw LineFault(rule: R.shape, "the header is not valid JSON: \(error.message)")
        }
        let partsValue: JSONValue
        do throws(JSONError) { partsValue = try JSONParser.parse(partsBytes) } catch {
            throw LineFault(rule: R.shape, "the parts are not valid JSON: \(error.message)")
        }
        guard let (salts, erased) = PayloadParts.read(parts: partsValue) else {
            throw LineFault(rule: R.shape, "the parts are not {\"erased\":{pointer: 64 hex digits…},\"salts\":{pointer: 32 hex digits…}}")
        }
        let payloadValue: JSONValue
        do throws(JSONError) { payloadValue = try JSONParser.parse(payloadBytes) } catch {
            throw LineFault(rule: R.shape, "the payload is not valid JSON: \(error.message)")
        }
        guard case .object(let members) = payloadValue else { throw LineFault(rule: R.shape, "the payload is not a JSON object") }
        let stored = PayloadParts.Stored(payload: members, salts: salts, erased: erased)
        let present: [JSONKey: JSONValue]
        switch stored.presentParts() {
        case .success(let p): present = p
        case .failure(let fault): throw LineFault(rule: R.shape, fault.reason)
        }
        let header = try EventHeader(headerValue)
        if verify {
            var canonical = [UInt8]()
            header.appendCanonical(to: &canonical)
            guard canonical.elementsEqual(headerBytes) else { throw LineFault(rule: R.canonical, "the header is not in canonical form") }
            guard stored.partsBytes().elementsEqual(partsBytes) else { throw LineFault(rule: R.canonical, "the parts are not in canonical form") }
            canonical.removeAll(keepingCapacity: true)
            CanonicalJSON.append(payloadValue, to: &canonical)
            guard canonical.elementsEqual(payloadBytes) else { throw LineFault(rule: R.canonical, "the payload is not in canonical form") }
            guard SHA256.hash(headerBytes) == parts.hash else {
                throw LineFault(rule: R.hash, "the hash does not match the header: the event was changed after it was written")
            }
            guard stored.payloadDigest(present: present) == header.payloadDigest else {
                throw LineFault(rule: R.payloadDigest, "the payload's parts do not give its digest: a part, a salt or an erased part's digest was changed after the event was written")
            }
            if let p = EnvelopeRules.problem(erasedParts: erased.keys.lazy.map(\.string), ofType: header.type) { throw LineFault(rule: R.erasure, p) }
        }
        return StoredEvent(
            seq: header.seq, id: header.id, stream: header.stream, type: header.type, schema: header.schema,
            recordedAt: header.recordedAt, actor: header.actor, payload: decodePayload ? Optional(payloadValue) : nil,
            payloadDigest: header.payloadDigest, previousHash: header.previousHash, hash: parts.hash,
            endsBatch: header.endsBatch, partSalts: salts, erasedPartDigests: erased)
    }
}
