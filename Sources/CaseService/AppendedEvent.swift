import CaseLedger

/// An event the service appended: where it went, what it is, and when it was recorded.
public struct AppendedEvent: Hashable, Sendable {
    /// Its global sequence number.
    public let seq: Int64
    /// Its id (a UUID string).
    public let id: String
    /// Its stream (the case id, `staff` or `configuration`).
    public let stream: String
    /// Its event type, e.g. `planSignedOff`.
    public let type: String
    /// When the ledger recorded it.
    public let recordedAt: Timestamp

    /// An appended event.
    public init(seq: Int64, id: String, stream: String, type: String, recordedAt: Timestamp) {
        self.seq = seq
        self.id = id
        self.stream = stream
        self.type = type
        self.recordedAt = recordedAt
    }
}
