/// A staff register event as the ledger recorded it (stream "staff").
public struct RecordedStaffEvent: Hashable, Sendable {
    /// The global sequence number.
    public var seq: Int64
    /// The event's id.
    public var id: String
    /// When the ledger recorded it.
    public var recordedAt: Timestamp
    /// The staff id of who recorded it.
    public var actor: String
    /// The fact.
    public var event: StaffEvent

    /// A recorded staff event.
    public init(seq: Int64, id: String, recordedAt: Timestamp, actor: String, event: StaffEvent) {
        self.seq = seq
        self.id = id
        self.recordedAt = recordedAt
        self.actor = actor
        self.event = event
    }

    /// Reads a stored envelope's fields; fails with an error naming the field.
    public init(
        seq: Int64, id: String, recordedAt: Timestamp, actor: String, type: String, schema: Int,
        payload: JSONValue
    ) throws(PayloadDecodingError) {
        self.init(
            seq: seq, id: id, recordedAt: recordedAt, actor: actor,
            event: try StaffEvent.decode(type: type, schema: schema, payload: payload))
    }
}
