/// A support plan was drafted (version 1).
///
/// Stored as event type `supportPlanDrafted`, schema 1.
public struct SupportPlanDrafted: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "supportPlanDrafted"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// What the plan says.
    public var plan: SupportPlanContent
    /// The version number, 1 for a new plan.
    public var version: Int

    /// A value with every field given.
    public init(metadata: DecisionMetadata, plan: SupportPlanContent, version: Int) {
        self.metadata = metadata
        self.plan = plan
        self.version = version
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        plan = try SupportPlanContent(from: r)
        version = try r("version")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        plan.encode(to: &w)
        w.set("version", version)
    }
}
