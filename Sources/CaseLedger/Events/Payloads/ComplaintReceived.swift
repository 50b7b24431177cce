/// A complaint was received (Complaints Regulations 2009): what about, whether it was made in time,
/// and the dates by which it must be acknowledged and answered.
///
/// Stored as event type `complaintReceived`, schema 1.
public struct ComplaintReceived: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "complaintReceived"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The complaint's id, e.g. "CO-1".
    public var complaintId: String
    /// Who complained.
    public var complainant: String
    /// What the complaint is about.
    public var about: String
    /// The challenge escalated to this complaint, when there is one.
    public var challengeId: String?
    /// When the matter happened, or when the complainant became aware of it.
    public var matterDate: CalendarDate
    /// True when made within the configured time limit (12 months) of the matter date.
    public var withinTimeLimit: Bool
    /// The last day for acknowledgement (3 working days).
    public var acknowledgeBy: CalendarDate
    /// The last day for the response (6 months unless longer agreed).
    public var respondBy: CalendarDate

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        complaintId: String,
        complainant: String,
        about: String,
        challengeId: String? = nil,
        matterDate: CalendarDate,
        withinTimeLimit: Bool,
        acknowledgeBy: CalendarDate,
        respondBy: CalendarDate
    ) {
        self.metadata = metadata
        self.complaintId = complaintId
        self.complainant = complainant
        self.about = about
        self.challengeId = challengeId
        self.matterDate = matterDate
        self.withinTimeLimit = withinTimeLimit
        self.acknowledgeBy = acknowledgeBy
        self.respondBy = respondBy
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        complaintId = try r("complaintId")
        complainant = try r("complainant")
        about = try r("about")
        challengeId = try r.optional("challengeId")
        matterDate = try r("matterDate")
        withinTimeLimit = try r("withinTimeLimit")
        acknowledgeBy = try r("acknowledgeBy")
        respondBy = try r("respondBy")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("complaintId", complaintId)
        w.set("complainant", complainant)
        w.set("about", about)
        w.optional("challengeId", challengeId)
        w.set("matterDate", matterDate)
        w.set("withinTimeLimit", withinTimeLimit)
        w.set("acknowledgeBy", acknowledgeBy)
        w.set("respondBy", respondBy)
    }
}
