/// The customer (or someone for them) challenged a decision on one of the 5 subjects; it starts
/// with the allocated worker.
///
/// Stored as event type `challengeRaised`, schema 1.
public struct ChallengeRaised: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "challengeRaised"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The challenge's id, e.g. "CH-1".
    public var challengeId: String
    /// What is challenged.
    public var subject: ChallengeSubject
    /// Who raised it.
    public var raisedBy: String
    /// The challenge in their words.
    public var details: String
    /// The recorded decisions challenged (event ids).
    public var challengedEventIds: [String]

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        challengeId: String,
        subject: ChallengeSubject,
        raisedBy: String,
        details: String,
        challengedEventIds: [String] = []
    ) {
        self.metadata = metadata
        self.challengeId = challengeId
        self.subject = subject
        self.raisedBy = raisedBy
        self.details = details
        self.challengedEventIds = challengedEventIds
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        challengeId = try r("challengeId")
        subject = try r("subject")
        raisedBy = try r("raisedBy")
        details = try r("details")
        challengedEventIds = try r("challengedEventIds")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("challengeId", challengeId)
        w.set("subject", subject)
        w.set("raisedBy", raisedBy)
        w.set("details", details)
        w.set("challengedEventIds", challengedEventIds)
    }
}
