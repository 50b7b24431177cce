import CaseAudit
import CLIKit
import LedgerStore

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
    /// scratch). The projection is then saved at `path` with how it was verified, atomically.
    static func report<T>(
        ledgerPath: String, checkpoint path: String?, verifyWhole: Bool,
        _ make: (AuditLedger, (OversightRebuild) throws -> OversightProjection) throws -> T
    ) throws -> (report: T, ledger: AuditLedger) {
        let progress = ProgressBar(label: "caseledger-audit: reading events")
        guard let path else {
            let ledger = try AuditLedger.open(at: ledgerPath)
            return (try make(ledger) { try $0.fromScratch(progress: progress) }, ledger)
        }
        var checkpoint: OversightProjection?
        if FileAccess.exists(path) {
            do {
                checkpoint = try OversightCheckpoint.decode(try FileAccess.read(path))
            } catch let error as OversightCheckpoint.Unreadable {
                note("checkpoint \(path) discarded: \(error.reason); rebuilt from scratch")
            } catch {
                note("checkpoint \(path) discarded: it cannot be read; rebuilt from scratch")
            }
        }
        if !verifyWhole, let saved = checkpoint, let provenance = saved.provenance {
            do {
                let ledger = try AuditLedger.open(at: ledgerPath, checkpoint: saved, provenance: provenance, checkpointPath: path)
                let report = try make(ledger) { rebuild in
                    var p = try rebuild.fromAnchoredCheckpoint(progress: progress)
                    if let tail = ledger.checkpointCheck?.tail, tail.headSeq == p.headSeq {
                        p.provenance = CheckpointProvenance(
                            edge: tail.edge, wholeVerifiedSeq: provenance.wholeVerifiedSeq, wholeVerifiedAt: provenance.wholeVerifiedAt)
                    }
                    try save(p, to: path)
                    return p
                }
                return (report, ledger)
            } catch let changed as CheckpointAnchorChanged {
                note("checkpoint \(path) discarded: \(changed.reason); the whole ledger verified and the projection rebuilt from scratch")
                checkpoint = nil
            } catch let error as LedgerError {
                // A line read is not sound: the whole verification says where, and what to do.
                note("checkpoint \(path) discarded: the ledger could not be read as verified (\(error.message)); the whole ledger verified")
                checkpoint = nil
            }
        }
        let ledger = try AuditLedger.open(at: ledgerPath)
        let report = try make(ledger) { rebuild in
            var p: OversightProjection
            if let checkpoint {
                let (q, discarded) = try rebuild.from(checkpoint: checkpoint, progress: progress)
                if let discarded { note("checkpoint \(path) discarded: \(discarded); rebuilt from scratch") }
                p = q
            } else {
                p = try rebuild.fromScratch(progress: progress)
            }
            if let verification = ledger.verification, verification.events == p.headSeq {
                p.provenance = CheckpointProvenance(edge: verification.edge, wholeVerifiedSeq: verification.events, wholeVerifiedAt: .now())
            }
            try save(p, to: path)
            return p
        }
        return (report, ledger)
    }

    /// Saves `projection` at `path`, atomically (a temporary file renamed over it).
    private static func save(_ projection: OversightProjection, to path: String) throws {
        do {
            try FileAccess.writeAtomically(OversightCheckpoint.encode(projection), to: path)
        } catch {
            throw OutputFileError(path: path, reason: error.reason)
        }
    }

    private static func note(_ line: String) {
        try? StandardStreams.error.writeLine("caseledger-audit: " + line)
    }
}
