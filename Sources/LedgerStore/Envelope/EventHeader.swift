import LedgerJSON

/// The hashed part of an event line: every envelope field except the event's own hash, and a
/// digest of the payload in place of the payload. Its canonical JSON bytes are what the event hash covers.
struct EventHeader: Hashable, Sendable {
    var seq: Int64
    var id: EventID
    var stream: String
    var type: String
    var schema: Int64
    var recordedAt: Timestamp
    var actor: String
    var payloadDigest: SHA256Digest
    var previousHash: SHA256Digest
    var endsBatch: Bool

    /// The header's keys in canonical (sorted) order, as FORMAT.md lists them.
    static let keys = ["actor", "batchEnd", "id", "payloadDigest", "prev", "recordedAt", "schema", "seq", "stream", "type"]

    /// Appends the header's canonical JSON (RFC 8785: keys sorted, no whitespace) to `buffer`.
    func appendCanonical(to buffer: inout [UInt8]) {
        var time = [UInt8]()
        time.reserveCapacity(27)
        recordedAt.appendRFC3339(to: &time)
        appendCanonical(to: &buffer, recordedAtText: time)
    }

    /// Appends the header's canonical JSON to `buffer`, with `recordedAtText` the bytes of
    /// `recordedAt.rfc3339` (formatted once for a whole batch, which shares the time).
    func appendCanonical(to buffer: inout [UInt8], recordedAtText: [UInt8]) {
        func raw(_ s: StaticString) {
            buffer.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
        }
        raw("{\"actor\":")
        CanonicalJSON.appendString(actor, to: &buffer)
        raw(endsBatch ? ",\"batchEnd\":true,\"id\":\"" : ",\"batchEnd\":false,\"id\":\"")
        id.appendText(to: &buffer)
        raw("\",\"payloadDigest\":\"")
        payloadDigest.appendHex(to: &buffer)
        raw("\",\"prev\":\"")
        previousHash.appendHex(to: &buffer)
        raw("\",\"recordedAt\":\"")
        buffer.append(contentsOf: recordedAtText)
        raw("\",\"schema\":")
        CanonicalJSON.appendInteger(schema, to: &buffer)
        raw(",\"seq\":")
        CanonicalJSON.appendInteger(seq, to: &buffer)
        raw(",\"stream\":")
        CanonicalJSON.appendString(stream, to: &buffer)
        raw(",\"type\":")
        CanonicalJSON.appendString(type, to: &buffer)
        buffer.append(UInt8(ascii: "}"))
    }

    /// The number of bytes `appendCanonical` appends, worked out without writing them.
    var canonicalByteCount: Int {
        // The keys and punctuation, the two digests (64 each), the id (36) and the time (27).
        let fixed = #"{"actor":,"batchEnd":,"id":"","payloadDigest":"","prev":"","recordedAt":"","schema":,"seq":,"stream":,"type":}"#.utf8.count
        return fixed + 64 + 64 + 36 + recordedAt.rfc3339ByteCount + (endsBatch ? 4 : 5)
            + CanonicalJSON.stringLiteralByteCount(actor) + CanonicalJSON.stringLiteralByteCount(stream)
            + CanonicalJSON.stringLiteralByteCount(type)
            + CanonicalJSON.integerByteCount(schema) + CanonicalJSON.integerByteCount(seq)
    }

    /// Where the 64 digits of `prev` begin in the header's canonical bytes.
    var prevDigitsOffset: Int {
        #"{"actor":,"batchEnd":,"id":"","payloadDigest":"","prev":""#.utf8.count + CanonicalJSON.stringLiteralByteCount(actor)
            + (endsBatch ? 4 : 5) + 36 + 64
    }

    /// Reads a header from its parsed JSON, or says what is wrong with it: its members and their
    /// JSON types (FORMAT.md rule 2), then their values (rule 3, `EnvelopeRules`, the writer's
    /// rules), each against the one definition the fast path reads in place.
    init(_ value: JSONValue) throws(LineFault) {
        guard let members = value.objectValue else { throw LineFault(rule: EnvelopeRules.Rule.shape, "the header is not a JSON object") }
        // The first unknown field in key order, so the fault is the same on every run (a
        // dictionary's order of iteration is not).
        // Names compared by their bytes (rule 65).
        if let key = members.keys.filter({ key in !EventHeader.keys.contains { JSONKey($0) == key } }).min() {
            throw LineFault(rule: EnvelopeRules.Rule.shape, "the header has an unknown field \"\(key)\"")
        }
        func string(_ key: String) throws(LineFault) -> String {
            guard let s = members[key]?.stringValue else {
                throw LineFault(rule: EnvelopeRules.Rule.shape, "the header field \"\(key)\" is missing or not a string")
            }
            return s
        }
        func integer(_ key: String) throws(LineFault) -> Int64 {
            guard let i = members[key]?.integerValue else {
                throw LineFault(rule: EnvelopeRules.Rule.shape, "the header field \"\(key)\" is missing or not an integer")
            }
            return i
        }
        guard let endsBatch = members["batchEnd"]?.boolValue else {
            throw LineFault(rule: EnvelopeRules.Rule.shape, "the header field \"batchEnd\" is missing or not true/false")
        }
        let (actor, idText, digestText, prevText, atText) = (try string("actor"), try string("id"), try string("payloadDigest"), try string("prev"), try string("recordedAt"))
        let (schema, seq, stream, type) = (try integer("schema"), try integer("seq"), try string("stream"), try string("type"))
        let values = LineFault.Values.self
        if let p = EnvelopeRules.problem(headerStream: Array(stream.utf8), type: Array(type.utf8), actor: Array(actor.utf8), schema: schema, seq: seq) {
            throw LineFault(rule: EnvelopeRules.Rule.headerValues, "the header's " + p.dropFirst(4))
        }
        guard let id = values.id(idText) else {
            throw LineFault(rule: EnvelopeRules.Rule.headerValues, "the header field \"id\" is not a UUID in lowercase 8-4-4-4-12 form")
        }
        guard let payloadDigest = values.digest(digestText) else {
            throw LineFault(rule: EnvelopeRules.Rule.headerValues, "the header field \"payloadDigest\" is not 64 lowercase hex digits")
        }
        guard let previousHash = values.digest(prevText) else {
            throw LineFault(rule: EnvelopeRules.Rule.headerValues, "the header field \"prev\" is not 64 lowercase hex digits")
        }
        guard let at = values.recordedAt(atText) else {
            throw LineFault(
                rule: EnvelopeRules.Rule.headerValues,
                "the header field \"recordedAt\" is not a real UTC time written YYYY-MM-DDTHH:MM:SS.ffffffZ (six fractional digits)")
        }
        self.seq = seq
        self.id = id
        self.stream = stream
        self.type = type
        self.schema = schema
        self.recordedAt = at
        self.actor = actor
        self.payloadDigest = payloadDigest
        self.previousHash = previousHash
        self.endsBatch = endsBatch
    }

    init(
        seq: Int64, id: EventID, stream: String, type: String, schema: Int64, recordedAt: Timestamp,
        actor: String, payloadDigest: SHA256Digest, previousHash: SHA256Digest, endsBatch: Bool
    ) {
        self.seq = seq
        self.id = id
        self.stream = stream
        self.type = type
        self.schema = schema
        self.recordedAt = recordedAt
        self.actor = actor
        self.payloadDigest = payloadDigest
        self.previousHash = previousHash
        self.endsBatch = endsBatch
    }
}

/// Why one line is not a valid event: a reason written for the person investigating, citing
/// the rule of events/FORMAT.md ("Rules a verifier checks") it breaks.
struct LineFault: Error, Equatable, Sendable {
    let reason: String
    /// The number of the rule broken.
    let rule: Int
    init(rule: Int, _ reason: String) {
        self.rule = rule
        self.reason = EnvelopeRules.cite(rule, reason)
    }

    /// The exact text forms of the header's formatted values, read by the same functions the
    /// fast path reads them with in place (`EventLine.uuid`, `hexDigest`, `timestamp`).
    enum Values {
        static func id(_ text: String) -> EventID? {
            var bytes = Array(text.utf8)
            guard bytes.count == 36 else { return nil }
            return bytes.withUnsafeMutableBufferPointer { EventLine.uuid(UnsafePointer($0.baseAddress!)) }
        }

        static func digest(_ text: String) -> SHA256Digest? {
            Array(text.utf8).withUnsafeBytes { SHA256Digest(hexUTF8: $0) }
        }

        static func recordedAt(_ text: String) -> Timestamp? {
            var bytes = Array(text.utf8)
            guard bytes.count == 27 else { return nil }
            return bytes.withUnsafeMutableBufferPointer { EventLine.timestamp(UnsafePointer($0.baseAddress!)) }
        }
    }
}
