/// An intent to change the staff register, in the imperative.
public enum StaffCommand: Hashable, Sendable {
    /// Add a member of staff.
    case addStaff(StaffAdded)
    /// Let a member of staff act under a role.
    case grantRole(StaffRoleGranted)
    /// Stop a member of staff acting under a role.
    case revokeRole(StaffRoleRevoked)
    /// Give a member of staff a weekly sign-off limit (replacing any earlier one).
    case grantSignOffLimit(SignOffLimitGranted)
    /// Take away a member of staff's sign-off authority.
    case revokeSignOffLimit(SignOffLimitRevoked)
    /// Record that a member of staff left.
    case recordLeaving(StaffLeft)

    /// The decision metadata the command carries.
    public var metadata: DecisionMetadata {
        switch self {
        case .addStaff(let p): p.metadata
        case .grantRole(let p): p.metadata
        case .revokeRole(let p): p.metadata
        case .grantSignOffLimit(let p): p.metadata
        case .revokeSignOffLimit(let p): p.metadata
        case .recordLeaving(let p): p.metadata
        }
    }

    /// The command's name, lower camel case, e.g. "grantSignOffLimit".
    public var name: String {
        switch self {
        case .addStaff: "addStaff"
        case .grantRole: "grantRole"
        case .revokeRole: "revokeRole"
        case .grantSignOffLimit: "grantSignOffLimit"
        case .revokeSignOffLimit: "revokeSignOffLimit"
        case .recordLeaving: "recordLeaving"
        }
    }
}
