/// Where a Merkle tree's hashes come from: the hash of any *complete* subtree, by level and index.
///
/// The complete subtree at level `L`, index `K` covers leaves `K·2^L ..< (K+1)·2^L` (seqs
/// `K·2^L + 1 … (K+1)·2^L`); its hash is RFC 6962's `MTH` of those leaves, and at level 0 it is
/// the leaf hash itself. Every root and proof is assembled from such hashes (`root(size:)`,
/// `inclusionProof(leafIndex:size:)`, `consistencyProof(from:to:)`), with O(log n) reads each.
///
/// This is exactly what a C2SP tlog-tiles store holds (https://c2sp.org/tlog-tiles): the tile at
/// tile level `l`, index `n` is the row of complete-subtree hashes at tree level `8·l`, indices
/// `256·n ..< 256·n + 256`, and the levels between are rehashed from that row. A writer-kept cache
/// in that layout can conform to this protocol; `InMemoryMerkleTree` is the in-memory one.
public protocol MerkleSubtreeHashes {
    /// The number of leaves the source can answer for: the largest tree it can build.
    var leafCount: Int64 { get }

    /// The hash of the complete subtree at `level` (0 = leaves), `index` among that level's
    /// subtrees. Only called with `0 <= level <= 62`, `index >= 0` and
    /// `(index + 1) · 2^level <= leafCount`. Throws when the hash cannot be read (a stored
    /// cache's I/O error or damage), never to mean "not in the tree".
    func completeSubtreeHash(level: Int, index: Int64) throws -> SHA256Digest
}

extension MerkleSubtreeHashes {
    /// The leaf hash of leaf `index` (the event with seq `index + 1`).
    public func leafHash(at index: Int64) throws -> SHA256Digest {
        guard index >= 0 else { throw MerkleError.negative(what: "leaf index", value: index) }
        guard index < leafCount else { throw MerkleError.leafIndexOutOfRange(leafIndex: index, treeSize: leafCount) }
        return try completeSubtreeHash(level: 0, index: index)
    }

    /// The root (RFC 6962 §2.1 `MTH`) of the tree of the first `size` leaves: seqs 1…`size`.
    /// The empty tree's root is `MerkleHash.emptyRoot`. Reads one stored hash per set bit of `size`.
    public func root(size: Int64) throws -> SHA256Digest {
        try checkAvailable(size: size)
        if size == 0 { return MerkleHash.emptyRoot }
        return try nodeHash(start: 0, count: size)
    }

    /// The inclusion proof (RFC 6962 §2.1.1 `PATH`) of leaf `leafIndex` (seq `leafIndex + 1`) in
    /// the tree of the first `size` leaves: the sibling hashes from the leaf up to the root.
    public func inclusionProof(leafIndex: Int64, size: Int64) throws -> MerkleInclusionProof {
        try checkAvailable(size: size)
        guard leafIndex >= 0 else { throw MerkleError.negative(what: "leaf index", value: leafIndex) }
        guard leafIndex < size else { throw MerkleError.leafIndexOutOfRange(leafIndex: leafIndex, treeSize: size) }
        var hashes: [SHA256Digest] = []
        hashes.reserveCapacity(MerkleInclusionProof.expectedLength(leafIndex: leafIndex, treeSize: size))
        try path(leafIndex, start: 0, count: size, into: &hashes)
        return MerkleInclusionProof(leafIndex: leafIndex, treeSize: size, hashes: hashes)
    }

    /// The consistency proof (RFC 6962 §2.1.2 `PROOF`) that the tree of the first `newSize`
    /// leaves extends the tree of the first `oldSize`. Equal sizes give the empty proof. A proof
    /// from the empty tree is refused (`consistencyFromEmptyTree`): RFC 6962 defines proofs only
    /// for `0 < oldSize < newSize`, and one from size 0 would prove nothing.
    public func consistencyProof(from oldSize: Int64, to newSize: Int64) throws -> MerkleConsistencyProof {
        try checkAvailable(size: newSize)
        let length = try MerkleConsistencyProof.expectedLength(oldSize: oldSize, newSize: newSize)
        var hashes: [SHA256Digest] = []
        hashes.reserveCapacity(length)
        if oldSize < newSize {
            try subproof(oldSize, start: 0, count: newSize, complete: true, into: &hashes)
        }
        return MerkleConsistencyProof(oldSize: oldSize, newSize: newSize, hashes: hashes)
    }

    /// Throws unless `0 <= size <= leafCount`.
    func checkAvailable(size: Int64) throws {
        guard size >= 0 else { throw MerkleError.negative(what: "tree size", value: size) }
        guard size <= leafCount else { throw MerkleError.treeSizeUnavailable(size: size, available: leafCount) }
    }

    /// `MTH(D[start ..< start + count])` for a node of RFC 6962's recursion (`count >= 1`, and
    /// `start` a multiple of the least power of two at or above `count`): the complete subtrees
    /// of `count`'s set bits, largest first, hashed together from the right.
    func nodeHash(start: Int64, count: Int64) throws -> SHA256Digest {
        if count & (count - 1) == 0 {
            let level = count.trailingZeroBitCount
            return try completeSubtreeHash(level: level, index: start >> level)
        }
        let k = MerkleTreeMath.largestPowerOfTwo(below: count)
        let left = try completeSubtreeHash(level: k.trailingZeroBitCount, index: start >> k.trailingZeroBitCount)
        return MerkleHash.node(left, try nodeHash(start: start + k, count: count - k))
    }

    /// RFC 6962 §2.1.1 `PATH(m, D[start ..< start + count])`, appended leaf-side first.
    private func path(_ m: Int64, start: Int64, count: Int64, into hashes: inout [SHA256Digest]) throws {
        if count == 1 { return }
        let k = MerkleTreeMath.largestPowerOfTwo(below: count)
        if m < k {
            try path(m, start: start, count: k, into: &hashes)
            hashes.append(try nodeHash(start: start + k, count: count - k))
        } else {
            try path(m - k, start: start + k, count: count - k, into: &hashes)
            hashes.append(try nodeHash(start: start, count: k))
        }
    }

    /// RFC 6962 §2.1.2 `SUBPROOF(m, D[start ..< start + count], b)`.
    private func subproof(
        _ m: Int64, start: Int64, count: Int64, complete: Bool, into hashes: inout [SHA256Digest]
    ) throws {
        if m == count {
            if !complete { hashes.append(try nodeHash(start: start, count: count)) }
            return
        }
        let k = MerkleTreeMath.largestPowerOfTwo(below: count)
        if m <= k {
            try subproof(m, start: start, count: k, complete: complete, into: &hashes)
            hashes.append(try nodeHash(start: start + k, count: count - k))
        } else {
            try subproof(m - k, start: start + k, count: count - k, complete: false, into: &hashes)
            hashes.append(try nodeHash(start: start, count: k))
        }
    }
}

/// The integer arithmetic of RFC 6962 trees.
enum MerkleTreeMath {
    /// The largest power of two strictly below `n` (`n >= 2`): RFC 6962's split point `k`.
    static func largestPowerOfTwo(below n: Int64) -> Int64 {
        Int64(1) << (63 - (n - 1).leadingZeroBitCount)
    }

    /// The number of bits needed to write `n` (0 for 0).
    static func bitLength(_ n: Int64) -> Int {
        64 - n.leadingZeroBitCount
    }
}
