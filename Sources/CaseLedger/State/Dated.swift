/// A value that took effect on a date, with the event it came from. A nil value means "ended"
/// (e.g. a personal budget after services were withdrawn).
public struct Dated<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The date it took effect.
    public var effectiveDate: CalendarDate
    /// The sequence number of the event it came from (orders entries with the same date).
    public var seq: Int64
    /// The id of the event it came from (the superseded event's id when corrected).
    public var eventId: String
    /// When that event was recorded.
    public var recordedAt: Timestamp
    /// Who recorded it.
    public var actor: String
    /// The value; nil when it ended on this date.
    public var value: Value?

    /// An entry.
    public init(
        effectiveDate: CalendarDate, seq: Int64, eventId: String, recordedAt: Timestamp,
        actor: String, value: Value?
    ) {
        self.effectiveDate = effectiveDate
        self.seq = seq
        self.eventId = eventId
        self.recordedAt = recordedAt
        self.actor = actor
        self.value = value
    }
}
