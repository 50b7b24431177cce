import CaseLedger

extension CaseService {
    // Keeps events/INVARIANTS.md rule 7: the only way to a case event: read, decide, append at the version read.
    /// Records `command` on case `caseId`, decided by staff member `actor` at `now`. An erasure
    /// decision (`authoriseErasure`) is recorded and its parts removed, as `recordErasure` does.
    ///
    /// Reads the case's stream (upcasting older schemas) and rebuilds its state, reads the staff
    /// register as known at `now` and the configuration in force at `now`, asks the domain to
    /// decide, and appends the events decided as one batch expecting the stream at the version
    /// read (so a concurrent writer makes it fail with `version-conflict`). Each event's actor is
    /// `actor`; the acting role is in its payload. Nothing is written on any error.
    ///
    /// - Returns: the events appended, in order.
    /// - Throws: `ServiceError.rejected` with the rule broken; `.configurationMissing`;
    ///   `.reservedCaseId`; `.unreadableEvent`; `.store` (e.g. a version conflict).
    @discardableResult
    public func record(
        _ command: CaseCommand, case caseId: String, actor: String, now: Timestamp = .now()
    ) throws(ServiceError) -> [AppendedEvent] {
        // issue 17: mirror17 — the court-order path removes the bytes in the same command.
        if case .authoriseErasure = command {
            return try recordErasure(command, case: caseId, actor: actor, now: now).decisions
        }
        return try recordDecision(command, case: caseId, actor: actor, now: now)
    }

    /// `record`'s read, decide and append, for every case command.
    func recordDecision(_ command: CaseCommand, case caseId: String, actor: String, now: Timestamp) throws(ServiceError) -> [AppendedEvent] {
        if Streams.isReserved(caseId) { throw .reservedCaseId(caseId) }
        let stored = try stored(caseId)
        let history = try caseEvents(of: stored[...])
        let state = CaseState(rebuiltFrom: history)
        guard let configuration = try configuration(inForceAt: now) else {
            throw .configurationMissing(on: CalendarDate(now))
        }
        let context = DecisionContext(
            actor: actor, now: now, staff: try staffRegister(asKnownAt: now), configuration: configuration.configuration)
        // issue 15: carers. A link is decided on both cases and recorded on both.
        if case .linkCarer(let link) = command {
            return try recordLink(link, case: caseId, actor: actor, now: now, context: context, history: history, state: state)
        }
        let events: [CaseEvent]
        do {
            events = try decide(command, state, context)
        } catch {
            throw .rejected(error)
        }
        try checkPartsAreStored(events, in: stored, of: caseId)
        return try append(
            events.map { Pending(type: $0.typeName, schema: $0.schemaVersion, payload: $0.payload) },
            to: caseId, actor: actor, version: Int64(history.count), now: now)
    }

    /// Records the case command named `name` (the command, e.g. `signOffPlan`, or the event type
    /// it records, e.g. `planSignedOff`) from JSON input and `--FIELD VALUE` flags, put together
    /// by `CommandInput` (lists left out are empty; `effectiveDate` left out is the decision date).
    ///
    /// - Throws: as `command(named:input:flags:today:)`; otherwise as `record(_:case:actor:now:)`.
    @discardableResult
    public func record(
        commandNamed name: String, input: JSONValue?, flags: [String: [String]] = [:], case caseId: String, actor: String,
        now: Timestamp = .now()
    ) throws(ServiceError) -> [AppendedEvent] {
        let command = try CaseService.command(named: name, input: input, flags: flags, today: CalendarDate(now))
        return try record(command, case: caseId, actor: actor, now: now)
    }

    /// The case command named `name` (the command, or the event type it records) put together
    /// from JSON input and `--FIELD VALUE` flags by `CommandInput`, with `effectiveDate` left out
    /// meaning `today`. Reads no ledger: a command line whose input is wrong is refused before
    /// any ledger is opened for writing.
    ///
    /// - Throws: `.invalidInput` when the input cannot be put together (an unknown field, a flag
    ///   value of the wrong kind, a required field missing); `.invalidCommand` when the name is
    ///   unknown or the input does not read as the command (the error names the field).
    public static func command(
        named name: String, input: JSONValue?, flags: [String: [String]] = [:], today: CalendarDate
    ) throws(ServiceError) -> CaseCommand {
        guard let description = CommandCatalogue.caseCommand(named: name) else {
            throw .invalidCommand(command: name, PayloadDecodingError(field: "", problem: "\"\(name)\" is not a known case command or event type"))
        }
        // issue 14: one way in for domain events. Refused by its rule, not as an unknown field:
        // the marker is the domain's, set only by `caseledger import`.
        if let marker = input?["imported"], marker != .null {
            let from = marker["from"]?.stringValue.map { " (from \($0))" } ?? ""
            throw .rejected(Rejection(.importedMarkerReserved,
                "\(description.name) cannot be marked as imported\(from): a decision recorded with 'caseledger record' is decided now, "
                    + "under the rules; leave out \"imported\" (history from an older system is brought in with 'caseledger import')"))
        }
        let payload: JSONValue
        do {
            payload = try CommandInput.payload(for: description, json: input, flags: flags, today: today)
        } catch {
            throw .invalidInput(error)
        }
        do {
            return try CaseCommand.decode(name: description.name, payload: payload)
        } catch {
            throw .invalidCommand(command: description.name, error)
        }
    }
}
