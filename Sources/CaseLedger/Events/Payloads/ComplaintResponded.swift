/// The signed written response to a complaint: its finding, conclusions, remedial actions, and the
/// right to go to the Ombudsman.
///
/// Stored as event type `complaintResponded`, schema 1.
public struct ComplaintResponded: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "complaintResponded"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The complaint.
    public var complaintId: String
    /// Upheld, partly upheld or not upheld.
    public var finding: ComplaintFinding
    /// How the complaint was considered and the conclusions reached.
    public var conclusions: String
    /// Remedial action the council will take.
    public var remedialActions: [String]
    /// True when the right to go to the Local Government and Social Care Ombudsman was explained.
    public var ombudsmanRightsExplained: Bool
    /// Who signed the response.
    public var signedBy: String
    /// True when responded by the respond-by date in force.
    public var withinTimeLimit: Bool

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        complaintId: String,
        finding: ComplaintFinding,
        conclusions: String,
        remedialActions: [String] = [],
        ombudsmanRightsExplained: Bool,
        signedBy: String,
        withinTimeLimit: Bool
    ) {
        self.metadata = metadata
        self.complaintId = complaintId
        self.finding = finding
        self.conclusions = conclusions
        self.remedialActions = remedialActions
        self.ombudsmanRightsExplained = ombudsmanRightsExplained
        self.signedBy = signedBy
        self.withinTimeLimit = withinTimeLimit
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        complaintId = try r("complaintId")
        finding = try r("finding")
        conclusions = try r("conclusions")
        remedialActions = try r("remedialActions")
        ombudsmanRightsExplained = try r("ombudsmanRightsExplained")
        signedBy = try r("signedBy")
        withinTimeLimit = try r("withinTimeLimit")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("complaintId", complaintId)
        w.set("finding", finding)
        w.set("conclusions", conclusions)
        w.set("remedialActions", remedialActions)
        w.set("ombudsmanRightsExplained", ombudsmanRightsExplained)
        w.set("signedBy", signedBy)
        w.set("withinTimeLimit", withinTimeLimit)
    }
}
