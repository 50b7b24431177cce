/// Intent: revise a support plan (it becomes the next version).
public struct ReviseSupportPlan: PayloadObject, Hashable {
    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// What the new version says.
    public var plan: SupportPlanContent
    /// What changed and why.
    public var changeSummary: String

    /// A value with every field given.
    public init(metadata: DecisionMetadata, plan: SupportPlanContent, changeSummary: String) {
        self.metadata = metadata
        self.plan = plan
        self.changeSummary = changeSummary
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        plan = try SupportPlanContent(from: r)
        changeSummary = try r("changeSummary")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        plan.encode(to: &w)
        w.set("changeSummary", changeSummary)
    }
}
