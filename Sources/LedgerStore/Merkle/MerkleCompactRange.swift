/// The right edge of a growing RFC 6962 tree: the hashes of the complete subtrees that the set
/// bits of its size make (largest, leftmost first). That is all that is needed to know the root
/// and to add the next leaf, so a tree of any size is folded in O(log n) memory, one leaf at a time
/// (what `verify` does as it walks the chain, and what the writer's cache extends itself with).
///
/// Appending a leaf completes one subtree per trailing one-bit of the old size; each completed
/// subtree (the leaf itself included) is reported to the caller with its level and index, so a
/// store can keep it (`MerkleTreeCache`) or a proof can be captured (`MerkleConsistencyCapture`).
public struct MerkleCompactRange: Hashable, Sendable {
    /// The number of leaves folded in.
    public private(set) var size: Int64 = 0
    /// The complete subtrees at the set bits of `size`, largest (leftmost) first.
    public private(set) var hashes: [SHA256Digest] = []

    /// The empty tree.
    public init() {}

    /// The right edge of the tree of `size` leaves, as stored: one hash per set bit of `size`,
    /// largest subtree first. Nil when the count of hashes does not fit the size.
    public init?(size: Int64, hashes: [SHA256Digest]) {
        guard size >= 0, hashes.count == size.nonzeroBitCount else { return nil }
        self.size = size
        self.hashes = hashes
    }

    /// The root of the tree folded so far (RFC 6962 `MTH`; `MerkleHash.emptyRoot` when empty):
    /// the right edge hashed together from the right.
    public var root: SHA256Digest {
        guard var hash = hashes.last else { return MerkleHash.emptyRoot }
        var i = hashes.count - 1
        while i > 0 {
            i -= 1
            hash = MerkleHash.node(hashes[i], hash)
        }
        return hash
    }

    /// Appends the event with chain hash `eventHash` as the next leaf.
    public mutating func append(eventHash: SHA256Digest) {
        append(leafHash: MerkleHash.leaf(eventHash: eventHash))
    }

    /// Appends a leaf whose leaf hash is already computed.
    public mutating func append(leafHash: SHA256Digest) {
        append(leafHash: leafHash) { _, _, _ in }
    }

    /// Appends a leaf, calling `completed(level, index, hash)` for the leaf (level 0) and then for
    /// every subtree it completes, lowest first.
    public mutating func append(leafHash: SHA256Digest, completed: (Int, Int64, SHA256Digest) throws -> Void) rethrows {
        let old = size
        try completed(0, old, leafHash)
        var hash = leafHash
        var level = 0
        while (old >> level) & 1 == 1 {
            hash = MerkleHash.node(hashes.removeLast(), hash)
            level += 1
            try completed(level, old >> level, hash)
        }
        hashes.append(hash)
        size = old + 1
    }

    /// Appends the leaf at index `size` when the complete subtree of `level` levels ending with it
    /// (its leaves the last `2^level - 1` leaves folded and this one) is already hashed: `hash`.
    /// The same result as `append(leafHash:)` of that leaf, without hashing again the nodes below
    /// `level`; the caller vouches for `hash` (verify's workers fold runs of consecutive leaves into
    /// such subtrees on all cores, `MerkleRunFolder`). `level` 0 is the leaf hash itself.
    mutating func append(leafHash: SHA256Digest, subtreeLevel level: Int, subtreeHash hash: SHA256Digest) {
        let old = size
        precondition(level >= 0 && (old + 1) & ((Int64(1) << level) - 1) == 0, "no subtree of that level ends at leaf \(old)")
        var hash = level == 0 ? leafHash : hash
        hashes.removeLast(level)
        var level = level
        while (old >> level) & 1 == 1 {
            hash = MerkleHash.node(hashes.removeLast(), hash)
            level += 1
        }
        hashes.append(hash)
        size = old + 1
    }

    /// The level and index of each hash of the right edge, in order: where a store keeps them.
    public var positions: [(level: Int, index: Int64)] {
        var out: [(level: Int, index: Int64)] = []
        var bit = 62
        while bit >= 0 {
            if (size >> bit) & 1 == 1 { out.append((bit, (size >> bit) - 1)) }
            bit -= 1
        }
        return out
    }
}

/// Captures, while a log is folded leaf by leaf, what proves that the tree at its end extends the
/// tree of its first `oldSize` leaves: the root at `oldSize`, and the few complete subtrees an RFC
/// 6962 consistency proof from `oldSize` is made of (the right edge at `oldSize`, and the right
/// sibling of each node above its last leaf). O(log n) hashes kept, whatever the log's length, and
/// no second pass: the proof is assembled at the end from what was kept.
public struct MerkleConsistencyCapture: Sendable {
    /// The size the proof starts from.
    public let oldSize: Int64
    /// The root of the first `oldSize` leaves, once the fold has passed them.
    public private(set) var oldRoot: SHA256Digest?
    /// The kept subtrees, by level and index.
    private var kept: [Level: SHA256Digest] = [:]

    private struct Level: Hashable, Sendable {
        var level: Int
        var index: Int64
    }

    /// Captures for a proof from `oldSize` (≥ 1).
    public init(oldSize: Int64) {
        self.oldSize = oldSize
    }

    /// Notes a completed subtree of the fold (pass `MerkleCompactRange.append`'s reports here).
    public mutating func completed(level: Int, index: Int64, hash: SHA256Digest) {
        // The right sibling of the node at `level` holding leaf oldSize - 1.
        let path = (oldSize - 1) >> level
        if path & 1 == 0, index == path + 1 { keep(level: level, index: index, hash: hash) }
    }

    private mutating func keep(level: Int, index: Int64, hash: SHA256Digest) {
        kept[Level(level: level, index: index)] = hash
    }

    /// Call after each leaf with the fold's state: keeps the right edge (and the root) when the
    /// fold reaches `oldSize`.
    public mutating func reached(_ range: MerkleCompactRange) {
        guard range.size == oldSize else { return }
        oldRoot = range.root
        for (position, hash) in zip(range.positions, range.hashes) { keep(level: position.level, index: position.index, hash: hash) }
    }

    /// The consistency proof from `oldSize` to the fold's size, assembled from what was kept and
    /// the fold's right edge. Throws `MerkleError` when the fold is smaller than `oldSize`, or the
    /// sizes admit no proof (`oldSize` 0).
    public func proof(to range: MerkleCompactRange) throws -> MerkleConsistencyProof {
        var source = Kept(leafCount: range.size, kept: kept)
        for (position, hash) in zip(range.positions, range.hashes) {
            source.kept[Level(level: position.level, index: position.index)] = hash
        }
        return try source.consistencyProof(from: oldSize, to: range.size)
    }

    /// The kept hashes as a (sparse) source of complete subtrees.
    private struct Kept: MerkleSubtreeHashes {
        let leafCount: Int64
        var kept: [Level: SHA256Digest]

        func completeSubtreeHash(level: Int, index: Int64) throws -> SHA256Digest {
            guard let hash = kept[Level(level: level, index: index)] else {
                throw MerkleError.treeSizeUnavailable(size: (index + 1) << Int64(level), available: leafCount)
            }
            return hash
        }
    }
}

/// Folds a run of consecutive leaves (starting anywhere) into the complete RFC 6962 subtrees that
/// end inside it, aligned as in the whole tree: for each leaf, the largest such subtree ending with
/// it whose leaves are all in the run. What `MerkleCompactRange.append(leafHash:subtreeLevel:subtreeHash:)`
/// takes, so that verify hashes the tree's interior nodes on all cores rather than one.
struct MerkleRunFolder {
    /// The complete subtrees of the run not yet merged: level and hash, the lowest last.
    private var stack: [(level: Int, hash: SHA256Digest)] = []
    /// The index of the next leaf of the run.
    private var next: Int64 = -1

    init() {
        stack.reserveCapacity(24)
    }

    /// Adds the leaf at `index` with `leafHash`; returns the level and hash of the largest complete
    /// subtree ending with it within the run (level 0: the leaf). A leaf that does not follow the
    /// last one starts a new run.
    mutating func add(index: Int64, leafHash: SHA256Digest) -> (level: Int, hash: SHA256Digest) {
        if index != next { stack.removeAll(keepingCapacity: true) }
        next = index + 1
        var level = 0
        var hash = leafHash
        // A subtree of `level` levels ending at `index` is complete when its right half ends here
        // (bits below `level` of index + 1 are zero) and its left half is on the stack.
        while (index + 1) & ((Int64(1) << (level + 1)) - 1) == 0, let top = stack.last, top.level == level {
            stack.removeLast()
            hash = MerkleHash.node(top.hash, hash)
            level += 1
        }
        stack.append((level, hash))
        return (level, hash)
    }
}
