import CaseAudit
import CLIKit
import Dispatch
import LedgerStore
import Synchronization

/// `--checkpoint FILE` of `caseload` and `compliance`: the oversight projection saved outside
/// the ledger (the audit tool never writes in the ledger), read back so a later run reads only
/// the events recorded since.
enum CheckpointFile {
    static let option = OptionSpec(
        "checkpoint", valueName: "FILE",
        help: "Read the projection saved in FILE (when it matches the ledger) and read only the events after it; then save it again. Not with --as-known-at.")
    // issue 18: fastload
    static let verifyWhole = FlagSpec(
        "verify-whole",
        help: "With --checkpoint: verify the whole ledger first, as without one, instead of only the events after the checkpoint's head and, matched against it, those read.")

    // Keeps events/INVARIANTS.md rules 13, 14 and 51: a report from a checkpoint says what it checked; a changed ledger is caught.
    /// Makes a report over the ledger at `ledgerPath` with `make`, given the ledger opened for it
    /// and how to get the projection, and returns it with that ledger (for its integrity statement).
    ///
    /// Without `path`: the whole ledger is verified and the projection rebuilt from scratch. With
    /// a checkpoint there that says how it was verified (`CheckpointProvenance`), and unless
    /// `verifyWhole`: the ledger is opened from it (`AuditLedger.open(at:checkpoint:...)`: its head
    /// re-hashed, every event after it verified, every stream read matched against it) and the
    /// projection brought up to date from it. When the ledger no longer matches it, or it cannot
    /// be read or used, one line on standard error says why, and the whole ledger is verified and
    /// the projection rebuilt (from the checkpoint when it can still be used, otherwise from
    /// scratch). The projection is then saved at `path` with how it was verified, atomically, on
    /// another thread (`saving`): the caller renders the report meanwhile and waits for the save
    /// (`PendingSave.then`) before writing it, so a checkpoint that cannot be saved still stops
    /// the command before any report is written.
    static func report<T>(
        ledgerPath: String, checkpoint path: String?, verifyWhole: Bool,
        _ make: (AuditLedger, (OversightRebuild) throws -> OversightProjection) throws -> T
    ) throws -> (report: T, ledger: AuditLedger, saving: PendingSave) {
        let progress = ProgressBar(label: "caseledger-audit: reading events")
        guard let path else {
            let ledger = try AuditLedger.open(at: ledgerPath)
            return (try make(ledger) { try $0.fromScratch(progress: progress) }, ledger, PendingSave())
        }
        var saving = PendingSave()
        // Whatever happens after the save started, it is waited for before the command ends.
        do {
            let (report, ledger) = try report(ledgerPath: ledgerPath, path: path, verifyWhole: verifyWhole, progress: progress, saving: &saving, make)
            return (report, ledger, saving)
        } catch {
            try? saving.wait()
            throw error
        }
    }

    private static func report<T>(
        ledgerPath: String, path: String, verifyWhole: Bool, progress: ProgressBar, saving: inout PendingSave,
        _ make: (AuditLedger, (OversightRebuild) throws -> OversightProjection) throws -> T
    ) throws -> (report: T, ledger: AuditLedger) {
        var checkpoint: OversightProjection?
        var base: OversightCheckpoint.Base?
        var prepared: Ledger?
        if FileAccess.exists(path) {
            // issue 18: fast18. Read and decoded on another thread while the ledger is opened here
            // (a failure to open is left to the opening below, which says what is wrong).
            let decoding = PendingDecode(path: path)
            if !verifyWhole { prepared = try? AuditLedger.prepared(at: ledgerPath) }
            switch decoding.wait() {
            case .decoded(let saved, let savedBase):
                checkpoint = saved
                base = savedBase
            case .unreadable(let reason): note("checkpoint \(path) discarded: \(reason); rebuilt from scratch")
            case .failed: note("checkpoint \(path) discarded: it cannot be read; rebuilt from scratch")
            }
        }
        if !verifyWhole, let saved = checkpoint, let provenance = saved.provenance {
            do {
                let ledger = try AuditLedger.open(
                    at: ledgerPath, checkpoint: saved, provenance: provenance, checkpointPath: path, prepared: prepared)
                prepared = nil
                let report = try make(ledger) { rebuild in
                    let update = try rebuild.updatingAnchoredCheckpoint(progress: progress)
                    var p = update.projection
                    if let tail = ledger.checkpointCheck?.tail, tail.headSeq == p.headSeq {
                        p.provenance = CheckpointProvenance(
                            edge: tail.edge, wholeVerifiedSeq: provenance.wholeVerifiedSeq, wholeVerifiedAt: provenance.wholeVerifiedAt)
                    }
                    saving = PendingSave(p, to: path, against: base, reworked: update.reworked)
                    KeptUntilExit.keep(p)  // issue 18: fast18b. Never freed: the process exits after the report.
                    return p
                }
                return (report, ledger)
            } catch let changed as CheckpointAnchorChanged {
                try? saving.wait()  // a save already started ends before the one below replaces it
                note("checkpoint \(path) discarded: \(changed.reason); the whole ledger verified and the projection rebuilt from scratch")
                checkpoint = nil
            } catch let error as LedgerError {
                try? saving.wait()
                // A line read is not sound: the whole verification says where, and what to do.
                note("checkpoint \(path) discarded: the ledger could not be read as verified (\(error.message)); the whole ledger verified")
                checkpoint = nil
            }
        }
        let ledger = try AuditLedger.open(at: ledgerPath)
        let report = try make(ledger) { rebuild in
            var p: OversightProjection
            var reworked: [String]?
            if let checkpoint {
                let update = try rebuild.updating(checkpoint: checkpoint, progress: progress)
                if let discarded = update.discarded { note("checkpoint \(path) discarded: \(discarded); rebuilt from scratch") }
                p = update.projection
                reworked = update.reworked
            } else {
                p = try rebuild.fromScratch(progress: progress)
            }
            if let verification = ledger.verification, verification.events == p.headSeq {
                p.provenance = CheckpointProvenance(edge: verification.edge, wholeVerifiedSeq: verification.events, wholeVerifiedAt: .now())
            }
            saving = PendingSave(p, to: path, against: checkpoint == nil ? nil : base, reworked: reworked)
            KeptUntilExit.keep(p)  // issue 18: fast18b. Never freed: the process exits after the report.
            return p
        }
        return (report, ledger)
    }


    private static func note(_ line: String) {
        try? StandardStreams.error.writeLine("caseledger-audit: " + line)
    }
}

// issue 18: fast18
/// A checkpoint being saved (encoded, written to a temporary file, synced and renamed over the
/// old one: `FileAccess.writeAtomically`) on another thread while the report is worked out and
/// rendered on this one; none when nothing is to be saved. issue 18: delta18. Saved as a delta
/// beside the base it was read from when it was brought up to date from that base (`against`,
/// with the cases worked out again, `reworked`) and the delta is small enough
/// (`OversightCheckpoint.shouldCompact`); otherwise whole, the delta removed first.
final class PendingSave: Sendable {
    private let done: DispatchSemaphore?
    private let failure = Mutex<OutputFileError?>(nil)
    /// Set (after `failure`) when the save has ended.
    private let ended = Atomic<Bool>(false)

    /// Nothing to save.
    init() { done = nil }

    /// Starts saving `projection` at `path`: as a delta against `base` when given with the cases
    /// worked out again since it was read (`reworked`), otherwise whole.
    init(_ projection: OversightProjection, to path: String, against base: OversightCheckpoint.Base? = nil, reworked: [String]? = nil) {
        let done = DispatchSemaphore(value: 0)
        self.done = done
        DispatchQueue.global().async { [self] in
            do throws(FileAccess.Failure) {
                try Self.save(projection, to: path, against: base, reworked: reworked)
            } catch {
                failure.withLock { $0 = OutputFileError(path: error.path, reason: error.reason) }
            }
            ended.store(true, ordering: .releasing)
            done.signal()
        }
    }

    // Keeps events/INVARIANTS.md rule 60: a delta only against the base read; the delta removed before a whole save.
    private static func save(
        _ projection: OversightProjection, to path: String, against base: OversightCheckpoint.Base?, reworked: [String]?
    ) throws(FileAccess.Failure) {
        let deltaPath = OversightCheckpoint.deltaPath(of: path)
        switch OversightCheckpoint.saving(projection, against: base, reworked: reworked) {
        case .delta(let parts):
            try FileAccess.writeAtomically(parts: parts, to: deltaPath)
        case .whole(let parts):
            // The delta goes first, so a crash before the rename below leaves the old base alone (a
            // valid checkpoint, only older), never a delta beside a base it was not saved against.
            try FileAccess.remove(deltaPath)
            try FileAccess.writeAtomically(parts: parts, to: path)
        }
    }

    /// Waits until the save is done; throws `OutputFileError` when it failed. issue 18: csv18.
    /// Any number of times, from any thread (the CSV's other thread waits too).
    func wait() throws {
        done?.wait()
        done?.signal()
        if let failed = failure.withLock({ $0 }) { throw failed }
    }

    // issue 18: fast18b
    /// True when nothing was to be saved, or the save has ended and succeeded; never waits.
    var succeeded: Bool {
        guard done != nil else { return true }
        return ended.load(ordering: .acquiring) && failure.withLock { $0 == nil }
    }

    /// `body`'s result, once the save is done (waited for even when `body` throws); the save's
    /// failure first, so no report is written when its checkpoint could not be saved.
    func then<T>(_ body: () throws -> T) throws -> T {
        let result = Result { try body() }
        try wait()
        return try result.get()
    }
}

// issue 18: fast18
/// A checkpoint file being read and decoded on another thread.
private final class PendingDecode: Sendable {
    /// What reading it gave.
    enum Outcome: Sendable {
        case decoded(OversightProjection, OversightCheckpoint.Base)
        case unreadable(String)
        case failed
    }

    private let done = DispatchSemaphore(value: 0)
    private let outcome = Mutex<Outcome>(.failed)

    /// Starts reading the checkpoint at `path`.
    init(path: String) {
        DispatchQueue.global().async { [self] in
            let read: Outcome
            do {
                // issue 18: delta18. The base, and its delta when there is one. issue 18: fold18.
                // Mapped, not copied into arrays (fresh memory is most of what reading costs).
                let deltaPath = OversightCheckpoint.deltaPath(of: path)
                let delta = FileAccess.exists(deltaPath) ? try FileAccess.Mapped(deltaPath) : nil
                let base = try FileAccess.Mapped(path)
                let decoded = try base.withBytes { base throws(OversightCheckpoint.Unreadable) in
                    guard let delta else { return try OversightCheckpoint.decode(base: base, delta: nil) }
                    return try delta.withBytes { delta throws(OversightCheckpoint.Unreadable) in try OversightCheckpoint.decode(base: base, delta: delta) }
                }
                read = .decoded(decoded.projection, decoded.base)
            } catch let error as OversightCheckpoint.Unreadable {
                read = .unreadable(error.reason)
            } catch {
                read = .failed
            }
            outcome.withLock { $0 = read }
            done.signal()
        }
    }

    /// What reading it gave, once it is read.
    func wait() -> Outcome {
        done.wait()
        return outcome.withLock { $0 }
    }
}
