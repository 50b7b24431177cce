/// A challenge moved up the escalation order: allocated worker, line manager, Risk Enablement
/// Panel, complaint.
///
/// Stored as event type `challengeEscalated`, schema 1.
public struct ChallengeEscalated: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "challengeEscalated"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The challenge.
    public var challengeId: String
    /// Where it was.
    public var fromLevel: ChallengeLevel
    /// Where it went.
    public var toLevel: ChallengeLevel

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        challengeId: String,
        fromLevel: ChallengeLevel,
        toLevel: ChallengeLevel
    ) {
        self.metadata = metadata
        self.challengeId = challengeId
        self.fromLevel = fromLevel
        self.toLevel = toLevel
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        challengeId = try r("challengeId")
        fromLevel = try r("fromLevel")
        toLevel = try r("toLevel")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("challengeId", challengeId)
        w.set("fromLevel", fromLevel)
        w.set("toLevel", toLevel)
    }
}
