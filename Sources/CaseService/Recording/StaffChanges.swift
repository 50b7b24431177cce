import CaseLedger

/// The staff register commands behind each `caseledger staff` change, in the order they are
/// decided, all with the same decision metadata.
public enum StaffChanges {
    /// Adds `staffId` with `name` and `team`, then grants each of `roles` and, when given, a
    /// weekly sign-off limit.
    public static func add(
        _ staffId: String, name: String, team: String?, roles: [StaffRole], weeklyLimit: Money?, metadata: DecisionMetadata
    ) -> [StaffCommand] {
        [.addStaff(StaffAdded(metadata: metadata, staffId: staffId, name: name, team: team))]
            + grant(staffId, roles: roles, weeklyLimit: weeklyLimit, metadata: metadata)
    }

    /// Grants each of `roles` and, when given, a weekly sign-off limit (replacing any earlier one).
    public static func grant(_ staffId: String, roles: [StaffRole], weeklyLimit: Money?, metadata: DecisionMetadata) -> [StaffCommand] {
        roles.map { .grantRole(StaffRoleGranted(metadata: metadata, staffId: staffId, role: $0)) }
            + (weeklyLimit.map { [.grantSignOffLimit(SignOffLimitGranted(metadata: metadata, staffId: staffId, weeklyLimit: $0))] } ?? [])
    }

    /// Revokes each of `roles` and, when `signOffLimit` is true, the sign-off limit.
    public static func revoke(_ staffId: String, roles: [StaffRole], signOffLimit: Bool, metadata: DecisionMetadata) -> [StaffCommand] {
        roles.map { .revokeRole(StaffRoleRevoked(metadata: metadata, staffId: staffId, role: $0)) }
            + (signOffLimit ? [.revokeSignOffLimit(SignOffLimitRevoked(metadata: metadata, staffId: staffId))] : [])
    }

    /// Records that `staffId` left: from the effective date they hold no role or authority.
    public static func leave(_ staffId: String, metadata: DecisionMetadata) -> [StaffCommand] {
        [.recordLeaving(StaffLeft(metadata: metadata, staffId: staffId))]
    }
}
