/// What happened to one event of an appended batch.
public struct AppendResult: Hashable, Sendable {
    /// The seq the event has in the log.
    public let seq: Int64
    /// Its id (drawn by the store when the caller gave none).
    public let id: EventID
    /// True when the id was already in the log with identical content, so nothing new was
    /// written for it and `seq` is the original's.
    public let wasAlreadyRecorded: Bool

    /// A result.
    public init(seq: Int64, id: EventID, wasAlreadyRecorded: Bool) {
        self.seq = seq
        self.id = id
        self.wasAlreadyRecorded = wasAlreadyRecorded
    }
}
