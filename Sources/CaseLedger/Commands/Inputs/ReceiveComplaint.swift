/// Intent: record a complaint received on the effective date.
public struct ReceiveComplaint: PayloadObject, Hashable {
    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The id to give it, e.g. "CO-1".
    public var complaintId: String
    /// Who complained.
    public var complainant: String
    /// What about.
    public var about: String
    /// The challenge escalated to it, when there is one.
    public var challengeId: String?
    /// When the matter happened or the complainant became aware of it.
    public var matterDate: CalendarDate

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        complaintId: String,
        complainant: String,
        about: String,
        challengeId: String? = nil,
        matterDate: CalendarDate
    ) {
        self.metadata = metadata
        self.complaintId = complaintId
        self.complainant = complainant
        self.about = about
        self.challengeId = challengeId
        self.matterDate = matterDate
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        complaintId = try r("complaintId")
        complainant = try r("complainant")
        about = try r("about")
        challengeId = try r.optional("challengeId")
        matterDate = try r("matterDate")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("complaintId", complaintId)
        w.set("complainant", complainant)
        w.set("about", about)
        w.optional("challengeId", challengeId)
        w.set("matterDate", matterDate)
    }
}
