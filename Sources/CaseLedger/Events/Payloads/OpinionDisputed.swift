/// The customer disputes an opinion recorded in an earlier event; the opinion stays, marked as
/// disputed, with the customer's account.
///
/// Stored as event type `opinionDisputed`, schema 1.
public struct OpinionDisputed: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "opinionDisputed"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The event holding the disputed opinion.
    public var targetEventId: String
    /// Who disputes it.
    public var disputedBy: String
    /// The opinion disputed, quoted or named.
    public var disputedStatement: String
    /// The customer's own account.
    public var customerAccount: String

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        targetEventId: String,
        disputedBy: String,
        disputedStatement: String,
        customerAccount: String
    ) {
        self.metadata = metadata
        self.targetEventId = targetEventId
        self.disputedBy = disputedBy
        self.disputedStatement = disputedStatement
        self.customerAccount = customerAccount
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        targetEventId = try r("targetEventId")
        disputedBy = try r("disputedBy")
        disputedStatement = try r("disputedStatement")
        customerAccount = try r("customerAccount")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("targetEventId", targetEventId)
        w.set("disputedBy", disputedBy)
        w.set("disputedStatement", disputedStatement)
        w.set("customerAccount", customerAccount)
    }
}
