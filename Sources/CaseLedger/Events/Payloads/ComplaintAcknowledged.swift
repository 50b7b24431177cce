/// A complaint was acknowledged; the response date may be agreed.
///
/// Stored as event type `complaintAcknowledged`, schema 1.
public struct ComplaintAcknowledged: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "complaintAcknowledged"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The complaint.
    public var complaintId: String
    /// True when acknowledged by the acknowledge-by date.
    public var withinTimeLimit: Bool
    /// The response date now in force (agreed, or the default).
    public var respondBy: CalendarDate

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        complaintId: String,
        withinTimeLimit: Bool,
        respondBy: CalendarDate
    ) {
        self.metadata = metadata
        self.complaintId = complaintId
        self.withinTimeLimit = withinTimeLimit
        self.respondBy = respondBy
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        complaintId = try r("complaintId")
        withinTimeLimit = try r("withinTimeLimit")
        respondBy = try r("respondBy")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("complaintId", complaintId)
        w.set("withinTimeLimit", withinTimeLimit)
        w.set("respondBy", respondBy)
    }
}
