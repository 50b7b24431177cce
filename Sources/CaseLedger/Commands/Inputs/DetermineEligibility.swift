/// Intent: determine eligibility on an assessment. The worker states the result; the 3-part test is
/// applied to the assessment and must agree.
public struct DetermineEligibility: PayloadObject, Hashable {
    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The needs or carer's assessment.
    public var assessmentId: String
    /// The result the worker determines.
    public var eligible: Bool

    /// A value with every field given.
    public init(metadata: DecisionMetadata, assessmentId: String, eligible: Bool) {
        self.metadata = metadata
        self.assessmentId = assessmentId
        self.eligible = eligible
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        assessmentId = try r("assessmentId")
        eligible = try r("eligible")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("assessmentId", assessmentId)
        w.set("eligible", eligible)
    }
}
