/// A fact recorded on the staff register: staff added, roles and sign-off limits granted and
/// revoked, staff leaving. Folded into `StaffRegister`, so "who could sign off on that date" is
/// answerable from the ledger.
public enum StaffEvent: Hashable, Sendable {
    /// See `StaffAdded`.
    case staffAdded(StaffAdded)
    /// See `StaffRoleGranted`.
    case staffRoleGranted(StaffRoleGranted)
    /// See `StaffRoleRevoked`.
    case staffRoleRevoked(StaffRoleRevoked)
    /// See `SignOffLimitGranted`.
    case signOffLimitGranted(SignOffLimitGranted)
    /// See `SignOffLimitRevoked`.
    case signOffLimitRevoked(SignOffLimitRevoked)
    /// See `StaffLeft`.
    case staffLeft(StaffLeft)
}
