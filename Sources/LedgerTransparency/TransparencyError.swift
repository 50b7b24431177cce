import LedgerSigning
import LedgerStore

/// Every way making, storing or witnessing a checkpoint can be refused. Each case carries what the
/// person who must act needs, a stable `code` for scripts, and a one-line `message` naming the
/// checkpoint (by size) and saying what to do. No case carries private key material.
public enum TransparencyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The ledger holds fewer events than the last stored checkpoint covers.
    case sizeDecreased(stored: Int64, now: Int64)
    /// A checkpoint of this size is stored with another root: two histories of one log.
    case fork(size: Int64, storedRoot: [UInt8], newRoot: [UInt8])
    /// The log's key differs from the one recorded for this ledger, and no rotation was asked for.
    case keyChanged(recorded: String, given: String)
    /// The origin differs from the one recorded for this ledger (it never changes).
    case originChanged(recorded: String, given: String)
    /// There is no stored checkpoint (of this size, when given).
    case noCheckpoint(ledger: String, size: Int64?)
    /// A cosigned note is not a copy of the stored checkpoint of its size, or carries no cosignature by the witness key.
    case notACosignature(size: Int64, reason: String)
    /// A stored file holds other bytes than the ones to be stored (never replaced).
    case storedFileConflicts(file: String)
    /// The events of the ledger do not give the checkpoint's root.
    case ledgerMismatch(size: Int64, checkpointRoot: [UInt8], ledgerRoot: [UInt8])
    /// The ledger is shorter than the checkpoint it is asked about.
    case ledgerTooShort(size: Int64, events: Int64)
    /// The ledger holds no events: there is nothing to sign.
    case emptyLedger(ledger: String)
    /// A Merkle tree computation or proof failed.
    case merkle(MerkleError)
    /// A private key file that others may read.
    case keyReadableByOthers(path: String)
    /// The ledger storage failed.
    case ledger(LedgerError)
    /// A note, key or checkpoint was refused.
    case note(NoteError)
    /// A key could not be loaded or used.
    case signing(SigningError)

    /// A short stable identifier of the kind of failure, e.g. `checkpoint-fork`.
    public var code: String {
        switch self {
        case .sizeDecreased: return "checkpoint-size-decreased"
        case .fork: return "checkpoint-fork"
        case .keyChanged: return "checkpoint-key-changed"
        case .originChanged: return "checkpoint-origin-changed"
        case .noCheckpoint: return "checkpoint-not-found"
        case .notACosignature: return "cosignature-mismatch"
        case .storedFileConflicts: return "checkpoint-file-conflict"
        case .ledgerMismatch: return "checkpoint-ledger-mismatch"
        case .ledgerTooShort: return "checkpoint-beyond-ledger"
        case .emptyLedger: return "checkpoint-empty-ledger"
        case .merkle(let error): return error.code
        case .keyReadableByOthers: return "key-readable-by-others"
        case .ledger(let error): return error.code
        case .note(let error): return error.code
        case .signing(let error): return error.code
        }
    }

    /// One line for the person who must act on it.
    public var message: String {
        switch self {
        case .sizeDecreased(let stored, let now):
            return "the ledger holds \(now) events, but a checkpoint of size \(stored) is stored: events were removed "
                + "(a restore from an old backup?). Nothing was signed; keep a copy of the directory and investigate"
        case .fork(let size, let stored, let new):
            return "a checkpoint of size \(size) is stored with root \(Base64.encode(stored)), but the ledger's events now give "
                + "\(Base64.encode(new)): the history was rewritten. Nothing was signed; keep a copy of the directory and investigate"
        case .keyChanged(let recorded, let given):
            return "this ledger's checkpoints are signed by \(recorded), not \(given): use the recorded key, or give "
                + "--rotate-key to make the new key the log's key from this checkpoint on (witnesses must be told the new key)"
        case .originChanged(let recorded, let given):
            return "this ledger's checkpoints name the log '\(recorded)', not '\(given)': a log's origin never changes"
        case .noCheckpoint(let ledger, let size):
            return size.map { "no checkpoint of size \($0) is stored in \(ledger)" }
                ?? "no checkpoint is stored in \(ledger): sign one first with 'caseledger checkpoint --ledger \(ledger) --key FILE --origin NAME'"
        case .notACosignature(let size, let reason):
            return "the cosigned checkpoint of size \(size) cannot be stored: \(reason)"
        case .storedFileConflicts(let file):
            return "\(file) is already stored with other content; stored files are never replaced"
        case .ledgerMismatch(let size, let checkpointRoot, let ledgerRoot):
            return "the checkpoint of size \(size) has root \(Base64.encode(checkpointRoot)), but the ledger's first \(size) events "
                + "give \(Base64.encode(ledgerRoot)): the ledger is not the history the log signed"
        case .ledgerTooShort(let size, let events):
            return "the checkpoint covers \(size) events, but the ledger holds only \(events): it is not the ledger the checkpoint was made from, or events were removed"
        case .emptyLedger(let ledger):
            return "the ledger \(ledger) holds no events: there is nothing to sign yet"
        case .merkle(let error): return error.message
        case .keyReadableByOthers(let path):
            return "the private key \(path) may be read by other users: run 'chmod 600 \(path)' (only its owner may read a signing key)"
        case .ledger(let error): return error.message
        case .note(let error): return error.message
        case .signing(let error): return error.message
        }
    }

    /// The code and the message.
    public var description: String { "\(code): \(message)" }
}
