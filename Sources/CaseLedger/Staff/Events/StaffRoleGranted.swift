/// A member of staff may act under a role from the effective date.
///
/// Stored as event type `staffRoleGranted`, schema 1.
public struct StaffRoleGranted: StaffEventPayload {
    /// The stored event type name.
    public static let typeName = "staffRoleGranted"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The member of staff.
    public var staffId: String
    /// The role granted.
    public var role: StaffRole

    /// A value with every field given.
    public init(metadata: DecisionMetadata, staffId: String, role: StaffRole) {
        self.metadata = metadata
        self.staffId = staffId
        self.role = role
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        staffId = try r("staffId")
        role = try r("role")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("staffId", staffId)
        w.set("role", role)
    }
}
