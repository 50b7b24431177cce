/// Reablement ended on the effective date, with its outcome.
///
/// Stored as event type `reablementEnded`, schema 1.
public struct ReablementEnded: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "reablementEnded"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The period that ended.
    public var reablementId: String
    /// How it ended.
    public var outcome: ReablementOutcome

    /// A value with every field given.
    public init(metadata: DecisionMetadata, reablementId: String, outcome: ReablementOutcome) {
        self.metadata = metadata
        self.reablementId = reablementId
        self.outcome = outcome
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        reablementId = try r("reablementId")
        outcome = try r("outcome")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("reablementId", reablementId)
        w.set("outcome", outcome)
    }
}
