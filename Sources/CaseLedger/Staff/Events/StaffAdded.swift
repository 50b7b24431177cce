/// A member of staff was added to the register from the effective date.
///
/// Stored as event type `staffAdded`, schema 1.
public struct StaffAdded: StaffEventPayload {
    /// The stored event type name.
    public static let typeName = "staffAdded"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// Their staff id, e.g. "S-12".
    public var staffId: String
    /// Their name.
    public var name: String
    /// Their team.
    public var team: String?

    /// A value with every field given.
    public init(metadata: DecisionMetadata, staffId: String, name: String, team: String? = nil) {
        self.metadata = metadata
        self.staffId = staffId
        self.name = name
        self.team = team
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        staffId = try r("staffId")
        name = try r("name")
        team = try r.optional("team")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("staffId", staffId)
        w.set("name", name)
        w.optional("team", team)
    }
}
