/// The written record of the eligibility determination and its reasons was given to the person
/// (Care Act s13(2)); with written advice and information where no needs are eligible (s13(5)).
///
/// Stored as event type `eligibilityNoticeSent`, schema 1.
public struct EligibilityNoticeSent: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "eligibilityNoticeSent"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The assessment whose determination the notice records.
    public var assessmentId: String
    /// The accessible format used.
    public var format: NoticeFormat
    /// Who it was sent to.
    public var sentTo: String
    /// True when advice and information on meeting or preventing needs was included.
    public var includesAdviceAndInformation: Bool

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        assessmentId: String,
        format: NoticeFormat,
        sentTo: String,
        includesAdviceAndInformation: Bool
    ) {
        self.metadata = metadata
        self.assessmentId = assessmentId
        self.format = format
        self.sentTo = sentTo
        self.includesAdviceAndInformation = includesAdviceAndInformation
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        assessmentId = try r("assessmentId")
        format = try r("format")
        sentTo = try r("sentTo")
        includesAdviceAndInformation = try r("includesAdviceAndInformation")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("assessmentId", assessmentId)
        w.set("format", format)
        w.set("sentTo", sentTo)
        w.set("includesAdviceAndInformation", includesAdviceAndInformation)
    }
}
