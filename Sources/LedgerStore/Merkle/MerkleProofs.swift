/// An RFC 6962 inclusion proof: the hashes that lead from one leaf to the root of one tree size.
///
/// Verification follows RFC 9162 §2.1.3.2. The proof is bound to its leaf index and tree size:
/// the same hashes checked for any other index or size fail (a proof's length and the side each
/// hash is joined on both depend on them).
public struct MerkleInclusionProof: Hashable, Sendable {
    /// The leaf's index: the event with seq `leafIndex + 1`.
    public let leafIndex: Int64
    /// The size of the tree the proof leads to (it covers seqs 1…`treeSize`).
    public let treeSize: Int64
    /// The sibling hashes, from the leaf's level upwards.
    public let hashes: [SHA256Digest]

    /// A proof as received, to be checked with `verify(leafHash:root:)`.
    public init(leafIndex: Int64, treeSize: Int64, hashes: [SHA256Digest]) {
        self.leafIndex = leafIndex
        self.treeSize = treeSize
        self.hashes = hashes
    }

    /// The number of hashes in every inclusion proof of leaf `leafIndex` in a tree of
    /// `treeSize` (`0 <= leafIndex < treeSize`): the levels where the leaf has a sibling.
    public static func expectedLength(leafIndex: Int64, treeSize: Int64) -> Int {
        let inner = MerkleTreeMath.bitLength(leafIndex ^ (treeSize - 1))
        return inner + (leafIndex >> Int64(inner)).nonzeroBitCount
    }

    /// The root this proof leads to from `leafHash` (RFC 9162 §2.1.3.2 steps 1–4); throws when
    /// the index or size is impossible or the proof's length is not that of a proof for them.
    public func root(fromLeafHash leafHash: SHA256Digest) throws(MerkleError) -> SHA256Digest {
        guard treeSize >= 0 else { throw .negative(what: "tree size", value: treeSize) }
        guard leafIndex >= 0 else { throw .negative(what: "leaf index", value: leafIndex) }
        guard leafIndex < treeSize else { throw .leafIndexOutOfRange(leafIndex: leafIndex, treeSize: treeSize) }
        let expected = Self.expectedLength(leafIndex: leafIndex, treeSize: treeSize)
        guard hashes.count == expected else {
            throw .wrongProofLength(proof: "inclusion", expected: expected, actual: hashes.count)
        }
        var fn = leafIndex
        var sn = treeSize - 1
        var r = leafHash
        for p in hashes {
            // Unreachable once the length matched; kept so the loop never shifts past the root.
            guard sn != 0 else { throw .wrongProofLength(proof: "inclusion", expected: expected, actual: hashes.count) }
            if fn & 1 == 1 || fn == sn {
                r = MerkleHash.node(p, r)
                while fn & 1 == 0 && fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            } else {
                r = MerkleHash.node(r, p)
            }
            fn >>= 1
            sn >>= 1
        }
        guard sn == 0 else { throw .wrongProofLength(proof: "inclusion", expected: expected, actual: hashes.count) }
        return r
    }

    /// Checks that the leaf with `leafHash` is leaf `leafIndex` of the tree of `treeSize` whose
    /// root is `root` (RFC 9162 §2.1.3.2). The root must come from a checkpoint the reader trusts
    /// (signed): a proof against a root the log merely states proves nothing.
    public func verify(leafHash: SHA256Digest, root: SHA256Digest) throws(MerkleError) {
        let computed = try self.root(fromLeafHash: leafHash)
        guard computed == root else {
            throw .inclusionRootMismatch(leafIndex: leafIndex, treeSize: treeSize, computed: computed, expected: root)
        }
    }
}

/// An RFC 6962 consistency proof: the hashes that show the tree of `newSize` leaves extends the
/// tree of `oldSize` leaves (the later log holds the earlier one unchanged as its prefix).
///
/// Verification follows RFC 9162 §2.1.4.2, with the edge cases decided first: a later size
/// below the earlier is refused; equal sizes need the empty proof and equal roots (different
/// roots are a fork); a proof from the empty tree is refused, since it would prove nothing.
public struct MerkleConsistencyProof: Hashable, Sendable {
    /// The size of the earlier tree.
    public let oldSize: Int64
    /// The size of the later tree.
    public let newSize: Int64
    /// The proof's hashes, in RFC 6962 §2.1.2 order.
    public let hashes: [SHA256Digest]

    /// A proof as received, to be checked with `verify(oldRoot:newRoot:)`.
    public init(oldSize: Int64, newSize: Int64, hashes: [SHA256Digest]) {
        self.oldSize = oldSize
        self.newSize = newSize
        self.hashes = hashes
    }

    /// The number of hashes in every consistency proof from `oldSize` to `newSize`: 0 for equal
    /// sizes; throws for sizes no proof exists for (negative, decreasing, or from the empty tree).
    public static func expectedLength(oldSize: Int64, newSize: Int64) throws(MerkleError) -> Int {
        guard oldSize >= 0 else { throw .negative(what: "tree size", value: oldSize) }
        guard newSize >= 0 else { throw .negative(what: "tree size", value: newSize) }
        guard oldSize <= newSize else { throw .oldSizeExceedsNew(oldSize: oldSize, newSize: newSize) }
        if oldSize == newSize { return 0 }
        guard oldSize > 0 else { throw .consistencyFromEmptyTree(newSize: newSize) }
        // The inclusion path of the old tree's last leaf, less the levels where that leaf's
        // subtree is already complete in the old tree, plus the old subtree's own hash unless
        // the old tree is itself one complete subtree (then the old root stands in for it).
        let index = oldSize - 1
        var inner = MerkleTreeMath.bitLength(index ^ (newSize - 1))
        let border = (index >> Int64(inner)).nonzeroBitCount
        let shift = oldSize.trailingZeroBitCount
        inner -= shift
        return oldSize & (oldSize - 1) == 0 ? inner + border : 1 + inner + border
    }

    /// Checks that the tree of `newSize` with root `newRoot` extends the tree of `oldSize` with
    /// root `oldRoot` (RFC 9162 §2.1.4.2). Both roots must come from checkpoints the reader trusts.
    public func verify(oldRoot: SHA256Digest, newRoot: SHA256Digest) throws(MerkleError) {
        let expected = try Self.expectedLength(oldSize: oldSize, newSize: newSize)
        guard hashes.count == expected else {
            throw .wrongProofLength(proof: "consistency", expected: expected, actual: hashes.count)
        }
        if oldSize == newSize {
            guard oldRoot == newRoot else { throw .rootsDifferAtSameSize(size: oldSize, oldRoot: oldRoot, newRoot: newRoot) }
            return
        }
        // Step 2: when the old tree is one complete subtree, its root is the path's first hash.
        let path = oldSize & (oldSize - 1) == 0 ? [oldRoot] + hashes : hashes
        // Steps 3–4.
        var fn = oldSize - 1
        var sn = newSize - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        // Steps 5–6.
        var fr = path[0]
        var sr = path[0]
        for c in path.dropFirst() {
            guard sn != 0 else { throw .consistencyMismatch(oldSize: oldSize, newSize: newSize) }
            if fn & 1 == 1 || fn == sn {
                fr = MerkleHash.node(c, fr)
                sr = MerkleHash.node(c, sr)
                while fn & 1 == 0 && fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            } else {
                sr = MerkleHash.node(sr, c)
            }
            fn >>= 1
            sn >>= 1
        }
        // Step 7.
        guard fr == oldRoot, sr == newRoot, sn == 0 else {
            throw .consistencyMismatch(oldSize: oldSize, newSize: newSize)
        }
    }
}
