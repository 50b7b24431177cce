/// Intent: start reablement on the effective date.
public struct StartReablement: PayloadObject, Hashable {
    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The id to give the period, e.g. "R-1".
    public var reablementId: String
    /// Who provides it.
    public var provider: String
    /// What it aims to restore.
    public var goals: [String]

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        reablementId: String,
        provider: String,
        goals: [String] = []
    ) {
        self.metadata = metadata
        self.reablementId = reablementId
        self.provider = provider
        self.goals = goals
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        reablementId = try r("reablementId")
        provider = try r("provider")
        goals = try r("goals")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("reablementId", reablementId)
        w.set("provider", provider)
        w.set("goals", goals)
    }
}
