/// The person was notified in writing of the withdrawal of services.
///
/// Stored as event type `withdrawalNoticeSent`, schema 1.
public struct WithdrawalNoticeSent: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "withdrawalNoticeSent"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The accessible format used.
    public var format: NoticeFormat
    /// Who it was sent to.
    public var sentTo: String

    /// A value with every field given.
    public init(metadata: DecisionMetadata, format: NoticeFormat, sentTo: String) {
        self.metadata = metadata
        self.format = format
        self.sentTo = sentTo
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        format = try r("format")
        sentTo = try r("sentTo")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("format", format)
        w.set("sentTo", sentTo)
    }
}
