/// Intent: draft a new support plan (it becomes version 1).
public struct DraftSupportPlan: PayloadObject, Hashable {
    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// What the plan says.
    public var plan: SupportPlanContent

    /// A value with every field given.
    public init(metadata: DecisionMetadata, plan: SupportPlanContent) {
        self.metadata = metadata
        self.plan = plan
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        plan = try SupportPlanContent(from: r)
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        plan.encode(to: &w)
    }
}
