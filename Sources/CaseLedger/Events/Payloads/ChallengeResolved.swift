/// A challenge was resolved, at the level where it stood, with an outcome and actions.
///
/// Stored as event type `challengeResolved`, schema 1.
public struct ChallengeResolved: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "challengeResolved"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The challenge.
    public var challengeId: String
    /// The level at which it was resolved.
    public var level: ChallengeLevel
    /// Upheld, partly upheld, not upheld, or withdrawn by the customer.
    public var outcome: ChallengeOutcome
    /// What will be done as a result.
    public var actions: [String]

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        challengeId: String,
        level: ChallengeLevel,
        outcome: ChallengeOutcome,
        actions: [String] = []
    ) {
        self.metadata = metadata
        self.challengeId = challengeId
        self.level = level
        self.outcome = outcome
        self.actions = actions
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        challengeId = try r("challengeId")
        level = try r("level")
        outcome = try r("outcome")
        actions = try r("actions")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("challengeId", challengeId)
        w.set("level", level)
        w.set("outcome", outcome)
        w.set("actions", actions)
    }
}
