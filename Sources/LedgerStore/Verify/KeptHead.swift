// Keeps events/INVARIANTS.md rule 24: history is checked against heads kept outside the ledger.
/// A head of the ledger kept somewhere its writers cannot change: a signed checkpoint (the root of
/// the tree of its first `size` events) or a head printed on an earlier report (the hash of the
/// event at a seq). A ledger whose history was rewritten — an event changed and every hash after it
/// recomputed — still verifies on its own; it no longer has a head kept before the rewrite.
public enum KeptHead: Hashable, Sendable {
    /// A checkpoint, already opened and its signature verified by whoever read it: the tree of the
    /// first `size` events had `root`. `name` says which checkpoint, for messages (its file and origin).
    case checkpoint(name: String, size: Int64, root: SHA256Digest)
    /// A head printed on an earlier report: the event with `seq` had `hash`.
    case event(seq: Int64, hash: SHA256Digest)

    /// What a verification must keep to check these heads.
    public static func request(for heads: [KeptHead]) -> VerificationRequest {
        var request = VerificationRequest()
        for head in heads {
            switch head {
            case .checkpoint(_, let size, _): request.treeSizes.append(size)
            case .event(let seq, _): request.seqs.append(seq)
            }
        }
        return request
    }

    /// Checks this head against a whole verification (made with `request(for:)`): the ledger's tree
    /// at the checkpoint's size has its root and a consistency proof leads from there to the tree of
    /// the whole ledger, or the event at the seq has the hash. Returns the sentence saying what was
    /// confirmed; throws `KeptHeadMismatch` naming both sides when the ledger does not hold it.
    public func check(against report: VerificationReport) throws(KeptHeadMismatch) -> String {
        switch self {
        case .checkpoint(let name, let size, let root):
            guard size <= report.events else {
                throw .checkpointAheadOfLedger(checkpoint: name, size: size, root: root, events: report.events, ledgerRoot: report.root)
            }
            if size == 0 {
                guard root == MerkleHash.emptyRoot else {
                    throw .checkpointRootDiffers(checkpoint: name, size: 0, root: root, ledgerRootThen: MerkleHash.emptyRoot, events: report.events, ledgerRoot: report.root)
                }
                return "The checkpoint \(name) is of the empty tree (size 0): it proves nothing about the events since."
            }
            guard let then = report.rootsAt[size] else {
                throw .checkpointAheadOfLedger(checkpoint: name, size: size, root: root, events: report.events, ledgerRoot: report.root)
            }
            guard then == root else {
                throw .checkpointRootDiffers(checkpoint: name, size: size, root: root, ledgerRootThen: then, events: report.events, ledgerRoot: report.root)
            }
            do throws(MerkleError) {
                guard let proof = report.consistencyProofs[size] else { throw .consistencyMismatch(oldSize: size, newSize: report.events) }
                try proof.verify(oldRoot: root, newRoot: report.root)
            } catch {
                throw .notExtended(checkpoint: name, size: size, root: root, events: report.events, ledgerRoot: report.root, reason: error.message)
            }
            return "The ledger extends the signed checkpoint \(name): its first \(size) event\(size == 1 ? "" : "s") have that checkpoint's "
                + "root \(root.hex), and a consistency proof from size \(size) to the \(report.events) events now (root \(report.root.hex)) was verified."
        case .event(let seq, let hash):
            guard let found = report.hashesAt[seq] else { throw .expectedHeadMissing(seq: seq, hash: hash, events: report.events, headHash: report.headHash) }
            guard found == hash else { throw .expectedHeadDiffers(seq: seq, hash: hash, found: found) }
            return "The event at seq \(seq) has hash \(hash.hex), as expected."
        }
    }
}

/// A kept head the ledger does not hold: its history was rewritten or rolled back since the head
/// was kept, or it is another ledger. Each names both sides, sizes and roots (or seqs and hashes).
public enum KeptHeadMismatch: Error, Hashable, Sendable, CustomStringConvertible {
    /// The checkpoint covers more events than the ledger holds.
    case checkpointAheadOfLedger(checkpoint: String, size: Int64, root: SHA256Digest, events: Int64, ledgerRoot: SHA256Digest)
    /// The ledger's tree at the checkpoint's size has another root.
    case checkpointRootDiffers(checkpoint: String, size: Int64, root: SHA256Digest, ledgerRootThen: SHA256Digest, events: Int64, ledgerRoot: SHA256Digest)
    /// The consistency proof from the checkpoint's size to the ledger's does not verify.
    case notExtended(checkpoint: String, size: Int64, root: SHA256Digest, events: Int64, ledgerRoot: SHA256Digest, reason: String)
    /// The ledger holds no event at the expected seq.
    case expectedHeadMissing(seq: Int64, hash: SHA256Digest, events: Int64, headHash: SHA256Digest)
    /// The event at the expected seq has another hash.
    case expectedHeadDiffers(seq: Int64, hash: SHA256Digest, found: SHA256Digest)

    /// A stable code for scripts.
    public var code: String {
        switch self {
        case .checkpointAheadOfLedger: return "checkpoint-ahead-of-ledger"
        case .checkpointRootDiffers: return "checkpoint-root-differs"
        case .notExtended: return "checkpoint-not-extended"
        case .expectedHeadMissing: return "expected-head-missing"
        case .expectedHeadDiffers: return "expected-head-differs"
        }
    }

    /// One line for the person who must act.
    public var message: String {
        let keep = "keep a copy of the ledger directory, the checkpoint and this message, and report it: nothing in the ledger was changed"
        switch self {
        case .checkpointAheadOfLedger(let name, let size, let root, let events, let ledgerRoot):
            return "the signed checkpoint \(name) covers \(size) events (root \(root.hex)), but the ledger holds only \(events) "
                + "(root \(ledgerRoot.hex)): events the checkpoint covers are gone — the ledger was truncated or rolled back, "
                + "or this is another ledger; \(keep)"
        case .checkpointRootDiffers(let name, let size, let root, let then, let events, let ledgerRoot):
            return "the ledger does not extend the signed checkpoint \(name): the checkpoint's tree of \(size) events has root \(root.hex), "
                + "but the ledger's first \(size) events have root \(then.hex) (it now holds \(events) events, root \(ledgerRoot.hex)): "
                + "history up to seq \(size) was rewritten since it was signed, or this is another ledger; \(keep)"
        case .notExtended(let name, let size, let root, let events, let ledgerRoot, let reason):
            return "the ledger's tree of \(events) events (root \(ledgerRoot.hex)) could not be proven to extend the signed checkpoint \(name) "
                + "of \(size) events (root \(root.hex)): \(reason); \(keep)"
        case .expectedHeadMissing(let seq, let hash, let events, let headHash):
            return "the ledger holds \(events) events (head hash \(headHash.hex)), so no event has seq \(seq), which was expected to have hash "
                + "\(hash.hex): events were removed since that head was printed (truncated or rolled back), or this is another ledger; \(keep)"
        case .expectedHeadDiffers(let seq, let hash, let found):
            return "the event at seq \(seq) has hash \(found.hex), not \(hash.hex) as expected: history up to seq \(seq) was rewritten "
                + "since that head was printed, or this is another ledger; \(keep)"
        }
    }

    /// "code: message".
    public var description: String { "\(code): \(message)" }
}
