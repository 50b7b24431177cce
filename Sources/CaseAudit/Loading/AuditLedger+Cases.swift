import CaseLedger
import CaseService

extension AuditLedger {
    /// The history of every case in the ledger, by case reference (streams that are not cases,
    /// such as the staff register and the configuration, are left out).
    public func caseHistories() throws -> [CaseHistory] {
        let all = try caseHistoriesRead()
        if let (id, events) = all.unreadable.first { throw AuditError.unreadableEvents(caseId: id, events) }
        return all.histories
    }

    /// The history of every case in the ledger that can be read, by case reference, and the
    /// events of every other case that cannot be (by case reference; only those recorded by
    /// `asKnownAt`, when given: a case whose unreadable events were all recorded later is read
    /// as it was known then).
    public func caseHistoriesRead(asKnownAt: Timestamp? = nil) throws -> (histories: [CaseHistory], unreadable: [(String, [UnreadableEvent])]) {
        var histories: [CaseHistory] = []
        var unreadable: [(String, [UnreadableEvent])] = []
        let staff = try staffEvents()
        for stream in try ledger.streams.sorted() where !Streams.isReserved(stream) {
            let read: CaseEventsRead
            do {
                read = try self.read(stream)
            } catch AuditError.notACase {
                continue
            }
            let bad = read.recorded(by: asKnownAt).unreadable
            if bad.isEmpty {
                histories.append(CaseHistory(caseId: stream, events: read.events, staffEvents: staff))
            } else {
                unreadable.append((stream, bad))
            }
        }
        return (histories, unreadable)
    }

    /// The case's history, as `caseHistory(_:)` gives it, refusing with
    /// `AuditError.caseNotYetOpened` a case that had nothing recorded by `view.asKnownAt`.
    /// An event that cannot be read refuses the report (`AuditError.unreadableEvents`) only when
    /// it had been recorded by `view.asKnownAt`.
    public func caseHistory(_ caseId: String, view: TimeView) throws -> CaseHistory {
        let history = try caseHistory(caseId, readableBy: view.asKnownAt)
        if let t = view.asKnownAt, let first = history.events.first, first.recordedAt > t {
            throw AuditError.caseNotYetOpened(caseId: caseId, at: t, firstRecordedAt: first.recordedAt)
        }
        return history
    }

    /// The case's history, as `caseHistory(_:)` gives it, except that an event that cannot be
    /// read refuses it (`AuditError.unreadableEvents`) only when recorded by `instant` (always when
    /// nil): for a report that shows nothing recorded later.
    public func caseHistory(_ caseId: String, readableBy instant: Timestamp?) throws -> CaseHistory {
        let read = try readCase(caseId)
        _ = try read.recorded(by: instant).readable()
        return CaseHistory(caseId: caseId, events: read.events, staffEvents: try staffEvents())
    }
}
