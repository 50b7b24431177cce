/// Intent: acknowledge a complaint, optionally agreeing a response date.
public struct AcknowledgeComplaint: PayloadObject, Hashable {
    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The complaint.
    public var complaintId: String
    /// A response date agreed with the complainant, when agreed.
    public var agreedResponseDate: CalendarDate?

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        complaintId: String,
        agreedResponseDate: CalendarDate? = nil
    ) {
        self.metadata = metadata
        self.complaintId = complaintId
        self.agreedResponseDate = agreedResponseDate
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        complaintId = try r("complaintId")
        agreedResponseDate = try r.optional("agreedResponseDate")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("complaintId", complaintId)
        w.optional("agreedResponseDate", agreedResponseDate)
    }
}
