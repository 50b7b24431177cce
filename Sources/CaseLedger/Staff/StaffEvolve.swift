/// Folds one staff register event into the register. Never fails and never decides: an event
/// naming someone not on the register changes nothing.
public func evolve(_ register: StaffRegister, _ recorded: RecordedStaffEvent) -> StaffRegister {
    var r = register
    r.lastRecordedAt = recorded.recordedAt
    let date = recorded.event.metadata.effectiveDate
    switch recorded.event {
    case .staffAdded(let e):
        if r.members[e.staffId] == nil {
            r.members[e.staffId] = StaffMember(staffId: e.staffId, name: e.name, team: e.team, from: date)
        }
    case .staffRoleGranted(let e):
        r.members[e.staffId]?.roles.append(Grant(value: e.role, from: date, grantedBy: recorded.id))
    case .staffRoleRevoked(let e):
        if let i = r.members[e.staffId]?.roles.lastIndex(where: { $0.value == e.role && $0.until == nil }) {
            r.members[e.staffId]?.roles[i].until = date
        }
    case .signOffLimitGranted(let e):
        r.closeSignOffLimit(of: e.staffId, on: date)
        r.members[e.staffId]?.signOffLimits.append(Grant(value: e.weeklyLimit, from: date, grantedBy: recorded.id))
    case .signOffLimitRevoked(let e):
        r.closeSignOffLimit(of: e.staffId, on: date)
    case .staffLeft(let e):
        guard var m = r.members[e.staffId] else { break }
        m.leftOn = date
        for i in m.roles.indices where m.roles[i].until == nil { m.roles[i].until = date }
        for i in m.signOffLimits.indices where m.signOffLimits[i].until == nil { m.signOffLimits[i].until = date }
        r.members[e.staffId] = m
    }
    return r
}

extension StaffRegister {
    /// Ends any open sign-off limit of `id` on `date`.
    mutating func closeSignOffLimit(of id: String, on date: CalendarDate) {
        guard var m = members[id] else { return }
        for i in m.signOffLimits.indices where m.signOffLimits[i].until == nil {
            m.signOffLimits[i].until = date
        }
        members[id] = m
    }
}
