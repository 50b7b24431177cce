/// Intent: sign off a support plan version (the acting staff member signs).
public struct SignOffPlan: PayloadObject, Hashable {
    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The plan.
    public var planId: String
    /// The version.
    public var version: Int

    /// A value with every field given.
    public init(metadata: DecisionMetadata, planId: String, version: Int) {
        self.metadata = metadata
        self.planId = planId
        self.version = version
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        planId = try r("planId")
        version = try r("version")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("planId", planId)
        w.set("version", version)
    }
}
