/// Every way building or checking a Merkle root or proof can fail. Each case has a stable `code`
/// for scripts and a one-line `message` for the person who must act. Leaves are named by the
/// seq of their event (leaf *i* is seq *i*+1), sizes by the number of events the tree covers.
public enum MerkleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A tree size or leaf index below zero.
    case negative(what: String, value: Int64)
    /// A proof or root was asked for a tree larger than the leaves known to the source.
    case treeSizeUnavailable(size: Int64, available: Int64)
    /// The leaf is not in a tree of that size (its index is at or past the size).
    case leafIndexOutOfRange(leafIndex: Int64, treeSize: Int64)
    /// A consistency proof from the empty tree was asked for or offered: it proves nothing.
    case consistencyFromEmptyTree(newSize: Int64)
    /// The earlier tree is larger than the later one: a log never shrinks.
    case oldSizeExceedsNew(oldSize: Int64, newSize: Int64)
    /// Two checkpoints of the same size name different roots: the log has two histories.
    case rootsDifferAtSameSize(size: Int64, oldRoot: SHA256Digest, newRoot: SHA256Digest)
    /// A proof has a different number of hashes than a proof for these sizes has.
    case wrongProofLength(proof: String, expected: Int, actual: Int)
    /// The inclusion proof does not lead from the leaf to the root.
    case inclusionRootMismatch(leafIndex: Int64, treeSize: Int64, computed: SHA256Digest, expected: SHA256Digest)
    /// The consistency proof does not reproduce both roots.
    case consistencyMismatch(oldSize: Int64, newSize: Int64)

    /// A short stable identifier of the kind of failure, e.g. `merkle-inclusion-mismatch`.
    public var code: String {
        switch self {
        case .negative: return "merkle-negative"
        case .treeSizeUnavailable: return "merkle-size-unavailable"
        case .leafIndexOutOfRange: return "merkle-leaf-out-of-range"
        case .consistencyFromEmptyTree: return "merkle-consistency-from-empty"
        case .oldSizeExceedsNew: return "merkle-size-decreased"
        case .rootsDifferAtSameSize: return "merkle-fork"
        case .wrongProofLength: return "merkle-proof-length"
        case .inclusionRootMismatch: return "merkle-inclusion-mismatch"
        case .consistencyMismatch: return "merkle-consistency-mismatch"
        }
    }

    /// One line for the person who must act on it.
    public var message: String {
        switch self {
        case .negative(let what, let value):
            return "a Merkle \(what) cannot be negative (got \(value))"
        case .treeSizeUnavailable(let size, let available):
            return "no tree of \(size) events can be built: only \(available) "
                + "event\(available == 1 ? " is" : "s are") known. Ask for a size at or below \(available)"
        case .leafIndexOutOfRange(let leafIndex, let treeSize):
            return "seq \(leafIndex + 1) is not in the tree of \(treeSize) event\(treeSize == 1 ? "" : "s") "
                + "(it covers seqs 1…\(treeSize)): ask for a proof against a later checkpoint"
        case .consistencyFromEmptyTree(let newSize):
            return "a consistency proof from the empty tree to size \(newSize) proves nothing (every log "
                + "extends the empty tree): accept a first checkpoint explicitly, on its signature, instead"
        case .oldSizeExceedsNew(let oldSize, let newSize):
            return "the earlier tree has \(oldSize) events but the later one only \(newSize): a log never "
                + "shrinks, so these checkpoints cannot be of one honest log. Keep both and report them"
        case .rootsDifferAtSameSize(let size, let oldRoot, let newRoot):
            return "two trees of \(size) events have different roots (\(oldRoot) and \(newRoot)): the log has "
                + "two histories. Keep both checkpoints as evidence and report them"
        case .wrongProofLength(let proof, let expected, let actual):
            return "the \(proof) proof has \(actual) hash\(actual == 1 ? "" : "es") but one for these sizes has "
                + "exactly \(expected): it was made for other sizes or damaged. Ask for the proof again"
        case .inclusionRootMismatch(let leafIndex, let treeSize, let computed, let expected):
            return "the inclusion proof for seq \(leafIndex + 1) leads to root \(computed), not \(expected) of the "
                + "tree of \(treeSize) events: the event is not proven to be in that tree. Do not rely on it"
        case .consistencyMismatch(let oldSize, let newSize):
            return "the consistency proof does not show the tree of \(newSize) events extending the tree of "
                + "\(oldSize): the later log may have rewritten history. Keep both checkpoints and the proof, "
                + "and report them"
        }
    }

    /// `code: message`.
    public var description: String { "\(code): \(message)" }
}
