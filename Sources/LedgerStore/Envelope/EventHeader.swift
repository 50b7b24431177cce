import LedgerJSON

/// The hashed part of an event line: every envelope field except the event's own hash, and a
/// digest of the payload in place of the payload (so a payload can later be erased while the
/// chain still verifies). Its canonical JSON bytes are what the event hash covers.
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

    /// Reads a header from its parsed JSON, or says what is wrong with it.
    init(_ value: JSONValue) throws(LineFault) {
        guard let members = value.objectValue else { throw LineFault("the header is not a JSON object") }
        for key in members.keys where !EventHeader.keys.contains(key) {
            throw LineFault("the header has an unknown field \"\(key)\"")
        }
        func string(_ key: String) throws(LineFault) -> String {
            guard let s = members[key]?.stringValue else { throw LineFault("the header field \"\(key)\" is missing or not a string") }
            return s
        }
        func integer(_ key: String) throws(LineFault) -> Int64 {
            guard let i = members[key]?.integerValue else { throw LineFault("the header field \"\(key)\" is missing or not an integer") }
            return i
        }
        func digest(_ key: String) throws(LineFault) -> SHA256Digest {
            guard let d = SHA256Digest(hex: try string(key)) else { throw LineFault("the header field \"\(key)\" is not 64 lowercase hex digits") }
            return d
        }
        guard let endsBatch = members["batchEnd"]?.boolValue else { throw LineFault("the header field \"batchEnd\" is missing or not true/false") }
        guard let id = EventID(try string("id")) else { throw LineFault("the header field \"id\" is not a UUID") }
        guard let at = Timestamp(rfc3339: try string("recordedAt")) else { throw LineFault("the header field \"recordedAt\" is not an RFC 3339 UTC time") }
        self.seq = try integer("seq")
        self.id = id
        self.stream = try string("stream")
        self.type = try string("type")
        self.schema = try integer("schema")
        self.recordedAt = at
        self.actor = try string("actor")
        self.payloadDigest = try digest("payloadDigest")
        self.previousHash = try digest("prev")
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

/// Why one line is not a valid event: a reason written for the person investigating.
struct LineFault: Error, Equatable, Sendable {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
