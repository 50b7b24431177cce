/// Intent: resolve a challenge at the level where it stands.
public struct ResolveChallenge: PayloadObject, Hashable {
    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The challenge.
    public var challengeId: String
    /// The outcome.
    public var outcome: ChallengeOutcome
    /// What will be done.
    public var actions: [String]

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        challengeId: String,
        outcome: ChallengeOutcome,
        actions: [String] = []
    ) {
        self.metadata = metadata
        self.challengeId = challengeId
        self.outcome = outcome
        self.actions = actions
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        challengeId = try r("challengeId")
        outcome = try r("outcome")
        actions = try r("actions")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("challengeId", challengeId)
        w.set("outcome", outcome)
        w.set("actions", actions)
    }
}
