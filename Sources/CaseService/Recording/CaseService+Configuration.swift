import CaseLedger

extension CaseService {
    /// Publishes a configuration, by `actor` at `now`, on the `configuration` stream.
    ///
    /// The same authority as the staff register: the actor must be on the register and hold,
    /// and act under, one of the register administration roles of the configuration in force
    /// (before any, `registerAdministrator` or `teamManager`) — except while nobody holds such a
    /// role, so a new ledger can be set up in either order. And the new configuration's
    /// administration roles must include one someone holds, so publishing never locks the
    /// register open (`register-authority-missing`). Recorded time is never back-dated on the
    /// stream (`recorded-time-backdated`).
    @discardableResult
    public func publishConfiguration(_ publication: ConfigurationPublished, actor: String, now: Timestamp = .now()) throws(ServiceError) -> [AppendedEvent] {
        let stored = try stored(Streams.configuration)
        let current = try configuration(inForceAt: now)?.configuration ?? Self.configurationBeforePublication
        let register = try staffRegister(asKnownAt: now)
        let today = CalendarDate(now)
        if let last = stored.last?.recordedAt, now < last {
            throw .rejected(Rejection(.recordedTimeBackdated,
                "the configuration was last published at \(last.rfc3339); a publication cannot be recorded at \(now.rfc3339)"))
        }
        if register.anyoneHolds(current.registerAdministrationRoles, on: today) {
            if let lookAlike = StaffIdRules.lookAlike(actor, as: "the acting member of staff", in: register) { throw .rejected(lookAlike) }
            guard register.isOnRegister(actor, on: today) else {
                throw .rejected(Rejection(.staffUnknown, "\(actor) is not on the staff register on \(today.words)"))
            }
            guard register.holds(publication.actingRole, actor, on: today) else {
                throw .rejected(Rejection(.actingRoleNotHeld, "\(register.nameOf(actor)) does not hold the role \(publication.actingRole) on \(today.words)"))
            }
            guard current.registerAdministrationRoles.contains(publication.actingRole) else {
                let allowed = current.registerAdministrationRoles.sorted().map(\.rawValue).joined(separator: ", ")
                throw .rejected(Rejection(.registerAuthorityMissing,
                    "the configuration is published under one of the roles \(allowed); \(register.nameOf(actor)) acted as \(publication.actingRole)"))
            }
            guard register.anyoneHolds(publication.configuration.registerAdministrationRoles, on: today) else {
                let named = publication.configuration.registerAdministrationRoles.sorted().map(\.rawValue).joined(separator: ", ")
                throw .rejected(Rejection(.registerAuthorityMissing,
                    "nobody holds any of the register administration roles the new configuration names (\(named)) on \(today): grant one first, or the staff register would be open to everyone"))
            }
        }
        return try append(
            [Pending(type: ConfigurationPublished.typeName, schema: ConfigurationPublished.schemaVersion, payload: publication.json)],
            to: Streams.configuration, actor: actor, version: Int64(stored.count), now: now)
    }

    /// Publishes the configuration given as JSON input and `--FIELD VALUE` flags (the fields of
    /// `ConfigurationPublished.command`, put together by `CommandInput`).
    ///
    /// - Throws: `.invalidInput` when the input cannot be put together; `.invalidConfiguration`
    ///   naming the field at fault; otherwise as `publishConfiguration(_:actor:now:)`.
    @discardableResult
    public func publishConfiguration(
        input: JSONValue?, flags: [String: [String]] = [:], actor: String, now: Timestamp = .now()
    ) throws(ServiceError) -> [AppendedEvent] {
        let payload: JSONValue
        do {
            payload = try CommandInput.payload(for: ConfigurationPublished.command, json: input, flags: flags, today: CalendarDate(now))
        } catch {
            throw .invalidInput(error)
        }
        let publication: ConfigurationPublished
        do {
            publication = try ConfigurationPublished(json: payload, at: "")
        } catch {
            throw .invalidConfiguration(error)
        }
        return try publishConfiguration(publication, actor: actor, now: now)
    }
}
