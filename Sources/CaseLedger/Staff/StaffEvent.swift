/// A fact recorded on the staff register: staff added, roles and sign-off limits granted and
/// revoked, staff leaving. Folded into `StaffRegister`, so "who could sign off on that date" is
/// answerable from the ledger.
public enum StaffEvent: Hashable, Sendable {
    /// A member of staff was added to the register from the effective date.
    case staffAdded(StaffAdded)
    /// A member of staff may act under a role from the effective date.
    case staffRoleGranted(StaffRoleGranted)
    /// A member of staff may no longer act under a role from the effective date.
    case staffRoleRevoked(StaffRoleRevoked)
    /// A member of staff may sign off support plans costing up to a weekly limit from the effective
    /// date (replacing any earlier limit).
    case signOffLimitGranted(SignOffLimitGranted)
    /// A member of staff may no longer sign off support plans from the effective date.
    case signOffLimitRevoked(SignOffLimitRevoked)
    /// A member of staff left; from the effective date they hold no role or authority.
    case staffLeft(StaffLeft)
}
