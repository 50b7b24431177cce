import LedgerJSON

/// An event as the log holds it: the envelope the store assigned and the payload.
public struct StoredEvent: Sendable, Hashable {
    /// Global sequence number: gapless, from 1.
    public let seq: Int64
    /// The event's UUID.
    public let id: EventID
    /// The stream it belongs to.
    public let stream: String
    /// Its type.
    public let type: String
    /// Its payload schema version.
    public let schema: Int64
    /// When the store appended it (UTC); never earlier than the previous event's.
    public let recordedAt: Timestamp
    /// Who recorded it.
    public let actor: String
    /// Its content, or nil when it was read without it (`decodePayload: false`). In a version 2
    /// line, the parts named in `erasedParts` are absent (an erased list element is left out of
    /// its list); version 1 has no erasure.
    /// Made from the tape each time it is asked for when the event was read with one
    /// (`payloadTape`).
    public var payload: JSONValue? {
        switch content {
        case .value(let v): return v
        case .tape(let t): return t.root.jsonValue
        }
    }
    /// The payload read into a tape, when the reader asked for one and the payload is of the shape
    /// a tape takes (see `JSONTape`); nil otherwise (then read `payload`).
    public var payloadTape: JSONTape? {
        if case .tape(let t) = content { return t }
        return nil
    }
    /// The payload as read: a value, or a tape.
    private let content: Content
    /// SHA-256 of the payload's canonical bytes.
    public let payloadDigest: SHA256Digest
    /// The previous event's hash (the genesis value, 64 zeros, for seq 1).
    public let previousHash: SHA256Digest
    /// SHA-256 of this event's canonical header.
    public let hash: SHA256Digest
    /// True on the last event of the batch it was appended in: the commit mark.
    public let endsBatch: Bool
    /// The salt of each part present, by pointer, for a line of format version 2 (events/FORMAT.md,
    /// "Format version 2"); nil for a version 1 line, whose payload has no parts.
    public let partSalts: [JSONKey: String]?
    /// The digest of each erased part, by pointer (version 2 only; empty when nothing was erased).
    public let erasedPartDigests: [JSONKey: SHA256Digest]
    /// The pointers of the erased parts (`/member`, `/member/3`), sorted by their UTF-16 code
    /// units: those members are absent from `payload`, and an erased list element is left out of
    /// its list.
    public var erasedParts: [String] { erasedPartDigests.keys.sorted().map(\.string) }

    /// An event as read from the log.
    public init(
        seq: Int64, id: EventID, stream: String, type: String, schema: Int64, recordedAt: Timestamp,
        actor: String, payload: JSONValue?, payloadDigest: SHA256Digest, previousHash: SHA256Digest,
        hash: SHA256Digest, endsBatch: Bool, partSalts: [JSONKey: String]? = nil, erasedPartDigests: [JSONKey: SHA256Digest] = [:]
    ) {
        self.init(
            seq: seq, id: id, stream: stream, type: type, schema: schema, recordedAt: recordedAt, actor: actor,
            content: .value(payload), payloadDigest: payloadDigest, previousHash: previousHash, hash: hash, endsBatch: endsBatch,
            partSalts: partSalts, erasedPartDigests: erasedPartDigests)
    }

    /// An event as read from the log, its payload on a tape.
    init(
        seq: Int64, id: EventID, stream: String, type: String, schema: Int64, recordedAt: Timestamp,
        actor: String, payloadTape: JSONTape, payloadDigest: SHA256Digest, previousHash: SHA256Digest,
        hash: SHA256Digest, endsBatch: Bool, partSalts: [JSONKey: String]? = nil, erasedPartDigests: [JSONKey: SHA256Digest] = [:]
    ) {
        self.init(
            seq: seq, id: id, stream: stream, type: type, schema: schema, recordedAt: recordedAt, actor: actor,
            content: .tape(payloadTape), payloadDigest: payloadDigest, previousHash: previousHash, hash: hash, endsBatch: endsBatch,
            partSalts: partSalts, erasedPartDigests: erasedPartDigests)
    }

    /// Every field given, the payload as held (each field set once: no event is built and then
    /// changed, which costs a copy of the whole event).
    private init(
        seq: Int64, id: EventID, stream: String, type: String, schema: Int64, recordedAt: Timestamp,
        actor: String, content: Content, payloadDigest: SHA256Digest, previousHash: SHA256Digest,
        hash: SHA256Digest, endsBatch: Bool, partSalts: [JSONKey: String]?, erasedPartDigests: [JSONKey: SHA256Digest]
    ) {
        self.partSalts = partSalts
        self.erasedPartDigests = erasedPartDigests
        self.seq = seq
        self.id = id
        self.stream = stream
        self.type = type
        self.schema = schema
        self.recordedAt = recordedAt
        self.actor = actor
        self.content = content
        self.payloadDigest = payloadDigest
        self.previousHash = previousHash
        self.hash = hash
        self.endsBatch = endsBatch
    }

    /// How the payload is held.
    private enum Content: Sendable {
        case value(JSONValue?)
        case tape(JSONTape)
    }

    /// Equal when every field is, the payload compared as a value (however it was read).
    public static func == (a: StoredEvent, b: StoredEvent) -> Bool {
        a.seq == b.seq && a.id == b.id && a.stream == b.stream && a.type == b.type && a.schema == b.schema
            && a.recordedAt == b.recordedAt && a.actor == b.actor && a.payloadDigest == b.payloadDigest
            && a.previousHash == b.previousHash && a.hash == b.hash && a.endsBatch == b.endsBatch && a.payload == b.payload
            && a.partSalts == b.partSalts && a.erasedPartDigests == b.erasedPartDigests
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(seq)
        hasher.combine(id)
        hasher.combine(stream)
        hasher.combine(type)
        hasher.combine(schema)
        hasher.combine(recordedAt)
        hasher.combine(actor)
        hasher.combine(payloadDigest)
        hasher.combine(previousHash)
        hasher.combine(hash)
        hasher.combine(endsBatch)
        hasher.combine(payload)
    }

    /// Whether `event` asks for exactly what this stored event holds (the idempotency test):
    /// the same stream, type, schema and actor bytes, and a payload whose canonical bytes have
    /// this event's digest. (Bytes, not Swift string equality, which folds Unicode forms.)
    /// For a version 2 line, the payload digest is worked out from the new payload's parts with
    /// this event's salts; a part erased here, or a part this event has no salt for, is not the same.
    public func hasSameContent(as event: NewEvent) -> Bool {
        guard stream.utf8.elementsEqual(event.stream.utf8) && type.utf8.elementsEqual(event.type.utf8)
            && schema == event.schema && actor.utf8.elementsEqual(event.actor.utf8)
        else { return false }
        guard let partSalts else { return payloadDigest == SHA256.hash(CanonicalJSON.encode(event.payload)) }
        guard erasedPartDigests.isEmpty, let members = event.payload.objectValue else { return false }
        var digests: [JSONKey: SHA256Digest] = [:]
        for part in PayloadParts.parts(of: members) {
            guard let salt = partSalts[JSONKey(part.pointer)] else { return false }
            digests[JSONKey(part.pointer)] = PayloadParts.digest(salt: salt, pointer: part.pointer, value: part.value)
        }
        return digests.count == partSalts.count && payloadDigest == PayloadParts.payloadDigest(partDigests: digests)
    }
}

// issue 17: copy17 — the provable customer copy
extension StoredEvent {
    /// Each part still held, by its pointer (events/FORMAT.md, "Format version 2"): an element of a
    /// list keeps its own pointer even after an earlier element was erased. Nil for a version 1
    /// line, or when the payload and the salts do not fit together (a line that would not verify).
    public var presentParts: [JSONKey: JSONValue]? {
        guard let partSalts, let members = payload?.objectValue else { return nil }
        guard case .success(let present) = PayloadParts.Stored(payload: members, salts: partSalts, erased: erasedPartDigests).presentParts() else {
            return nil
        }
        return present
    }
}
