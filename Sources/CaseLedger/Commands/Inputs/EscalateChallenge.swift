/// Intent: escalate a challenge to the next level (or to a complaint at any time).
public struct EscalateChallenge: PayloadObject, Hashable {
    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The challenge.
    public var challengeId: String
    /// Where it goes.
    public var toLevel: ChallengeLevel

    /// A value with every field given.
    public init(metadata: DecisionMetadata, challengeId: String, toLevel: ChallengeLevel) {
        self.metadata = metadata
        self.challengeId = challengeId
        self.toLevel = toLevel
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        challengeId = try r("challengeId")
        toLevel = try r("toLevel")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("challengeId", challengeId)
        w.set("toLevel", toLevel)
    }
}
