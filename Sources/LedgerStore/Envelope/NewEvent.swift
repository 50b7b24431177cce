import LedgerJSON

/// An event a caller asks the store to append. The store adds seq, recordedAt and the hashes.
public struct NewEvent: Sendable, Hashable {
    /// The event's id; the store draws a random one when nil. Appending an id that is already
    /// in the log with identical content is a no-op; with different content it is a conflict.
    public var id: EventID?
    /// The stream (a case is a stream), e.g. `C-1001`.
    public var stream: String
    /// The event type, e.g. `planSignedOff`.
    public var type: String
    /// The version of the type's payload schema, from 1.
    public var schema: Int64
    /// Who recorded it (a staff id).
    public var actor: String
    /// The event's content: a JSON object.
    public var payload: JSONValue
    /// What the stream must hold before this event (checked in batch order).
    public var expectedVersion: ExpectedVersion

    /// An event to append.
    public init(
        id: EventID? = nil, stream: String, type: String, schema: Int64 = 1, actor: String,
        payload: JSONValue, expectedVersion: ExpectedVersion = .any
    ) {
        self.id = id
        self.stream = stream
        self.type = type
        self.schema = schema
        self.actor = actor
        self.payload = payload
        self.expectedVersion = expectedVersion
    }
}
