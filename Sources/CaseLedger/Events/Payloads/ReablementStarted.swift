/// Reablement (initial short-term support) started on the effective date; it is free until the end
/// of the configured free period.
///
/// Stored as event type `reablementStarted`, schema 1.
public struct ReablementStarted: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "reablementStarted"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The period's id, e.g. "R-1".
    public var reablementId: String
    /// Who provides the reablement.
    public var provider: String
    /// What the reablement aims to restore.
    public var goals: [String]
    /// The last day of the free period (inclusive).
    public var freeUntil: CalendarDate

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        reablementId: String,
        provider: String,
        goals: [String] = [],
        freeUntil: CalendarDate
    ) {
        self.metadata = metadata
        self.reablementId = reablementId
        self.provider = provider
        self.goals = goals
        self.freeUntil = freeUntil
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        reablementId = try r("reablementId")
        provider = try r("provider")
        goals = try r("goals")
        freeUntil = try r("freeUntil")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("reablementId", reablementId)
        w.set("provider", provider)
        w.set("goals", goals)
        w.set("freeUntil", freeUntil)
    }
}
