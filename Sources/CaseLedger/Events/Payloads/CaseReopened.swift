/// A closed case was reopened.
///
/// Stored as event type `caseReopened`, schema 1.
public struct CaseReopened: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "caseReopened"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// How the new request reached the council.
    public var routeOfAccess: RouteOfAccess

    /// A value with every field given.
    public init(metadata: DecisionMetadata, routeOfAccess: RouteOfAccess) {
        self.metadata = metadata
        self.routeOfAccess = routeOfAccess
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        routeOfAccess = try r("routeOfAccess")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("routeOfAccess", routeOfAccess)
    }
}
