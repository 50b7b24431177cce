/// A contact or referral opened the case: who the customer is, whether an adult or a carer, the
/// route of access and who referred.
///
/// Stored as event type `referralReceived`, schema 1.
public struct ReferralReceived: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "referralReceived"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The customer's name.
    public var customerName: String
    /// An adult with needs, or a carer.
    public var caseKind: CaseKind
    /// The route of access (Client Level Data list).
    public var routeOfAccess: RouteOfAccess
    /// Who made the referral.
    public var source: ReferralSource
    /// The referrer's name, when not the customer.
    public var referrerName: String?
    /// What the person asked for help with, in their words where possible.
    public var presentingNeed: String
    /// For a carer, the person they care for.
    public var caredForPerson: String?

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        customerName: String,
        caseKind: CaseKind,
        routeOfAccess: RouteOfAccess,
        source: ReferralSource,
        referrerName: String? = nil,
        presentingNeed: String,
        caredForPerson: String? = nil
    ) {
        self.metadata = metadata
        self.customerName = customerName
        self.caseKind = caseKind
        self.routeOfAccess = routeOfAccess
        self.source = source
        self.referrerName = referrerName
        self.presentingNeed = presentingNeed
        self.caredForPerson = caredForPerson
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        customerName = try r("customerName")
        caseKind = try r("caseKind")
        routeOfAccess = try r("routeOfAccess")
        source = try r("source")
        referrerName = try r.optional("referrerName")
        presentingNeed = try r("presentingNeed")
        caredForPerson = try r.optional("caredForPerson")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("customerName", customerName)
        w.set("caseKind", caseKind)
        w.set("routeOfAccess", routeOfAccess)
        w.set("source", source)
        w.optional("referrerName", referrerName)
        w.set("presentingNeed", presentingNeed)
        w.optional("caredForPerson", caredForPerson)
    }
}
