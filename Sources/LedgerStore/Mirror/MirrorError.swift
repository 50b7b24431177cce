/// Every way `LedgerMirror.mirror` can refuse or fail. Each case carries what the person who must
/// act needs, a stable `code`, and a one-line `message` naming the directories, the seq and the
/// hashes, and saying what to do. A refusal changes nothing in either directory.
public enum MirrorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The ledger to mirror cannot be opened (not found, not a ledger, unreadable).
    case ledger(LedgerError)
    /// The ledger's events to be copied are damaged: nothing is copied.
    case ledgerDamaged(ledger: String, at: LogPosition, reason: String)
    /// The mirror directory holds a ledger that is damaged, or an unfinished tail that is not a copy
    /// of the ledger's bytes.
    case mirrorDamaged(mirror: String, at: LogPosition, reason: String)
    /// A line of the ledger, before the mirror's head, is not the mirror's verified copy of it although
    /// the two histories end in the same hash (found by a full check): altered after it was mirrored.
    case ledgerAltered(ledger: String, mirror: String, at: LogPosition)
    /// A checkpoint file the mirror holds is missing from the ledger's `checkpoints/` or differs from
    /// it, although such files are written once and never replaced or removed.
    case checkpointDiffers(ledger: String, mirror: String, name: String, reason: String)
    /// The mirror's history and the ledger's differ from `seq` on.
    case notAPrefix(mirror: String, ledger: String, seq: Int64, mirrorHash: SHA256Digest, ledgerHash: SHA256Digest)
    /// The mirror holds events after the ledger's last committed one, and agrees with the ledger up
    /// to it: the ledger was rolled back or cut short.
    case mirrorAhead(mirror: String, ledger: String, mirrorSeq: Int64, ledgerSeq: Int64)
    /// `--to` is the ledger directory itself (the same path, or reached through a symbolic link or a
    /// second mount).
    case mirrorIsTheLedger(mirror: String, ledger: String)
    /// One directory is inside the other.
    case nested(mirror: String, ledger: String, mirrorInsideLedger: Bool)
    /// `--to` cannot be a mirror: a file, a directory holding something that is not a ledger, or a
    /// path whose parent directory does not exist.
    case targetUnusable(mirror: String, reason: String)
    /// The mirror is a ledger holding the ledger's events but its segment files are not cut where
    /// the ledger's are, so it cannot stay a file-by-file copy.
    case layoutDiffers(mirror: String, reason: String)
    /// The mirror or the ledger changed while this run was working (another run, a writer rewriting).
    case changedMeanwhile(path: String, reason: String)
    /// A system call on the mirror failed; what this run had copied was taken back.
    case io(LedgerError)

    /// A short stable identifier of the kind of failure, e.g. `mirror-not-a-prefix`.
    public var code: String {
        switch self {
        case .ledger(let e), .io(let e): return e.code
        case .ledgerDamaged: return "mirror-ledger-damaged"
        case .mirrorDamaged: return "mirror-damaged"
        case .ledgerAltered: return "mirror-ledger-altered"
        case .notAPrefix: return "mirror-not-a-prefix"
        case .checkpointDiffers: return "mirror-checkpoint-differs"
        case .mirrorAhead: return "mirror-ahead-of-ledger"
        case .mirrorIsTheLedger: return "mirror-is-the-ledger"
        case .nested(_, _, let inside): return inside ? "mirror-inside-ledger" : "ledger-inside-mirror"
        case .targetUnusable: return "mirror-target-unusable"
        case .layoutDiffers: return "mirror-layout-differs"
        case .changedMeanwhile: return "mirror-changed-meanwhile"
        }
    }

    /// One line for the person who must act on it.
    public var message: String {
        let nothing = "; nothing was written in either directory"
        switch self {
        case .ledger(let e), .io(let e):
            return e.message
        case .ledgerDamaged(let ledger, let at, let reason):
            return "the ledger at \(ledger) is damaged at \(at): \(reason). A damaged ledger is never mirrored: the mirror keeps "
                + "the last sound copy; run 'caseledger verify --ledger \(ledger)' and investigate\(nothing)"
        case .mirrorDamaged(let mirror, let at, let reason):
            return "the mirror at \(mirror) is damaged at \(at): \(reason). It is not extended: keep it as it is and compare it "
                + "with the ledger (its segment files are copies of the ledger's) before making a new mirror elsewhere\(nothing)"
        case .ledgerAltered(let ledger, let mirror, let at):
            return "the ledger at \(ledger) differs at \(at) from the mirror's copy at \(mirror), which was verified when it was copied: "
                + "the ledger's line was changed after it was mirrored without changing its hash (a payload replaced with null, say) — "
                + "keep both directories as they are and investigate\(nothing)"
        case .checkpointDiffers(let ledger, let mirror, let name, let reason):
            return "the mirror at \(mirror) holds checkpoints/\(name), which \(reason) at \(ledger): signed checkpoints are written once "
                + "and never replaced or removed, so the ledger's was replaced or removed after it was mirrored, or the mirror's was altered — "
                + "keep both directories as they are and investigate\(nothing)"
        case .notAPrefix(let mirror, let ledger, let seq, let mirrorHash, let ledgerHash):
            let agree = seq > 1 ? " (they agree up to seq \(seq - 1))" : ""
            return "the mirror at \(mirror) holds seq \(seq) with hash \(mirrorHash.hex) but the ledger at \(ledger) holds \(ledgerHash.hex)"
                + "\(agree): the ledger's history was rewritten from seq \(seq) on after it was mirrored, or the mirror was altered — "
                + "keep both directories as they are and investigate\(nothing)"
        case .mirrorAhead(let mirror, let ledger, let mirrorSeq, let ledgerSeq):
            return "the mirror at \(mirror) holds events up to seq \(mirrorSeq) but the ledger at \(ledger) ends at seq \(ledgerSeq) "
                + "(they agree up to there): the ledger was rolled back or cut short after seq \(mirrorSeq) was mirrored, or events "
                + "were appended to the mirror by hand — keep both directories as they are and investigate\(nothing)"
        case .mirrorIsTheLedger(let mirror, let ledger):
            return "\(mirror) is the ledger \(ledger) itself: a mirror must be another directory, on other storage\(nothing)"
        case .nested(let mirror, let ledger, let inside):
            return inside
                ? "\(mirror) is inside the ledger directory \(ledger): a mirror must be outside it, on other storage\(nothing)"
                : "the ledger \(ledger) is inside \(mirror): a mirror must be a directory of its own\(nothing)"
        case .targetUnusable(let mirror, let reason):
            return "\(mirror) cannot be a mirror: \(reason). Give a new or empty directory, or a mirror made before\(nothing)"
        case .layoutDiffers(let mirror, let reason):
            return "the mirror at \(mirror) holds the ledger's events but \(reason): it was not made by 'caseledger mirror'; "
                + "mirror into a new directory\(nothing)"
        case .changedMeanwhile(let path, let reason):
            return "\(path) changed while it was being mirrored (\(reason)); what this run copied was taken back. Run the mirror "
                + "again; if it happens again, investigate"
        }
    }

    public var description: String { message }
}
