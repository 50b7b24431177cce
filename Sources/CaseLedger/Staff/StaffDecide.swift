/// Decides a change to the staff register: the events to record, or the rule it breaks.
///
/// Rules: recorded time is never back-dated (`recorded-time-backdated`); the actor must be on the
/// register, hold the acting role, and that role must be one allowed to administer the register
/// (`staff-unknown`, `acting-role-not-held`, `register-authority-missing`) — except while nobody
/// holds such a role, so the first administrator can be set up; then the rules of each change.
public func decide(
    _ command: StaffCommand, _ register: StaffRegister, actor: String, now: Timestamp,
    configuration: Configuration
) throws(Rejection) -> [StaffEvent] {
    let today = CalendarDate(now)
    let meta = command.metadata
    // issue 14: one way in for domain events
    try ImportRules.checkRecordedLive(staffChange: meta)
    if let last = register.lastRecordedAt, now < last {
        throw Rejection(.recordedTimeBackdated,
            "the staff register was last changed at \(last.rfc3339); a change cannot be recorded at \(now.rfc3339)")
    }
    let adminRoles = configuration.registerAdministrationRoles
    if register.anyoneHolds(adminRoles, on: today) {
        if let lookAlike = StaffIdRules.lookAlike(actor, as: "the acting member of staff", in: register) { throw lookAlike }
        guard register.isOnRegister(actor, on: today) else {
            throw Rejection(.staffUnknown, "\(actor) is not on the staff register on \(today.words)")
        }
        guard register.holds(meta.actingRole, actor, on: today) else {
            throw Rejection(.actingRoleNotHeld,
                "\(register.nameOf(actor)) does not hold the role \(meta.actingRole) on \(today.words)")
        }
        guard adminRoles.contains(meta.actingRole) else {
            let allowed = adminRoles.sorted().map(\.rawValue).joined(separator: ", ")
            throw Rejection(.registerAuthorityMissing,
                "the staff register is changed under one of the roles \(allowed); \(register.nameOf(actor)) acted as \(meta.actingRole)")
        }
    }
    func member(_ id: String) throws(Rejection) -> StaffMember {
        if let lookAlike = StaffIdRules.lookAlike(id, as: "the member of staff", in: register) { throw lookAlike }
        guard let m = register.member(id), m.leftOn == nil else {
            throw Rejection(.staffNotOnRegister, "\(id) is not on the staff register")
        }
        return m
    }
    switch command {
    case .addStaff(let e):
        if register.member(e.staffId) != nil {
            throw Rejection(.staffAlreadyAdded, "\(register.nameOf(e.staffId)) is already on the staff register")
        }
        if let lookAlike = StaffIdRules.lookAlikeOfMember(adding: e.staffId, to: register) { throw lookAlike }
        return [.staffAdded(e)]
    case .grantRole(let e):
        let m = try member(e.staffId)
        if m.roles.contains(where: { $0.value == e.role && $0.until == nil }) {
            throw Rejection(.roleAlreadyHeld, "\(register.nameOf(e.staffId)) already holds the role \(e.role)")
        }
        return [.staffRoleGranted(e)]
    case .revokeRole(let e):
        let m = try member(e.staffId)
        guard m.roles.contains(where: { $0.value == e.role && $0.until == nil }) else {
            throw Rejection(.roleNotHeld, "\(register.nameOf(e.staffId)) does not hold the role \(e.role)")
        }
        return [.staffRoleRevoked(e)]
    case .grantSignOffLimit(let e):
        _ = try member(e.staffId)
        if e.weeklyLimit.pence <= 0 {
            throw Rejection(.amountInvalid,
                "a sign-off limit must be more than £0.00 a week; \(e.weeklyLimit) was given")
        }
        return [.signOffLimitGranted(e)]
    case .revokeSignOffLimit(let e):
        let m = try member(e.staffId)
        guard m.signOffLimits.contains(where: { $0.until == nil }) else {
            throw Rejection(.signOffLimitNotHeld, "\(register.nameOf(e.staffId)) holds no sign-off limit")
        }
        return [.signOffLimitRevoked(e)]
    case .recordLeaving(let e):
        _ = try member(e.staffId)
        return [.staffLeft(e)]
    }
}
