import LedgerSigning
import LedgerStore

#if canImport(Glibc)
import Glibc
#endif

// Keeps events/INVARIANTS.md rule 27: a witness cosigns only a checkpoint it has proved extends
// the one it cosigned before, from its own state and the ledger's events.
/// A witness of a ledger's checkpoints (c2sp.org/tlog-witness, done from the ledger's files):
/// someone other than the council's writers, with its own key and state directory, who cosigns
/// a new checkpoint only after checking the log's signature and proving, from the ledger's
/// events, that the new tree extends the one it cosigned last. On any inconsistency it refuses,
/// leaves its state as it was, and writes evidence anyone can check (`WitnessEvidence`).
public struct Witness: Sendable {
    /// The witness's state directory.
    public let state: WitnessState
    /// The log's key, as the log published it (never read from the ledger).
    public let logKey: NoteVerifier
    /// The witness's own key.
    public let cosigner: CosignatureSigner

    /// A witness with these keys and state.
    public init(state: WitnessState, logKey: NoteVerifier, cosigner: CosignatureSigner) {
        self.state = state
        self.logKey = logKey
        self.cosigner = cosigner
    }

    /// The cosigner for `privateKey`: under `name`, or the name recorded by the state's first run
    /// when `name` is nil. A key or name other than the recorded one is refused.
    public static func cosigner(privateKey: Ed25519PrivateKey, name: String?, state: WitnessState) throws(WitnessError) -> CosignatureSigner {
        let recorded = try state.read(state.keyPath).map { String(decoding: $0, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "" }
        let recordedKey: CosignatureVerifier?
        do { recordedKey = try recorded.map { (text) throws(NoteError) in try CosignatureVerifier(verifierKey: text) } } catch {
            throw .stateDamaged(path: state.keyPath, reason: error.message)
        }
        guard let chosen = name ?? recordedKey?.name else { throw .nameNeeded }
        let signer: CosignatureSigner
        do { signer = try CosignatureSigner(name: chosen, privateKey: privateKey) } catch { throw .note(error) }
        if let recordedKey, recordedKey != signer.verifier {
            throw .keyChanged(recorded: recordedKey.verifierKey, given: signer.verifier.verifierKey)
        }
        return signer
    }

    /// What `observe` did.
    public struct Outcome: Sendable {
        /// The checkpoint, cosigned (the log's signature and this witness's cosignature).
        public let cosigned: SignedNote
        /// The checkpoint.
        public let checkpoint: Checkpoint
        /// The size the witness had cosigned before, or nil on its first run (trust on first use).
        public let previousSize: Int64?
    }

    /// Checks the signed checkpoint `bytes` against the log's key, the witness's state and the
    /// ledger at `ledger`, and cosigns it at `time` (POSIX seconds), storing it as the state's
    /// latest. On the first run (no state for this log) the ledger is verified in full and the
    /// checkpoint accepted on its signature and the ledger's root: trust on first use.
    public func observe(checkpoint bytes: [UInt8], ledger path: String, time: UInt64) throws(WitnessError) -> Outcome {
        let lock = try state.lock()
        defer { withExtendedLifetime(lock) {} }
        let note: SignedNote
        do { note = try SignedNote(parsing: bytes) } catch { throw .note(error) }
        let prior = try latest()
        let opened: VerifiedCheckpoint
        do { opened = try Checkpoint.open(bytes, logKey: logKey) } catch {
            throw try refuse(.invalidSignature, earlier: prior?.note, later: note, size: (try? Checkpoint(text: note.text))?.size ?? 0, reason: error.message, time: time)
        }
        let checkpoint = opened.checkpoint
        let logOnly = try logSignedOnly(opened)
        if let prior {
            let old = prior.checkpoint
            if checkpoint.size < old.size {
                throw try refuse(.rollback, earlier: prior.note, later: logOnly, size: checkpoint.size,
                                 reason: "it was shown size \(checkpoint.size), below size \(old.size) it cosigned before", time: time)
            }
            if checkpoint.size == old.size && checkpoint.rootHash != old.rootHash {
                throw try refuse(.fork, earlier: prior.note, later: logOnly, size: checkpoint.size,
                                 reason: "size \(checkpoint.size) now has root \(Base64.encode(checkpoint.rootHash)), but it cosigned root \(Base64.encode(old.rootHash))", time: time)
            }
        }
        // Keeps events/INVARIANTS.md rule 27: the tree comes from the ledger's events, verified in
        // full; the old root from the witness's own state; the new root from the signed checkpoint.
        let report: VerificationReport
        do { report = try Verifier.verify(ledgerAt: path) } catch { throw .transparency(.ledger(error)) }
        if let fault = report.fault { throw .transparency(.ledger(.damaged(at: fault.position, reason: fault.reason))) }
        let ledger: Ledger
        do { ledger = try Ledger.open(at: path, mode: .readOnly) } catch { throw .transparency(.ledger(error)) }
        let tree: any MerkleSubtreeHashes
        do { tree = try LedgerTree.subtreeHashes(of: ledger, size: checkpoint.size) } catch { throw .transparency(error) }
        let ledgerRoot: [UInt8]
        do { ledgerRoot = try LedgerTree.root(tree, size: checkpoint.size) } catch { throw .transparency(error) }
        guard ledgerRoot == checkpoint.rootHash else {
            throw try refuse(.ledgerMismatch, earlier: prior?.note, later: logOnly, size: checkpoint.size, ledgerRoot: ledgerRoot,
                             reason: "the ledger's first \(checkpoint.size) events give root \(Base64.encode(ledgerRoot)), not the checkpoint's \(Base64.encode(checkpoint.rootHash))", time: time)
        }
        if let prior, prior.checkpoint.size < checkpoint.size {
            let old = prior.checkpoint
            do {
                let proof = try tree.consistencyProof(from: old.size, to: checkpoint.size)
                try proof.verify(oldRoot: SHA256Digest(bytes: old.rootHash)!, newRoot: SHA256Digest(bytes: checkpoint.rootHash)!)
            } catch {
                let proof = try? tree.consistencyProof(from: old.size, to: checkpoint.size)
                let prefix = try? tree.root(size: old.size)
                throw try refuse(.inconsistent, earlier: prior.note, later: logOnly, size: checkpoint.size, prefixRoot: prefix?.bytes,
                                 proof: proof?.hashes.map(\.bytes) ?? [],
                                 reason: "the tree of size \(checkpoint.size) does not extend the tree of size \(old.size) it cosigned (\(LedgerTree.merkle(error).message))", time: time)
            }
        }
        let cosigned: SignedNote
        do { cosigned = try cosigner.cosign(logOnly, time: time) } catch { throw .note(error) }
        if try state.read(state.keyPath) == nil {
            try state.write(Array((cosigner.verifier.verifierKey + "\n").utf8), to: state.keyPath, once: true)
        }
        try state.write(cosigned.bytes, to: state.latestPath(origin: logKey.name))
        return Outcome(cosigned: cosigned, checkpoint: checkpoint, previousSize: prior?.checkpoint.size)
    }

    /// The latest checkpoint this witness cosigned for the log, checked: the log's signature and its own cosignature.
    public func latest() throws(WitnessError) -> (note: SignedNote, checkpoint: Checkpoint)? {
        let path = state.latestPath(origin: logKey.name)
        guard let bytes = try state.read(path) else { return nil }
        do {
            let note = try SignedNote(parsing: bytes)
            if !note.signatures.contains(where: { $0.name == logKey.name && $0.keyID == logKey.keyID }) {
                throw WitnessError.logKeyDiffers(path: path, given: logKey.verifierKey)
            }
            let verified = try note.verify(try NoteVerifiers([logKey, cosigner.verifier]))
            guard verified.isSigned(by: logKey), verified.isSigned(by: cosigner.verifier) else {
                throw WitnessError.stateDamaged(path: path, reason: "it is not signed by both the log and this witness")
            }
            return (note, try Checkpoint(text: note.text))
        } catch let error as WitnessError {
            throw error
        } catch {
            throw .stateDamaged(path: path, reason: (error as? NoteError)?.message ?? "\(error)")
        }
    }

    /// The checkpoint's note with only the log's signature (other witnesses' lines dropped).
    private func logSignedOnly(_ opened: VerifiedCheckpoint) throws(WitnessError) -> SignedNote {
        let lines = opened.note.verifiedSignatures.map { $0.line + "\n" }.joined()
        do { return try SignedNote(parsing: Array((opened.note.text + "\n" + lines).utf8)) } catch { throw .note(error) }
    }

    /// Writes the evidence and returns the refusal to throw; the state is not touched.
    private func refuse(_ kind: WitnessEvidence.Kind, earlier: SignedNote?, later: SignedNote, size: Int64, prefixRoot: [UInt8]? = nil,
                        proof: [[UInt8]] = [], ledgerRoot: [UInt8]? = nil, reason: String, time: UInt64) throws(WitnessError) -> WitnessError {
        let evidence = WitnessEvidence(kind: kind, logKey: logKey.verifierKey, witnessKey: cosigner.verifier.verifierKey, time: time,
                                       prefixRoot: prefixRoot, proof: proof, ledgerRoot: ledgerRoot, earlier: earlier, later: later)
        let path = try state.writeEvidence(evidence, size: size)
        return .refused(kind: kind, reason: reason, evidence: path)
    }
}

/// Every way a witness run can be refused. Each case has a stable `code` and a one-line `message`.
public enum WitnessError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The checkpoint is inconsistent with what the witness cosigned, or with the ledger, or not
    /// the log's: evidence was written to `evidence`; the state is unchanged.
    case refused(kind: WitnessEvidence.Kind, reason: String, evidence: String)
    /// The first run needs `--name` (later runs use the recorded one).
    case nameNeeded
    /// The witness key or name differs from the one its state recorded.
    case keyChanged(recorded: String, given: String)
    /// The state's checkpoint is not signed by the log key given (the log's key was rotated, or the wrong key was given).
    case logKeyDiffers(path: String, given: String)
    /// A state file cannot be read as the witness wrote it.
    case stateDamaged(path: String, reason: String)
    /// A system call on the state directory failed.
    case io(operation: String, path: String, errno: Int32)
    /// The ledger, its tree or a checkpoint file failed.
    case transparency(TransparencyError)
    /// A note or key was refused.
    case note(NoteError)

    /// A short stable identifier, e.g. `witness-fork`.
    public var code: String {
        switch self {
        case .refused(let kind, _, _): return "witness-" + kind.rawValue
        case .nameNeeded: return "witness-name-needed"
        case .keyChanged: return "witness-key-changed"
        case .logKeyDiffers: return "witness-log-key-changed"
        case .stateDamaged: return "witness-state-damaged"
        case .io: return "io-error"
        case .transparency(let error): return error.code
        case .note(let error): return error.code
        }
    }

    /// One line for the person who must act on it.
    public var message: String {
        switch self {
        case .refused(let kind, let reason, let evidence):
            let what: String
            switch kind {
            case .fork, .inconsistent: what = "the log forked: its history was rewritten"
            case .rollback: what = "the checkpoint is older than the one already cosigned"
            case .ledgerMismatch: what = "the ledger is not the history the log signed"
            case .invalidSignature: what = "the checkpoint is not signed by the log's key"
            }
            return "not cosigned: \(what) — \(reason). The witness's state is unchanged; the evidence is in \(evidence) "
                + "(check it with 'caseledger-audit check-fork \(evidence) --log-key KEY'); report it to the council's information governance lead and keep a copy"
        case .nameNeeded:
            return "the witness's first run needs --name NAME (your witness's name, e.g. 'ombudsman.example/witness'); later runs reuse it"
        case .keyChanged(let recorded, let given):
            return "this state directory belongs to the witness \(recorded), not \(given): use that key and name, or another state directory"
        case .logKeyDiffers(let path, let given):
            return "the checkpoint you last cosigned (\(path)) is not signed by the log key \(given): check that this is the key "
                + "the council publishes now; if it rotated its key, witness it with a new state directory (a first use again)"
        case .stateDamaged(let path, let reason):
            return "the witness's state \(path) cannot be used (\(reason)): restore it from your backup; do not delete it, or the witness forgets what it cosigned"
        case .io(let operation, let path, let code):
            return "could not \(operation) \(path): \(String(cString: strerror(code)))"
        case .transparency(let error): return error.message
        case .note(let error): return error.message
        }
    }

    /// The code and the message.
    public var description: String { "\(code): \(message)" }
}
