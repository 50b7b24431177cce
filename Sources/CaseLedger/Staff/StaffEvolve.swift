/// Folds one staff register event into the register. Never fails and never decides: an event
/// naming someone not on the register changes nothing.
public func evolve(_ register: StaffRegister, _ recorded: RecordedStaffEvent) -> StaffRegister {
    var r = register
    r.lastRecordedAt = recorded.recordedAt
    let date = recorded.event.metadata.effectiveDate
    switch recorded.event {
    case .staffAdded(let e):
        if r.members[StaffId(e.staffId)] == nil {
            r.members[StaffId(e.staffId)] = StaffMember(staffId: e.staffId, name: e.name, team: e.team, from: date)
        }
    case .staffRoleGranted(let e):
        r.members[StaffId(e.staffId)]?.roles.append(Grant(value: e.role, from: date, grantedBy: recorded.id))
    case .staffRoleRevoked(let e):
        guard var m = r.members[StaffId(e.staffId)],
            let i = m.roles.lastIndex(where: { $0.value == e.role && $0.until == nil })
        else { break }
        m.roles[i] = m.roles[i].ended(on: date, by: recorded.id)
        r.members[StaffId(e.staffId)] = m
    case .signOffLimitGranted(let e):
        r.closeSignOffLimit(of: e.staffId, on: date, by: recorded.id)
        r.members[StaffId(e.staffId)]?.signOffLimits.append(Grant(value: e.weeklyLimit, from: date, grantedBy: recorded.id))
    case .signOffLimitRevoked(let e):
        r.closeSignOffLimit(of: e.staffId, on: date, by: recorded.id)
    case .staffLeft(let e):
        guard var m = r.members[StaffId(e.staffId)] else { break }
        m.leftOn = date
        for i in m.roles.indices where m.roles[i].until == nil {
            m.roles[i] = m.roles[i].ended(on: date, by: recorded.id)
        }
        for i in m.signOffLimits.indices where m.signOffLimits[i].until == nil {
            m.signOffLimits[i] = m.signOffLimits[i].ended(on: date, by: recorded.id)
        }
        r.members[StaffId(e.staffId)] = m
    }
    return r
}

extension StaffRegister {
    /// Ends any open sign-off limit of `id` on `date`, by event `eventId`.
    mutating func closeSignOffLimit(of id: String, on date: CalendarDate, by eventId: String) {
        guard var m = members[StaffId(id)] else { return }
        for i in m.signOffLimits.indices where m.signOffLimits[i].until == nil {
            m.signOffLimits[i] = m.signOffLimits[i].ended(on: date, by: eventId)
        }
        members[StaffId(id)] = m
    }
}
