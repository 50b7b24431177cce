import CaseLedger
import CaseService
import LedgerStore

/// A ledger opened for audit: verified first, then opened read-only. A handle never appends
/// (the store refuses appends on a read-only handle) and never writes a byte.
///
/// Opening fails with `AuditError.damaged` when verification finds a fault, so no report built
/// from an `AuditLedger` presents damaged history as sound.
public final class AuditLedger {
    /// The stream holding the staff register.
    public static let staffStream = Streams.staff

    /// The ledger directory, as given.
    public let path: String
    /// The read-only handle.
    public let ledger: Ledger
    /// What verification found (no fault, or opening would have failed).
    public let verification: VerificationReport
    /// How stored events of older schemas are read: the same steps as `CaseService` uses.
    public let upcaster: Upcaster

    init(path: String, ledger: Ledger, verification: VerificationReport, upcaster: Upcaster) {
        self.path = path
        self.ledger = ledger
        self.verification = verification
        self.upcaster = upcaster
    }

    /// Verifies the ledger at `path` and opens it read-only; events are read through `upcaster`
    /// (`CaseService`'s standard steps unless told otherwise). Throws `LedgerError` when there is
    /// no ledger there and `AuditError.damaged` when verification finds a fault.
    public static func open(at path: String, upcaster: Upcaster = .standard) throws -> AuditLedger {
        let report = try Verifier.verify(ledgerAt: path)
        if let fault = report.fault {
            throw AuditError.damaged(fault: fault, soundEvents: report.events, ledgerPath: path)
        }
        let ledger: Ledger
        do {
            ledger = try Ledger.open(at: path, mode: .readOnly)
        } catch .damaged(let at, let reason) {
            throw AuditError.damaged(fault: LedgerFault(position: at, reason: reason), soundEvents: at.seq - 1, ledgerPath: path)
        }
        return AuditLedger(path: path, ledger: ledger, verification: report, upcaster: upcaster)
    }

    /// When the ledger's first event was recorded; nil when it is empty.
    public var firstRecordedAt: Timestamp? {
        guard ledger.headSeq > 0 else { return nil }
        return try? ledger.event(seq: 1).recordedAt
    }

    /// Throws `AuditError.beforeLedgerBegan` when `time` (given as `--option`) is before the
    /// ledger's first event, or the ledger is empty.
    public func check(_ time: Timestamp, option: String) throws {
        guard let first = firstRecordedAt, time >= first else {
            throw AuditError.beforeLedgerBegan(option: option, time: time, firstRecordedAt: firstRecordedAt)
        }
    }

    /// The case's events and the staff register's, upcast and decoded. Throws
    /// `AuditError.unknownCase` when the ledger holds no such stream (naming the cases it does
    /// hold, not the staff register or configuration streams), `.notACase` for a stream that is
    /// not a case, and `.unreadableEvent` for an event that does not decode.
    public func caseHistory(_ caseId: String) throws -> CaseHistory {
        guard try ledger.version(of: caseId) > 0 else {
            let cases = try ledger.streams.filter { !Streams.isReserved($0) }.sorted()
            throw AuditError.unknownCase(caseId: caseId, known: cases)
        }
        return CaseHistory(caseId: caseId, events: try caseEvents(caseId), staffEvents: try staffEvents())
    }

    /// The case's events, upcast and decoded, in recorded order; only those up to seq `through`
    /// when given. Throws `AuditError.notACase` for a stream that is not a case and
    /// `.unreadableEvent` for an event that does not decode.
    public func caseEvents(_ caseId: String, through: Int64? = nil) throws -> [RecordedCaseEvent] {
        if Streams.isReserved(caseId) { throw AuditError.notACase(stream: caseId) }
        var events: [RecordedCaseEvent] = []
        // Opening verified every line's hash and every link: reading again need not re-hash.
        for stored in try ledger.events(inStream: caseId, rehash: false) {
            if let through, stored.seq > through { break }
            let payload = try payload(of: stored, stream: caseId)
            do {
                let current = try upcaster.upcastCaseEvent(type: stored.type, schema: Int(stored.schema), payload: payload)
                // Only the first event says whether the stream is a case (a linear search: not for every event).
                guard !events.isEmpty || CaseEvent.allTypeNames.contains(current.type) else {
                    throw AuditError.notACase(stream: caseId)
                }
                events.append(try RecordedCaseEvent(
                    seq: stored.seq, id: stored.id.description, stream: stored.stream, recordedAt: stored.recordedAt,
                    actor: stored.actor, type: current.type, schema: current.schema, payload: current.payload))
            } catch let error as AuditError {
                throw error
            } catch {
                throw AuditError.unreadableEvent(caseId: caseId, seq: stored.seq, problem: "\(error)")
            }
        }
        return events
    }

    /// The staff register's events, decoded.
    public func staffEvents() throws -> [RecordedStaffEvent] {
        guard try ledger.version(of: AuditLedger.staffStream) > 0 else { return [] }
        return try ledger.events(inStream: AuditLedger.staffStream).map { stored in
            let payload = try payload(of: stored, stream: AuditLedger.staffStream)
            do {
                let current = try upcaster.upcast(type: stored.type, schema: Int(stored.schema), payload: payload)
                return try RecordedStaffEvent(
                    seq: stored.seq, id: stored.id.description, recordedAt: stored.recordedAt, actor: stored.actor,
                    type: current.type, schema: current.schema, payload: current.payload)
            } catch {
                throw AuditError.unreadableEvent(caseId: AuditLedger.staffStream, seq: stored.seq, problem: "\(error)")
            }
        }
    }

    private func payload(of stored: StoredEvent, stream: String) throws -> JSONValue {
        guard let payload = stored.payload else {
            throw AuditError.unreadableEvent(caseId: stream, seq: stored.seq, problem: "its payload was erased after its retention period")
        }
        return payload
    }

    /// The last event recorded at or before `instant` (its seq and hash), found by binary search
    /// over the recorded times, which never go back; nil when none was.
    public func head(asKnownAt instant: Timestamp) throws -> (seq: Int64, hash: String)? {
        var low: Int64 = 1, high = ledger.headSeq, found: StoredEvent?
        while low <= high {
            let mid = (low + high) / 2
            let event = try ledger.event(seq: mid)
            if event.recordedAt <= instant {
                found = event
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return found.map { ($0.seq, $0.hash.hex) }
    }

    /// The integrity statement for a report made now, optionally naming the ledger's head as
    /// known at `asKnownAt`.
    public func integrity(asKnownAt: Timestamp? = nil) throws -> IntegrityStatement {
        var statement = IntegrityStatement(
            ledgerPath: path, headSeq: ledger.headSeq, headHash: ledger.headHash.hex, verified: verification.isIntact,
            eventsVerified: verification.events, segments: verification.segments)
        if let asKnownAt {
            statement.asKnownAt = asKnownAt
            if let head = try head(asKnownAt: asKnownAt) {
                statement.knownAtSeq = head.seq
                statement.knownAtHash = head.hash
            }
        }
        return statement
    }
}
