/// The case was closed.
///
/// Stored as event type `caseClosed`, schema 1.
public struct CaseClosed: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "caseClosed"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// Why.
    public var reason: ClosureReason

    /// A value with every field given.
    public init(metadata: DecisionMetadata, reason: ClosureReason) {
        self.metadata = metadata
        self.reason = reason
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        reason = try r("reason")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("reason", reason)
    }
}
