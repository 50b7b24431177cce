/// A review was asked for (by anyone involved, on a change of circumstances, or as planned).
///
/// Stored as event type `reviewRequested`, schema 1.
public struct ReviewRequested: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "reviewRequested"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The review's id, e.g. "RV-1".
    public var reviewId: String
    /// Who asked.
    public var requestedBy: ReviewRequester
    /// Their name.
    public var requesterName: String?
    /// Planned or unplanned, and why (Client Level Data list).
    public var reason: ReviewReason
    /// The change of circumstances, in words.
    public var changeOfCircumstances: String

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        reviewId: String,
        requestedBy: ReviewRequester,
        requesterName: String? = nil,
        reason: ReviewReason,
        changeOfCircumstances: String
    ) {
        self.metadata = metadata
        self.reviewId = reviewId
        self.requestedBy = requestedBy
        self.requesterName = requesterName
        self.reason = reason
        self.changeOfCircumstances = changeOfCircumstances
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        reviewId = try r("reviewId")
        requestedBy = try r("requestedBy")
        requesterName = try r.optional("requesterName")
        reason = try r("reason")
        changeOfCircumstances = try r("changeOfCircumstances")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("reviewId", reviewId)
        w.set("requestedBy", requestedBy)
        w.optional("requesterName", requesterName)
        w.set("reason", reason)
        w.set("changeOfCircumstances", changeOfCircumstances)
    }
}
