/// A case event as the ledger recorded it: its place in the global order, its id, the case
/// (stream) it belongs to, when it was recorded, and who recorded it. The input of `evolve` and
/// of every projection.
public struct RecordedCaseEvent: Hashable, Sendable {
    /// The global sequence number (gapless from 1 across the ledger).
    public var seq: Int64
    /// The event's id (a UUID string), referenced by corrections, disputes and challenges.
    public var id: String
    /// The case reference, e.g. "C-1001".
    public var stream: String
    /// When the ledger recorded it (never back-dated).
    public var recordedAt: Timestamp
    /// The staff id of who recorded the decision.
    public var actor: String
    /// The fact.
    public var event: CaseEvent { didSet { kind = event.kind } }
    /// `event.kind`, kept beside the event whenever it is set: reading it is reading a byte,
    /// where reading `event.kind` (or matching a pattern against `event`) copies the whole event
    /// first. A reader looking for one type of event tests this before binding the payload.
    public private(set) var kind: CaseEvent.Kind

    /// A recorded event.
    public init(
        seq: Int64, id: String, stream: String, recordedAt: Timestamp, actor: String,
        event: CaseEvent
    ) {
        self.seq = seq
        self.id = id
        self.stream = stream
        self.recordedAt = recordedAt
        self.actor = actor
        self.event = event
        self.kind = event.kind
    }

    /// Reads a stored envelope's fields; fails with an error naming the field when the payload
    /// does not match the type.
    public init(
        seq: Int64, id: String, stream: String, recordedAt: Timestamp, actor: String,
        type: String, schema: Int, payload: JSONValue
    ) throws(PayloadDecodingError) {
        self.init(
            seq: seq, id: id, stream: stream, recordedAt: recordedAt, actor: actor,
            event: try CaseEvent.decode(type: type, schema: schema, payload: payload))
    }

    /// The role under which the actor acted.
    public var actingRole: StaffRole { event.actingRole }
    /// The date the decision takes effect.
    @inlinable public var effectiveDate: CalendarDate { event.effectiveDate }
}
