/// Intent: send the signed written response to a complaint.
public struct RespondToComplaint: PayloadObject, Hashable {
    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The complaint.
    public var complaintId: String
    /// The finding.
    public var finding: ComplaintFinding
    /// The conclusions.
    public var conclusions: String
    /// Remedial actions.
    public var remedialActions: [String]
    /// Whether the right to go to the Ombudsman is explained.
    public var ombudsmanRightsExplained: Bool
    /// Who signs.
    public var signedBy: String

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        complaintId: String,
        finding: ComplaintFinding,
        conclusions: String,
        remedialActions: [String] = [],
        ombudsmanRightsExplained: Bool,
        signedBy: String
    ) {
        self.metadata = metadata
        self.complaintId = complaintId
        self.finding = finding
        self.conclusions = conclusions
        self.remedialActions = remedialActions
        self.ombudsmanRightsExplained = ombudsmanRightsExplained
        self.signedBy = signedBy
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
    }
}
