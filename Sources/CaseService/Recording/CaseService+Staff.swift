import CaseLedger

extension CaseService {
    /// Records changes to the staff register as one batch, decided by `actor` at `now`: each
    /// command is decided by the domain on the register as changed by the ones before it (so
    /// `addStaff` then `grantRole` for the same person is one batch).
    ///
    /// Who may change the register is the domain's rule: someone holding, and acting under, one
    /// of the configured register administration roles (before any configuration is published,
    /// `registerAdministrator` and `teamManager`). While nobody holds such a role, anyone may,
    /// so the first administrator can be set up — and then the service adds one rule: that
    /// first batch must leave someone holding an administration role on the decision date
    /// (e.g. `staff add S-1 --name … --role registerAdministrator`), so the register is never
    /// left open to everyone (`register-authority-missing`).
    @discardableResult
    public func recordStaff(_ commands: [StaffCommand], actor: String, now: Timestamp = .now()) throws(ServiceError) -> [AppendedEvent] {
        let stored = try staffEvents()
        var register = StaffRegister(stored.filter { $0.recordedAt <= now })
        let configuration = try configuration(inForceAt: now)?.configuration ?? Self.configurationBeforePublication
        let today = CalendarDate(now)
        let adminRoles = configuration.registerAdministrationRoles
        let settingUp = !register.anyoneHolds(adminRoles, on: today)
        var events: [StaffEvent] = []
        for command in commands {
            let decided: [StaffEvent]
            do {
                decided = try decide(command, register, actor: actor, now: now, configuration: configuration)
            } catch {
                throw .rejected(error)
            }
            for event in decided {
                register = evolve(register, RecordedStaffEvent(seq: 0, id: "pending", recordedAt: now, actor: actor, event: event))
                events.append(event)
            }
        }
        if settingUp, !register.anyoneHolds(adminRoles, on: today) {
            let roles = adminRoles.sorted().map(\.rawValue).joined(separator: " or ")
            throw .rejected(Rejection(.registerAuthorityMissing,
                "nobody administers the staff register yet: the first change must give someone the role \(roles) from \(today) or earlier, e.g. 'caseledger staff add S-1 --name \"…\" --role registerAdministrator --as S-1'"))
        }
        return try append(
            events.map { Pending(type: $0.typeName, schema: $0.schemaVersion, payload: $0.payload) },
            to: Streams.staff, actor: actor, version: Int64(stored.count), now: now)
    }
}
