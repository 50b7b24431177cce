import CaseLedger
import CaseService
import LedgerStore

// issue 14: readers that cannot be poisoned
/// A case's events as read: those the domain reads, in recorded order, and those it cannot
/// (`UnreadableEvent`), kept apart so that a council-wide report carries on with every other case
/// and lists them, and a report on the case names them.
public struct CaseEventsRead: Sendable {
    /// The case reference.
    public var caseId: String
    /// The events that were read, in recorded order (those after an unreadable one included).
    public var events: [RecordedCaseEvent]
    /// The events that could not be read, in recorded order.
    public var unreadable: [UnreadableEvent]
    /// issue 18: fastload. The digest of every event read (readable or not), as the log holds it.
    public var digest = StreamDigest()

    /// The case's events, or `AuditError.unreadableEvents` when one of them cannot be read.
    public func readable() throws(AuditError) -> [RecordedCaseEvent] {
        guard unreadable.isEmpty else { throw .unreadableEvents(caseId: caseId, unreadable) }
        return events
    }

    /// What had been recorded by `instant` (everything when nil): an unreadable event recorded
    /// later does not stop a view of the case as known before it (recorded time never goes back,
    /// INVARIANTS.md rule 4).
    public func recorded(by instant: Timestamp?) -> CaseEventsRead {
        guard let instant else { return self }
        return CaseEventsRead(
            caseId: caseId, events: events.filter { $0.recordedAt <= instant }, unreadable: unreadable.filter { $0.recordedAt <= instant })
    }
}

extension AuditLedger {
    /// The case's events, upcast and decoded, in recorded order; only those up to seq `through`
    /// when given. Throws `AuditError.notACase` for a stream that is not a case and
    /// `.unreadableEvents` when an event does not decode.
    public func caseEvents(_ caseId: String, through: Int64? = nil) throws -> [RecordedCaseEvent] {
        try read(caseId, through: through).readable()
    }

    /// The case's events, upcast and decoded, in recorded order, and those that cannot be read;
    /// only those up to seq `through` when given. Throws `AuditError.notACase` for a stream that
    /// is not a case.
    public func read(_ caseId: String, through: Int64? = nil) throws -> CaseEventsRead {
        if Streams.isReserved(caseId) { throw AuditError.notACase(stream: caseId) }
        // Payloads on tapes: fields are read without building a dictionary per object.
        let stored = try recordCheck?.events(inStream: caseId) ?? ledger.events(inStream: caseId, rehash: checkpointCheck != nil, tapes: true)
        if let checkpointCheck { try checkpointCheck.check(stream: caseId, stored) }
        var read = CaseEventsRead(caseId: caseId, events: [], unreadable: [])
        read.events.reserveCapacity(stored.count)
        for (n, stored) in stored.enumerated() {
            if let through, stored.seq > through { break }
            read.digest.add(stored.hash)
            try decodeCaseEvent(stored, caseId: caseId, first: n == 0, into: &read)
        }
        return read
    }

    /// What `read(_:through:)` gives for each of `caseIds`, in their order, each case's events or
    /// its error; the group's events are read from the log together, in log order
    /// (`Ledger.forEachEvent(inStreams:)`), which costs fewer reads than one case at a time, and
    /// each is decoded as it is read, its payload's tape not copied. A fault of the log itself (no
    /// case's in particular) is thrown.
    public func read(ofEach caseIds: [String], through: Int64? = nil) throws -> [Result<CaseEventsRead, any Error>] {
        guard recordCheck == nil else { return caseIds.map { id in Result { try read(id, through: through) } } }
        let readable = caseIds.filter { !Streams.isReserved($0) }
        var reads: [CaseEventsRead] = []
        var seen: [Int] = []
        var failures: [(any Error)?] = []
        // issue 18: fastload. From a checkpoint, each line is re-hashed and each stream matched against it.
        let anchor = checkpointCheck
        var upToCheckpoint: [StreamDigest] = []
        var later: [[(seq: Int64, hash: SHA256Digest)]] = []
        try ledger.forEachEvent(inStreams: readable, rehash: anchor != nil, tapes: true) { counts in
            reads = zip(readable, counts).map { id, n in
                var r = CaseEventsRead(caseId: id, events: [], unreadable: [])
                r.events.reserveCapacity(n)
                return r
            }
            seen = Array(repeating: 0, count: counts.count)
            failures = Array(repeating: nil, count: counts.count)
            if anchor != nil {
                upToCheckpoint = Array(repeating: StreamDigest(), count: counts.count)
                later = Array(repeating: [], count: counts.count)
            }
        } _: { s, stored in
            if let anchor {
                if stored.seq <= anchor.checkpoint.headSeq { upToCheckpoint[s].add(stored.hash) } else { later[s].append((stored.seq, stored.hash)) }
            }
            guard failures[s] == nil, through.map({ stored.seq <= $0 }) ?? true else { return }
            reads[s].digest.add(stored.hash)
            defer { seen[s] += 1 }
            do {
                try decodeCaseEvent(stored, caseId: readable[s], first: seen[s] == 0, into: &reads[s])
            } catch {
                failures[s] = error
            }
        }
        if let anchor {
            for (s, id) in readable.enumerated() { try anchor.check(stream: id, upToCheckpoint: upToCheckpoint[s], later: later[s]) }
        }
        var next = 0
        return caseIds.map { id in
            if Streams.isReserved(id) { return .failure(AuditError.notACase(stream: id)) }
            defer { next += 1 }
            if let failure = failures[next] { return .failure(failure) }
            return .success(reads[next])
        }
    }

    /// What `caseEvents(_:through:)` gives for each of `caseIds`, in their order (see
    /// `read(ofEach:through:)`).
    public func caseEvents(ofEach caseIds: [String], through: Int64? = nil) throws -> [Result<[RecordedCaseEvent], any Error>] {
        try read(ofEach: caseIds, through: through).map { r in r.flatMap { read in Result { try read.readable() } } }
    }

    /// `stored` (an event of stream `caseId`, `first` when the case's first) upcast and decoded
    /// the one way there is, `CaseService.caseEvent(_:upcaster:onlyCaseTypes:)` (from its tape
    /// when it has one), added to `read`'s events, or to its unreadable events when it does not
    /// decode. Throws `AuditError.notACase` when the first event is not a case event.
    private func decodeCaseEvent(_ stored: StoredEvent, caseId: String, first: Bool, into read: inout CaseEventsRead) throws {
        do {
            // Only the first event says whether the stream is a case.
            guard let event = try CaseService.caseEvent(stored, upcaster: upcaster, onlyCaseTypes: first) else {
                throw AuditError.notACase(stream: caseId)
            }
            read.events.append(event)
        } catch let ServiceError.unreadableEvent(_, _, _, _, problem) {
            read.unreadable.append(UnreadableEvent(stored, problem: problem))
        }
    }
}
