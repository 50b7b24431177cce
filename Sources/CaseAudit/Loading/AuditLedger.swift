import CaseLedger
import CaseService
import LedgerStore

// Keeps events/INVARIANTS.md rules 12, 13: opened read-only; no report from a ledger not checked.
/// A ledger opened for audit: verified first, then opened read-only. A handle never appends
/// (the store refuses appends on a read-only handle) and never writes a byte in the ledger.
///
/// Verified how `AuditVerification` says: the whole ledger re-hashed (the default), or checked
/// against a verification record an earlier whole verification wrote (every event a report reads
/// matched against it, every event recorded since verified). Opening fails with
/// `AuditError.damaged` when verification finds a fault and with `RecordCheckError` when the
/// ledger does not match the record, so no report built from an `AuditLedger` presents damaged
/// or altered history as sound.
public final class AuditLedger {
    /// The stream holding the staff register.
    public static let staffStream = Streams.staff

    /// The ledger directory, as given.
    public let path: String
    /// The store's read-only handle. Opened with the ledger when it is verified whole; opened on
    /// first use when it is checked against a verification record (a case report never needs it,
    /// and opening reads the events the store's index cache does not cover).
    public var ledger: Ledger {
        get throws {
            if let handle { return handle }
            let opened = try AuditLedger.openReadOnly(path)
            handle = opened
            return opened
        }
    }
    private var handle: Ledger?
    /// What the whole verification found (no fault, or opening would have failed); nil when the
    /// ledger was checked against a verification record instead.
    public let verification: VerificationReport?
    /// The reader checking what it reads against a verification record, when one was given.
    public let recordCheck: RecordCheckedReader?
    /// Where this opening wrote a verification record, when it was asked to.
    public let recordWritten: String?
    /// issue 18: fastload. The oversight checkpoint the ledger was checked against instead of a
    /// whole verification, when it was opened from one (`open(at:checkpoint:)`).
    public let checkpointCheck: CheckpointAnchorCheck?
    /// How stored events of older schemas are read: the same steps as `CaseService` uses.
    public let upcaster: Upcaster

    init(
        path: String, ledger: Ledger?, verification: VerificationReport?, recordCheck: RecordCheckedReader?, recordWritten: String?,
        upcaster: Upcaster, checkpointCheck: CheckpointAnchorCheck? = nil
    ) {
        self.checkpointCheck = checkpointCheck
        self.path = path
        self.handle = ledger
        self.verification = verification
        self.recordCheck = recordCheck
        self.recordWritten = recordWritten
        self.upcaster = upcaster
    }

    /// Verifies the ledger at `path` as `verification` says and opens it read-only; events are
    /// read through `upcaster` (`CaseService`'s standard steps unless told otherwise). Throws
    /// `LedgerError` when there is no ledger there, `AuditError.damaged` when verification finds a
    /// fault, and `RecordCheckError` when the record cannot be used or the ledger does not match it.
    ///
    /// A whole verification also keeps what `request` asks for (roots and consistency proofs at
    /// checkpoints' sizes, hashes at seqs: `KeptHead`); a check against a record keeps nothing.
    public static func open(
        at path: String, upcaster: Upcaster = .standard, verification: AuditVerification = .whole, request: VerificationRequest = VerificationRequest()
    ) throws -> AuditLedger {
        switch verification {
        case .whole:
            let report = try verifyWhole(path, recordingTo: nil, request: request)
            return AuditLedger(path: path, ledger: try openReadOnly(path), verification: report.report, recordCheck: nil, recordWritten: nil, upcaster: upcaster)
        case .wholeWritingRecord(let recordPath):
            let report = try verifyWhole(path, recordingTo: recordPath, request: request)
            return AuditLedger(
                path: path, ledger: try openReadOnly(path), verification: report.report, recordCheck: nil,
                recordWritten: report.written ? recordPath : nil, upcaster: upcaster)
        case .againstRecord(let recordPath):
            let checked = try checkedReader(ledgerAt: path, recordPath: recordPath)
            return AuditLedger(path: path, ledger: nil, verification: nil, recordCheck: checked, recordWritten: nil, upcaster: upcaster)
        }
    }

    // issue 18: fastload
    // Keeps events/INVARIANTS.md rule 51: a checkpoint's head is checked and every event after it verified.
    /// Opens the ledger at `path` from the oversight checkpoint `checkpoint` (read from the file
    /// `checkpointPath`, saved with its `provenance`) instead of verifying the whole ledger: the
    /// event at the checkpoint's head is re-hashed and must have the checkpoint's hash, and every
    /// event after it is verified in full and folded into the checkpoint's Merkle tree edge. Every
    /// stream a report then reads is matched against the checkpoint (`CheckpointAnchorCheck`).
    /// Throws `CheckpointAnchorChanged` when the ledger no longer has that head (the caller then
    /// discards the checkpoint and verifies the whole ledger), `AuditError.damaged` when an event
    /// after it is not sound, `LedgerError` when there is no ledger there.
    ///
    /// `prepared`, when given, is the ledger at `path` as `prepared(at:)` opened it (issue 18: fast18).
    public static func open(
        at path: String, checkpoint: OversightProjection, provenance: CheckpointProvenance, checkpointPath: String, upcaster: Upcaster = .standard,
        prepared: Ledger? = nil
    ) throws -> AuditLedger {
        let handle = try prepared ?? openReadOnly(path)
        let seq = checkpoint.headSeq
        guard seq >= 1, seq <= handle.headSeq else {
            throw CheckpointAnchorChanged(reason: "it reflects seq \(seq), and this ledger's head is seq \(handle.headSeq)")
        }
        guard provenance.edge.size == seq else { throw CheckpointAnchorChanged(reason: "its Merkle tree edge is not of its head's size") }
        let tail: TailVerification
        do {
            tail = try handle.verifyTail(after: seq, edge: provenance.edge)
        } catch .damaged(let at, let reason) {
            // The head itself not sound is the ledger changed under the checkpoint; a later line, damage.
            if at.seq == seq { throw CheckpointAnchorChanged(reason: "the event at seq \(seq) is not sound (\(reason))") }
            throw AuditError.damaged(fault: LedgerFault(position: at, reason: reason), soundEvents: at.seq - 1, ledgerPath: path)
        }
        guard tail.fromHash.hex == checkpoint.headHash else {
            throw CheckpointAnchorChanged(
                reason: "this ledger's event at seq \(seq) has hash \(tail.fromHash.hex), not \(checkpoint.headHash) (another ledger, or history changed)")
        }
        let check = CheckpointAnchorCheck(path: checkpointPath, checkpoint: checkpoint, provenance: provenance, tail: tail)
        return AuditLedger(path: path, ledger: handle, verification: nil, recordCheck: nil, recordWritten: nil, upcaster: upcaster, checkpointCheck: check)
    }

    // issue 18: fast18
    /// The ledger at `path` opened read-only with its stream index loaded (from the index cache,
    /// checked against the log as every opening checks it): what `open(at:checkpoint:...)` does
    /// first, done while the checkpoint is read on another thread. Verifies nothing more.
    public static func prepared(at path: String) throws -> Ledger {
        let handle = try openReadOnly(path)
        _ = try handle.streams
        return handle
    }

    /// Verifies the whole ledger (writing a record when asked); `AuditError.damaged` on a fault.
    private static func verifyWhole(
        _ path: String, recordingTo recordPath: String?, request: VerificationRequest
    ) throws -> (report: VerificationReport, written: Bool) {
        let result: (report: VerificationReport, written: Bool)
        if let recordPath {
            result = try Verifier.verify(ledgerAt: path, recordingTo: recordPath, verifiedAt: .now(), request: request)
        } else {
            result = (try Verifier.verify(ledgerAt: path, request: request), false)
        }
        if let fault = result.report.fault {
            throw AuditError.damaged(fault: fault, soundEvents: result.report.events, ledgerPath: path)
        }
        return result
    }

    private static func openReadOnly(_ path: String) throws -> Ledger {
        do {
            return try Ledger.open(at: path, mode: .readOnly)
        } catch .damaged(let at, let reason) {
            throw AuditError.damaged(fault: LedgerFault(position: at, reason: reason), soundEvents: at.seq - 1, ledgerPath: path)
        }
    }

    private static func checkedReader(ledgerAt path: String, recordPath: String) throws(RecordCheckError) -> RecordCheckedReader {
        let record: VerificationRecord
        do { record = try VerificationRecord.read(from: recordPath) } catch { throw .unreadable(error) }
        return try RecordCheckedReader(ledgerAt: path, record: record)
    }

    /// The stored events of `stream`, in order: checked against the record when there is one;
    /// otherwise read without re-hashing (opening verified every line and link).
    public func storedEvents(inStream stream: String) throws -> [StoredEvent] {
        if let recordCheck { return try recordCheck.events(inStream: stream) }
        return try ledger.events(inStream: stream, rehash: checkpointCheck != nil)
    }

    /// The number of events in `stream`.
    public func version(of stream: String) throws -> Int64 {
        if let recordCheck { return try recordCheck.version(of: stream) }
        return try ledger.version(of: stream)
    }

    /// Every stream of the ledger.
    public func streams() throws -> [String] {
        if let recordCheck { return recordCheck.streams }
        return try ledger.streams
    }

    /// The seq and hash of the last event the report covers: the head verified on opening.
    public var head: (seq: Int64, hash: SHA256Digest) {
        if let recordCheck { return (recordCheck.headSeq, recordCheck.headHash) }
        return (handle!.headSeq, handle!.headHash)  // opened with the ledger when verified whole
    }

    /// When the ledger's first event was recorded; nil when it is empty.
    public var firstRecordedAt: Timestamp? {
        if let recordCheck { return recordCheck.firstEvent.recordedAt }
        guard let handle, handle.headSeq > 0 else { return nil }
        return try? handle.event(seq: 1).recordedAt
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
    /// not a case, and `.unreadableEvents` naming every event that does not decode.
    public func caseHistory(_ caseId: String) throws -> CaseHistory {
        CaseHistory(caseId: caseId, events: try readCase(caseId).readable(), staffEvents: try staffEvents())
    }

    /// The case's events read (those that decode and those that do not). Throws
    /// `AuditError.unknownCase` when the ledger holds no such stream, `.notACase` for a stream
    /// that is not a case.
    public func readCase(_ caseId: String) throws -> CaseEventsRead {
        guard try version(of: caseId) > 0 else {
            let cases = try streams().filter { !Streams.isReserved($0) }.sorted()
            throw AuditError.unknownCase(caseId: caseId, known: cases)
        }
        return try read(caseId)
    }

    /// The staff register's events, decoded.
    public func staffEvents() throws -> [RecordedStaffEvent] {
        guard try version(of: AuditLedger.staffStream) > 0 else { return [] }
        return try storedEvents(inStream: AuditLedger.staffStream).map { stored in
            do {
                return try CaseService.staffEvent(stored, upcaster: upcaster)
            } catch let ServiceError.unreadableEvent(_, _, _, _, problem) {
                throw AuditError.unreadableEvents(caseId: AuditLedger.staffStream, [UnreadableEvent(stored, problem: problem)])
            }
        }
    }

    /// The last event recorded at or before `instant` (its seq and hash), found by binary search
    /// over the recorded times, which never go back; nil when none was. With a verification record
    /// the event found is then read again through it, so the hash named is one checked against it.
    public func head(asKnownAt instant: Timestamp) throws -> (seq: Int64, hash: String)? {
        var low: Int64 = 1, high = head.seq, found: StoredEvent?
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
        if let recordCheck, let event = found {
            guard let checked = try recordCheck.events(inStream: event.stream).first(where: { $0.seq == event.seq }) else {
                throw RecordCheckError.changed(
                    recordPath: recordCheck.record.path, at: LogPosition(segment: "-", line: 0, seq: event.seq),
                    verifiedAt: recordCheck.record.verifiedAt, reason: "the event there is not among stream \(event.stream)'s as verified")
            }
            found = checked
        }
        return found.map { ($0.seq, $0.hash.hex) }
    }

    /// The integrity statement for a report made now, optionally naming the ledger's head as
    /// known at `asKnownAt`. With a verification record, call it after reading what the report
    /// shows: it counts the events checked.
    public func integrity(asKnownAt: Timestamp? = nil) throws -> IntegrityStatement {
        var statement = IntegrityStatement(
            ledgerPath: path, headSeq: head.seq, headHash: head.hash.hex, verified: true,
            eventsVerified: verification?.events ?? recordCheck?.eventsSince ?? checkpointCheck!.tail.events,
            segments: verification?.segments ?? recordCheck?.segmentCount ?? 0)
        if let c = checkpointCheck {
            let matched = c.matched
            statement.merkleRoot = c.tail.edge.root.hex
            statement.checkpointAnchor = IntegrityStatement.CheckpointAnchor(
                checkpointPath: c.path, headSeq: c.checkpoint.headSeq, headHash: c.checkpoint.headHash, root: c.provenance.edge.root.hex,
                wholeVerifiedSeq: c.provenance.wholeVerifiedSeq, wholeVerifiedAt: c.provenance.wholeVerifiedAt, eventsMatched: matched.events,
                streamsMatched: matched.streams, eventsSince: c.tail.events)
        }
        statement.recordWritten = recordWritten
        if let verification { statement.merkleRoot = verification.root.hex }
        statement.checkpoint = try checkpointStatement()
        if let asKnownAt {
            statement.asKnownAt = asKnownAt
            if let head = try head(asKnownAt: asKnownAt) {
                statement.knownAtSeq = head.seq
                statement.knownAtHash = head.hash
            }
        }
        if let recordCheck {
            statement.recordCheck = IntegrityStatement.RecordCheck(
                recordPath: recordCheck.record.path, verifiedAt: recordCheck.record.verifiedAt, recordHeadSeq: recordCheck.record.headSeq,
                recordHeadHash: recordCheck.record.head.hash.hex, eventsMatched: recordCheck.eventsCheckedAgainstRecord,
                eventsSince: recordCheck.eventsSince)
            statement.recordCheck?.recordRoot = recordCheck.record.root.hex
        }
        return statement
    }
}

/// How `AuditLedger.open` verifies a ledger before any report is made from it.
public enum AuditVerification: Hashable, Sendable {
    /// Re-hash every event and check every link of the whole ledger.
    case whole
    /// The same, then write a verification record of it to this path (when no fault was found).
    case wholeWritingRecord(to: String)
    /// Check against the verification record at this path: what a report reads is matched
    /// against it, and every event recorded since it was made is verified.
    case againstRecord(String)
}
