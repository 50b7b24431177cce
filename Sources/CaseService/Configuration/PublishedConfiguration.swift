import CaseLedger

/// A configuration as the ledger recorded it: the event's place, time and publisher, and what
/// was published.
public struct PublishedConfiguration: Hashable, Sendable {
    /// The event's global sequence number.
    public let seq: Int64
    /// The event's id.
    public let id: String
    /// When it was recorded.
    public let recordedAt: Timestamp
    /// Who published it (a staff id).
    public let actor: String
    /// What was published.
    public let published: ConfigurationPublished

    /// A recorded publication.
    public init(seq: Int64, id: String, recordedAt: Timestamp, actor: String, published: ConfigurationPublished) {
        self.seq = seq
        self.id = id
        self.recordedAt = recordedAt
        self.actor = actor
        self.published = published
    }

    /// The figures.
    public var configuration: Configuration { published.configuration }

    /// The configuration in force at decision time `instant`, among `publications`: of those
    /// recorded at or before `instant` and in force from a date on or before its date, the one
    /// with the latest `effectiveFrom` (a later publication wins on the same date). Nil when none.
    public static func inForce(at instant: Timestamp, among publications: [PublishedConfiguration]) -> PublishedConfiguration? {
        let date = CalendarDate(instant)
        return publications
            .filter { $0.recordedAt <= instant && $0.published.effectiveFrom <= date }
            .max { ($0.published.effectiveFrom, $0.seq) < ($1.published.effectiveFrom, $1.seq) }
    }
}
