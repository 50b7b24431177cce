import CaseLedger
import CaseService
import LedgerStore

extension AuditLedger {
    /// The case's events, upcast and decoded, in recorded order; only those up to seq `through`
    /// when given. Throws `AuditError.notACase` for a stream that is not a case and
    /// `.unreadableEvent` for an event that does not decode.
    public func caseEvents(_ caseId: String, through: Int64? = nil) throws -> [RecordedCaseEvent] {
        if Streams.isReserved(caseId) { throw AuditError.notACase(stream: caseId) }
        // Payloads on tapes: fields are read without building a dictionary per object.
        let stored = try recordCheck?.events(inStream: caseId) ?? ledger.events(inStream: caseId, rehash: false, tapes: true)
        return try decodeCaseEvents(caseId, stored, through: through)
    }

    /// What `caseEvents(_:through:)` gives for each of `caseIds`, in their order, each case's
    /// events or its error; the group's events are read from the log together, in log order
    /// (`Ledger.forEachEvent(inStreams:)`), which costs fewer reads than one case at a time, and
    /// each is decoded as it is read, its payload's tape not copied. A fault of the log itself (no
    /// case's in particular) is thrown.
    public func caseEvents(ofEach caseIds: [String], through: Int64? = nil) throws -> [Result<[RecordedCaseEvent], any Error>] {
        guard recordCheck == nil else { return caseIds.map { id in Result { try caseEvents(id, through: through) } } }
        let readable = caseIds.filter { !Streams.isReserved($0) }
        var events: [[RecordedCaseEvent]] = []
        var failures: [(any Error)?] = []
        try ledger.forEachEvent(inStreams: readable, rehash: false, tapes: true) { counts in
            events = counts.map { n in
                var list: [RecordedCaseEvent] = []
                list.reserveCapacity(n)
                return list
            }
            failures = Array(repeating: nil, count: counts.count)
        } _: { s, stored in
            guard failures[s] == nil else { return }
            do {
                if let event = try decodeCaseEvent(stored, caseId: readable[s], first: events[s].isEmpty, through: through) {
                    events[s].append(event)
                }
            } catch {
                failures[s] = error
            }
        }
        var next = 0
        return caseIds.map { id in
            if Streams.isReserved(id) { return .failure(AuditError.notACase(stream: id)) }
            defer { next += 1 }
            if let failure = failures[next] { return .failure(failure) }
            return .success(events[next])
        }
    }

    /// The case events of `stored` (the events of stream `caseId`), upcast and decoded; only those
    /// up to seq `through` when given.
    private func decodeCaseEvents(_ caseId: String, _ stored: [StoredEvent], through: Int64?) throws -> [RecordedCaseEvent] {
        var events: [RecordedCaseEvent] = []
        events.reserveCapacity(stored.count)
        for stored in stored {
            guard let event = try decodeCaseEvent(stored, caseId: caseId, first: events.isEmpty, through: through) else { break }
            events.append(event)
        }
        return events
    }

    /// `stored` (an event of stream `caseId`, `first` when the case's first) upcast and decoded
    /// the one way there is, `CaseService.caseEvent(_:upcaster:onlyCaseTypes:)` (from its tape
    /// when it has one); nil when it is after seq `through`. Throws `AuditError.notACase` when
    /// the first event is not a case event, `.unreadableEvent` when it does not decode.
    private func decodeCaseEvent(_ stored: StoredEvent, caseId: String, first: Bool, through: Int64?) throws -> RecordedCaseEvent? {
        if let through, stored.seq > through { return nil }
        do {
            // Only the first event says whether the stream is a case.
            guard let event = try CaseService.caseEvent(stored, upcaster: upcaster, onlyCaseTypes: first) else {
                throw AuditError.notACase(stream: caseId)
            }
            return event
        } catch let ServiceError.unreadableEvent(_, seq, _, _, problem) {
            throw AuditError.unreadableEvent(caseId: caseId, seq: seq, problem: "\(problem)")
        }
    }
}
