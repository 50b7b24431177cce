/// Information, advice or signposting was given to the customer (Care Act s4).
///
/// Stored as event type `informationAndAdviceGiven`, schema 1.
public struct InformationAndAdviceGiven: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "informationAndAdviceGiven"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// What the information and advice was about.
    public var topics: [String]
    /// Organisations and services the customer was signposted to.
    public var signpostedTo: [String]
    /// False when information and advice was all that was needed.
    public var furtherActionNeeded: Bool

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        topics: [String] = [],
        signpostedTo: [String] = [],
        furtherActionNeeded: Bool
    ) {
        self.metadata = metadata
        self.topics = topics
        self.signpostedTo = signpostedTo
        self.furtherActionNeeded = furtherActionNeeded
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        topics = try r("topics")
        signpostedTo = try r("signpostedTo")
        furtherActionNeeded = try r("furtherActionNeeded")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("topics", topics)
        w.set("signpostedTo", signpostedTo)
        w.set("furtherActionNeeded", furtherActionNeeded)
    }
}
