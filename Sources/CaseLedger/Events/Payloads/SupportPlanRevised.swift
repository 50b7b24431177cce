/// A support plan was revised: the whole new version, and what changed.
///
/// Stored as event type `supportPlanRevised`, schema 1.
public struct SupportPlanRevised: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "supportPlanRevised"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// What the new version says.
    public var plan: SupportPlanContent
    /// The new version number.
    public var version: Int
    /// What changed and why, in words.
    public var changeSummary: String

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        plan: SupportPlanContent,
        version: Int,
        changeSummary: String
    ) {
        self.metadata = metadata
        self.plan = plan
        self.version = version
        self.changeSummary = changeSummary
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        plan = try SupportPlanContent(from: r)
        version = try r("version")
        changeSummary = try r("changeSummary")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        plan.encode(to: &w)
        w.set("version", version)
        w.set("changeSummary", changeSummary)
    }
}
