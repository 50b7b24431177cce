import LedgerSigning
import LedgerStore
import LedgerTransparency

extension AuditLedger {
    /// The evidence folder's files for `caseId` (`trail CASE --evidence DIR`): the case's lines as
    /// stored, a tlog-proof for each against the latest stored checkpoint with every cosignature
    /// stored for it, the keys as stored, the readme, and `trail` (its file name and bytes).
    ///
    /// Refuses (`EvidenceError`) when the ledger has no checkpoint, when the checkpoint's log
    /// signature does not verify with the log key the ledger records for it, when it does not
    /// cover the case's last event, or when the ledger's own tree at its size has another root
    /// (the ledger does not extend its own signed checkpoint). Reads only: nothing is written.
    ///
    /// `copy`: `.customer` writes the events disclosed part by part, withholding what the customer's
    /// copy withholds (`DisclosedLine`); `.staff` writes the lines exactly as stored.
    public func evidence(caseId: String, trail: (name: String, bytes: [UInt8]), copy: Copy = .staff) throws -> EvidencePackage {
        let checkpoints = CheckpointLog(ledger: path)
        guard let size = try transparency({ () throws(TransparencyError) in try checkpoints.latestSize() }) else {
            throw EvidenceError(
                code: "evidence-no-checkpoint",
                message: "the ledger \(path) holds no signed checkpoint, so there is nothing a recipient could check the case's events against: "
                    + "sign one ('caseledger checkpoint --key FILE'), have the witnesses cosign it, then make the evidence again")
        }
        let note = try transparency({ () throws(TransparencyError) in try checkpoints.withCosignatures(size: size) })
        guard let logKey = try transparency({ () throws(TransparencyError) in try checkpoints.logKey(forSize: size) }) else {
            throw EvidenceError(code: "evidence-no-checkpoint", message: "the ledger \(path) records no log key for its checkpoint of size \(size)")
        }
        do { _ = try Checkpoint.open(note.bytes, logKey: logKey) } catch {
            throw EvidenceError(
                code: "evidence-checkpoint-unsigned",
                message: "the ledger's checkpoint of size \(size) does not verify with the log key it records (\(logKey.verifierKey)): \(error.message)")
        }
        let handle = try ledger
        let lines = try handle.storedLines(inStream: caseId)
        var witnesses: [String] = []
        for signature in note.signatures where signature.name != logKey.name || signature.keyID != logKey.keyID {
            let entry = "\(signature.name) (key ID \(EvidenceCheck.hex(signature.keyID)))"
            if !witnesses.contains(entry) { witnesses.append(entry) }
        }
        return try EvidencePackage.make(
            caseId: caseId, lines: lines, tree: try transparency({ () throws(TransparencyError) in try LedgerTree.subtreeHashes(of: handle, size: size) }), checkpoint: note,
            logKey: logKey.verifierKey, witnesses: witnesses, trail: trail, customerCopy: copy == .customer)
    }
}

extension AuditLedger {
    /// The latest signed checkpoint as the integrity statement names it, or nil when the ledger
    /// holds none: its log signature checked with the log key the ledger records (a checkpoint
    /// that fails is refused, `evidence-checkpoint-unsigned`), and the ledger's own Merkle root at
    /// its size compared with the signed one.
    func checkpointStatement() throws -> IntegrityStatement.CheckpointStatement? {
        let checkpoints = CheckpointLog(ledger: path)
        guard let size = try transparency({ () throws(TransparencyError) in try checkpoints.latestSize() }) else { return nil }
        let note = try transparency({ () throws(TransparencyError) in try checkpoints.withCosignatures(size: size) })
        guard let logKey = try transparency({ () throws(TransparencyError) in try checkpoints.logKey(forSize: size) }) else {
            throw EvidenceError(code: "evidence-checkpoint-unsigned", message: "the ledger \(path) records no log key for its checkpoint of size \(size)")
        }
        let opened: VerifiedCheckpoint
        do { opened = try Checkpoint.open(note.bytes, logKey: logKey) } catch {
            throw EvidenceError(
                code: "evidence-checkpoint-unsigned",
                message: "the ledger's checkpoint of size \(size) does not verify with the log key it records (\(logKey.verifierKey)): \(error.message)")
        }
        let handle = try ledger
        let root = try rootOfLedger(handle, size: size)
        var cosigners: [String] = []
        for signature in note.signatures where signature.name != logKey.name || signature.keyID != logKey.keyID {
            if !cosigners.contains(signature.name) { cosigners.append(signature.name) }
        }
        let checkpoint = opened.checkpoint
        return IntegrityStatement.CheckpointStatement(
            origin: checkpoint.origin, size: size, rootHash: Base64.encode(checkpoint.rootHash), logKey: logKey.verifierKey, cosigners: cosigners,
            divergentRoot: root == checkpoint.rootHash ? nil : Base64.encode(root))
    }
}

extension AuditLedger {
    /// The root of the ledger's first `size` events, never taken on trust from the writer's cache:
    /// after a whole verification (which folded the root of every event from the events
    /// themselves), the cache's root at `size` is accepted only with a consistency proof to that
    /// verified root, which binds it to the same events (RFC 9162 §2.1.4); otherwise (a report
    /// checked against a verification record), or if the cache cannot give a proof that holds,
    /// the tree is built from the events.
    func rootOfLedger(_ handle: Ledger, size: Int64) throws -> [UInt8] {
        if let verified = verification?.root, let head = verification?.events, size <= head, head == handle.headSeq {
            if size == head { return verified.bytes }
            if let root = try? handle.merkleRoot(size: size), let proof = try? handle.consistencyProof(from: size, to: head),
                (try? proof.verify(oldRoot: root, newRoot: verified)) != nil
            {
                return root.bytes
            }
        }
        return try transparency({ () throws(TransparencyError) in try LedgerTree.root(try LedgerTree.subtreeHashes(of: handle, size: size), size: size) })
    }
}

/// What a transparency operation (reading `checkpoints/`, building the tree) threw, as an
/// `EvidenceError` with the same code and message.
func transparency<T>(_ body: () throws(TransparencyError) -> T) throws(EvidenceError) -> T {
    do { return try body() } catch { throw EvidenceError(code: error.code, message: error.message) }
}
