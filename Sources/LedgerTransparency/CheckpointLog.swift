import LedgerSigning
import LedgerStore

/// The log's side of signed checkpoints: signs the ledger's current head as a C2SP checkpoint and
/// keeps it, the log's key and witnesses' cosignatures in the ledger's `checkpoints/` directory
/// (events/FORMAT.md, "Checkpoints"), each file written once and never replaced.
public struct CheckpointLog: Sendable {
    /// The ledger's checkpoint files.
    public let files: CheckpointFiles

    /// The checkpoints of the ledger directory `ledger`.
    public init(ledger: String) { files = CheckpointFiles(ledger: ledger) }

    /// What `sign` did.
    public struct Signed: Sendable {
        /// The signed checkpoint (the stored one when it was stored already).
        public let note: SignedNote
        /// The checkpoint.
        public let checkpoint: Checkpoint
        /// Whether a new file was written (false: the same checkpoint was stored already).
        public let written: Bool
        /// Whether the log key was recorded now (the first checkpoint, or a rotation).
        public let keyRecorded: Bool
    }

    /// The size of the latest stored checkpoint, or nil when none is stored.
    public func latestSize() throws(TransparencyError) -> Int64? {
        do { return try files.checkpointSizes().last } catch { throw .ledger(error) }
    }

    /// The log key recorded for checkpoints of `size`: the key file with the largest starting size
    /// not above `size`; nil when no key is recorded.
    public func logKey(forSize size: Int64) throws(TransparencyError) -> NoteVerifier? {
        let from: Int64
        do {
            guard let found = try files.logKeySizes().last(where: { $0 <= size }) else { return nil }
            from = found
        } catch { throw .ledger(error) }
        return try recordedKey(from: from)
    }

    /// The latest recorded log key (for the next checkpoint), or nil when none is recorded.
    public func currentLogKey() throws(TransparencyError) -> NoteVerifier? {
        do {
            guard let from = try files.logKeySizes().last else { return nil }
            return try recordedKey(from: from)
        } catch let error as TransparencyError { throw error } catch { throw .ledger(error as! LedgerError) }
    }

    private func recordedKey(from: Int64) throws(TransparencyError) -> NoteVerifier {
        let bytes: [UInt8]
        do { bytes = try files.read(.logKey(fromSize: from)) ?? [] } catch { throw .ledger(error) }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        do { return try NoteVerifier(verifierKey: text) } catch { throw .note(error) }
    }

    /// The log-signed note of the checkpoint of `size` (the latest when nil), as stored.
    public func checkpointNote(size: Int64? = nil) throws(TransparencyError) -> SignedNote {
        let size = try resolved(size)
        let bytes: [UInt8]
        do {
            guard let found = try files.read(.checkpoint(size: size)) else { throw TransparencyError.noCheckpoint(ledger: files.ledger, size: size) }
            bytes = found
        } catch let error as TransparencyError { throw error } catch { throw .ledger(error as! LedgerError) }
        do { return try SignedNote(parsing: bytes) } catch { throw .note(error) }
    }

    /// The stored checkpoint of `size` (the latest when nil) opened with the log key recorded for
    /// it (or `logKey` when given: a reader should give the key it trusts, not the one the ledger records).
    public func open(size: Int64? = nil, logKey: NoteVerifier? = nil) throws(TransparencyError) -> VerifiedCheckpoint {
        let size = try resolved(size)
        let note = try checkpointNote(size: size)
        let recorded = try self.logKey(forSize: size)
        guard let key = logKey ?? recorded else { throw .noCheckpoint(ledger: files.ledger, size: size) }
        do { return try Checkpoint.open(note.bytes, logKey: key) } catch { throw .note(error) }
    }

    /// The checkpoint of `size` (the latest when nil) with every stored cosignature line added
    /// after the log's signature, none of them checked: a reader verifies the note with the
    /// keys it trusts (`SignedNote.verify`).
    public func withCosignatures(size: Int64? = nil) throws(TransparencyError) -> SignedNote {
        let size = try resolved(size)
        let note = try checkpointNote(size: size)
        var lines = note.signatures
        do {
            for id in try files.cosignatureKeyIDs(size: size) {
                guard let bytes = try files.read(.cosigned(size: size, keyID: id)) else { continue }
                guard let cosigned = try? SignedNote(parsing: bytes), cosigned.text == note.text else { continue }
                for line in cosigned.signatures where !lines.contains(line) { lines.append(line) }
            }
        } catch { throw .ledger(error) }
        do { return try SignedNote(parsing: Array((note.text + "\n" + lines.map { $0.line + "\n" }.joined()).utf8)) } catch { throw .note(error) }
    }

    /// Signs the ledger's head as a checkpoint with `signer` (whose name is the log's origin) and
    /// stores it, unless: the ledger is empty; it holds fewer events than the latest stored
    /// checkpoint; its first events no longer give that checkpoint's root (a rewritten history);
    /// the origin differs from the recorded one; or the key differs from the recorded one and
    /// `rotateKey` is false. A refusal writes nothing. The first checkpoint records the key
    /// (`log-key-<size>.vkey`); so does a rotation, from the new checkpoint's size on.
    public func sign(_ ledger: Ledger, signer: NoteSigner, rotateKey: Bool = false) throws(TransparencyError) -> Signed {
        let size = ledger.headSeq
        guard size > 0 else { throw .emptyLedger(ledger: files.ledger) }
        let recordedKey = try currentLogKey()
        if let recordedKey {
            if recordedKey.name != signer.name { throw .originChanged(recorded: recordedKey.name, given: signer.name) }
            if recordedKey != signer.verifier && !rotateKey { throw .keyChanged(recorded: recordedKey.verifierKey, given: signer.verifier.verifierKey) }
        }
        let tree = try LedgerTree.subtreeHashes(of: ledger, size: size)
        let root = try LedgerTree.root(tree, size: size)
        if let last = try latestSize() {
            guard last <= size else { throw .sizeDecreased(stored: last, now: size) }
            let stored = try open(size: last)
            let now = try LedgerTree.root(tree, size: last)
            guard now == stored.checkpoint.rootHash else { throw .fork(size: last, storedRoot: stored.checkpoint.rootHash, newRoot: now) }
        }
        let checkpoint: Checkpoint
        let note: SignedNote
        do {
            checkpoint = try Checkpoint(origin: signer.name, size: size, rootHash: root)
            note = try checkpoint.signed(by: signer)
        } catch { throw .note(error) }
        // Every check is done: only now is anything written.
        var keyRecorded = false
        if recordedKey != signer.verifier {
            try store(Array((signer.verifier.verifierKey + "\n").utf8), as: .logKey(fromSize: size))
            keyRecorded = true
        }
        let written: Bool
        do {
            switch try files.write(note.bytes, as: .checkpoint(size: size)) {
            case .written: written = true
            case .alreadyStored: written = false
            case .conflicts(let existing):
                // The same size and root signed before with the same key is the same note (Ed25519
                // is deterministic); another key's note for the same tree is kept as it was.
                guard let stored = try? SignedNote(parsing: existing), stored.text == note.text else {
                    throw TransparencyError.storedFileConflicts(file: files.directory + "/" + CheckpointFiles.Kind.checkpoint(size: size).fileName)
                }
                return Signed(note: stored, checkpoint: checkpoint, written: false, keyRecorded: keyRecorded)
            }
        } catch let error as TransparencyError { throw error } catch { throw .ledger(error as! LedgerError) }
        return Signed(note: note, checkpoint: checkpoint, written: written, keyRecorded: keyRecorded)
    }

    /// What `addCosignature` did.
    public enum Added: Hashable, Sendable {
        /// The cosigned copy was stored, for the checkpoint of `size`.
        case stored(size: Int64)
        /// This witness's cosignature of that checkpoint was stored already (the same, or an
        /// earlier one of another time, which is kept: stored files are never replaced).
        case alreadyStored(size: Int64)
    }

    /// Stores a witness's cosigned copy (`bytes`, as `caseledger-audit witness` wrote it) of a
    /// stored checkpoint beside it, after checking that its text is that checkpoint's, that the
    /// log's signature on it verifies with the recorded key and that it carries a valid
    /// cosignature by `witness`. Only the log's signature and the witness's line are kept.
    public func addCosignature(_ bytes: [UInt8], witness: CosignatureVerifier) throws(TransparencyError) -> Added {
        let cosigned: SignedNote
        let checkpoint: Checkpoint
        do {
            cosigned = try SignedNote(parsing: bytes)
            checkpoint = try Checkpoint(text: cosigned.text)
        } catch { throw .note(error) }
        let size = checkpoint.size
        let stored: SignedNote
        do { stored = try checkpointNote(size: size) } catch .noCheckpoint { throw .noCheckpoint(ledger: files.ledger, size: size) }
        guard stored.text == cosigned.text else {
            throw .notACosignature(size: size, reason: "its checkpoint text is not the stored checkpoint's (another root or origin)")
        }
        guard let logKey = try logKey(forSize: size) else { throw .noCheckpoint(ledger: files.ledger, size: size) }
        let verified: VerifiedNote
        do { verified = try cosigned.verify(try NoteVerifiers([logKey, witness])) } catch { throw .note(error) }
        guard verified.isSigned(by: witness), let line = verified.verifiedSignatures.first(where: { $0.name == witness.name && $0.keyID == witness.keyID }) else {
            throw .notACosignature(size: size, reason: "it carries no cosignature by \(witness.name) (key \(witness.verifierKey))")
        }
        let kept = stored.signatures + [line]
        let normalized = Array((stored.text + "\n" + kept.map { $0.line + "\n" }.joined()).utf8)
        let outcome: CheckpointFiles.WriteOutcome
        do { outcome = try files.write(normalized, as: .cosigned(size: size, keyID: witness.keyID)) } catch { throw .ledger(error) }
        if case .written = outcome { return .stored(size: size) }
        return .alreadyStored(size: size)
    }

    /// `size`, or the latest stored checkpoint's when nil.
    private func resolved(_ size: Int64?) throws(TransparencyError) -> Int64 {
        if let size { return size }
        guard let latest = try latestSize() else { throw .noCheckpoint(ledger: files.ledger, size: nil) }
        return latest
    }

    private func store(_ bytes: [UInt8], as kind: CheckpointFiles.Kind) throws(TransparencyError) {
        let outcome: CheckpointFiles.WriteOutcome
        do { outcome = try files.write(bytes, as: kind) } catch { throw .ledger(error) }
        if case .conflicts = outcome { throw .storedFileConflicts(file: files.directory + "/" + kind.fileName) }
    }
}
