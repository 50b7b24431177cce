/// Services are withdrawn from the effective date, following a review that found the needs no
/// longer eligible.
///
/// Stored as event type `withdrawalDecided`, schema 1.
public struct WithdrawalDecided: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "withdrawalDecided"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The review that found the needs no longer eligible.
    public var reviewId: String

    /// A value with every field given.
    public init(metadata: DecisionMetadata, reviewId: String) {
        self.metadata = metadata
        self.reviewId = reviewId
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        reviewId = try r("reviewId")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("reviewId", reviewId)
    }
}
