import Testing

@testable import LedgerStore

/// The known ways a Merkle proof verifier goes wrong, each as a test, and the tree's other
/// promises: larger trees agree with the literal RFC 6962 recursion, a leaf is bound to its
/// event, and roots and proofs read O(log n) stored hashes.
@Suite struct MerklePitfallTests {
    /// 16 leaves of distinct data: two more levels than the published vectors.
    static let leaves: [[UInt8]] = (0..<16).map { [UInt8($0), 0xCA, 0x5E] }
    static let tree = InMemoryMerkleTree(leafHashes: leaves.map(MerkleHash.leaf(data:)))
    static func root(_ size: Int) -> SHA256Digest { MerkleReference.mth(leaves, 0..<size) }

    // MARK: consistency from the empty tree

    @Test func anEmptyConsistencyProofFromSizeZeroIsRefused() {
        let proof = MerkleConsistencyProof(oldSize: 0, newSize: 5, hashes: [])
        #expect(throws: MerkleError.consistencyFromEmptyTree(newSize: 5)) {
            try proof.verify(oldRoot: MerkleHash.emptyRoot, newRoot: Self.root(5))
        }
        let padded = MerkleConsistencyProof(oldSize: 0, newSize: 5, hashes: [Self.root(5)])
        #expect(throws: MerkleError.consistencyFromEmptyTree(newSize: 5)) {
            try padded.verify(oldRoot: MerkleHash.emptyRoot, newRoot: Self.root(5))
        }
        #expect(throws: MerkleError.consistencyFromEmptyTree(newSize: 5)) {
            try Self.tree.consistencyProof(from: 0, to: 5)
        }
    }

    // MARK: proofs checked for sizes they were not made for

    /// Every inclusion proof in trees up to size 8, checked as if for every other leaf index
    /// and tree size up to 16 (with that tree's true root and leaf): it passes only where it is
    /// exactly the true proof for those too.
    @Test func anInclusionProofFailsForEveryIndexAndSizeItWasNotMadeFor() throws {
        for size in 1...8 {
            for index in 0..<size {
                let made = try Self.tree.inclusionProof(leafIndex: Int64(index), size: Int64(size))
                for otherSize in 1...16 {
                    for otherIndex in 0..<otherSize where (otherIndex, otherSize) != (index, size) {
                        let moved = MerkleInclusionProof(leafIndex: Int64(otherIndex), treeSize: Int64(otherSize), hashes: made.hashes)
                        let genuine = MerkleReference.path(otherIndex, Self.leaves, 0..<otherSize) == made.hashes
                        let leafHash = MerkleHash.leaf(data: Self.leaves[otherIndex])
                        let passes = (try? moved.verify(leafHash: leafHash, root: Self.root(otherSize))) != nil
                        #expect(passes == genuine, "proof for \(index)/\(size) checked as \(otherIndex)/\(otherSize)")
                    }
                }
            }
        }
    }

    /// Every consistency proof between trees up to size 8, checked as if between every other
    /// pair of sizes up to 16 (with those trees' true roots).
    @Test func aConsistencyProofFailsForEverySizePairItWasNotMadeFor() throws {
        for new in 2...8 {
            for old in 1..<new {
                let made = try Self.tree.consistencyProof(from: Int64(old), to: Int64(new))
                for otherNew in 1...16 {
                    for otherOld in 1...otherNew where (otherOld, otherNew) != (old, new) {
                        let moved = MerkleConsistencyProof(oldSize: Int64(otherOld), newSize: Int64(otherNew), hashes: made.hashes)
                        let genuine = MerkleReference.proof(otherOld, otherNew, Self.leaves) == made.hashes
                        let passes = (try? moved.verify(oldRoot: Self.root(otherOld), newRoot: Self.root(otherNew))) != nil
                        #expect(passes == genuine, "proof for \(old)→\(new) checked as \(otherOld)→\(otherNew)")
                    }
                }
            }
        }
    }

    // MARK: leaf index at or past the size

    @Test func aLeafIndexAtOrPastTheSizeIsRefused() throws {
        let proof = try Self.tree.inclusionProof(leafIndex: 6, size: 7)
        let leafHash = MerkleHash.leaf(data: Self.leaves[6])
        for (index, size) in [(Int64(7), Int64(7)), (8, 7), (0, 0)] {
            let moved = MerkleInclusionProof(leafIndex: index, treeSize: size, hashes: proof.hashes)
            #expect(throws: MerkleError.leafIndexOutOfRange(leafIndex: index, treeSize: size)) {
                try moved.verify(leafHash: leafHash, root: Self.root(7))
            }
        }
        #expect(throws: MerkleError.leafIndexOutOfRange(leafIndex: 7, treeSize: 7)) {
            try Self.tree.inclusionProof(leafIndex: 7, size: 7)
        }
        #expect(throws: MerkleError.negative(what: "leaf index", value: -1)) {
            try MerkleInclusionProof(leafIndex: -1, treeSize: 7, hashes: proof.hashes).verify(leafHash: leafHash, root: Self.root(7))
        }
    }

    // MARK: proofs of the wrong length

    @Test func anInclusionProofOfTheWrongLengthIsRefused() throws {
        let proof = try Self.tree.inclusionProof(leafIndex: 5, size: 13)
        let leafHash = MerkleHash.leaf(data: Self.leaves[5])
        let expected = proof.hashes.count
        for hashes in [Array(proof.hashes.dropLast()), proof.hashes + [Self.root(13)], [Self.root(13)] + proof.hashes, []] {
            let bad = MerkleInclusionProof(leafIndex: 5, treeSize: 13, hashes: hashes)
            #expect(throws: MerkleError.wrongProofLength(proof: "inclusion", expected: expected, actual: hashes.count)) {
                try bad.verify(leafHash: leafHash, root: Self.root(13))
            }
        }
    }

    @Test func aConsistencyProofOfTheWrongLengthIsRefused() throws {
        let proof = try Self.tree.consistencyProof(from: 5, to: 13)
        let expected = proof.hashes.count
        for hashes in [Array(proof.hashes.dropLast()), proof.hashes + [Self.root(5)], [Self.root(13)] + proof.hashes, []] {
            let bad = MerkleConsistencyProof(oldSize: 5, newSize: 13, hashes: hashes)
            #expect(throws: MerkleError.wrongProofLength(proof: "consistency", expected: expected, actual: hashes.count)) {
                try bad.verify(oldRoot: Self.root(5), newRoot: Self.root(13))
            }
        }
    }

    // MARK: sizes that go backwards or stand still

    @Test func anOldSizeAboveTheNewSizeIsRefused() throws {
        let proof = MerkleConsistencyProof(oldSize: 9, newSize: 8, hashes: try Self.tree.consistencyProof(from: 8, to: 9).hashes)
        #expect(throws: MerkleError.oldSizeExceedsNew(oldSize: 9, newSize: 8)) {
            try proof.verify(oldRoot: Self.root(9), newRoot: Self.root(8))
        }
        #expect(throws: MerkleError.oldSizeExceedsNew(oldSize: 9, newSize: 8)) {
            try Self.tree.consistencyProof(from: 9, to: 8)
        }
    }

    @Test func equalSizesNeedAnEmptyProofAndTheSameRoot() throws {
        #expect(try Self.tree.consistencyProof(from: 6, to: 6).hashes.isEmpty)
        #expect(throws: Never.self) {
            try MerkleConsistencyProof(oldSize: 6, newSize: 6, hashes: []).verify(oldRoot: Self.root(6), newRoot: Self.root(6))
        }
        let padded = MerkleConsistencyProof(oldSize: 6, newSize: 6, hashes: [Self.root(6)])
        #expect(throws: MerkleError.wrongProofLength(proof: "consistency", expected: 0, actual: 1)) {
            try padded.verify(oldRoot: Self.root(6), newRoot: Self.root(6))
        }
        let forked = MerkleConsistencyProof(oldSize: 6, newSize: 6, hashes: [])
        #expect(throws: MerkleError.rootsDifferAtSameSize(size: 6, oldRoot: Self.root(6), newRoot: Self.root(7))) {
            try forked.verify(oldRoot: Self.root(6), newRoot: Self.root(7))
        }
    }

    // MARK: tampering

    @Test func aFlippedBitSwappedRootsOrAnotherLeafFail() throws {
        let inclusion = try Self.tree.inclusionProof(leafIndex: 9, size: 14)
        let leafHash = MerkleHash.leaf(data: Self.leaves[9])
        #expect(throws: Never.self) { try inclusion.verify(leafHash: leafHash, root: Self.root(14)) }
        #expect(throws: MerkleError.self) { try inclusion.verify(leafHash: MerkleHash.leaf(data: Self.leaves[8]), root: Self.root(14)) }
        #expect(throws: MerkleError.self) { try inclusion.verify(leafHash: leafHash, root: MerkleHash.emptyRoot) }
        let consistency = try Self.tree.consistencyProof(from: 6, to: 14)
        #expect(throws: Never.self) { try consistency.verify(oldRoot: Self.root(6), newRoot: Self.root(14)) }
        #expect(throws: MerkleError.consistencyMismatch(oldSize: 6, newSize: 14)) {
            try consistency.verify(oldRoot: Self.root(14), newRoot: Self.root(6))
        }
        for position in 0..<inclusion.hashes.count {
            let bad = MerkleInclusionProof(leafIndex: 9, treeSize: 14, hashes: Self.flipping(inclusion.hashes, at: position, mask: 8))
            #expect(throws: MerkleError.self) { try bad.verify(leafHash: leafHash, root: Self.root(14)) }
        }
        for position in 0..<consistency.hashes.count {
            let bad = MerkleConsistencyProof(oldSize: 6, newSize: 14, hashes: Self.flipping(consistency.hashes, at: position, mask: 16))
            #expect(throws: MerkleError.consistencyMismatch(oldSize: 6, newSize: 14)) {
                try bad.verify(oldRoot: Self.root(6), newRoot: Self.root(14))
            }
        }
    }

    /// `hashes` with the bits of `mask` flipped in the first byte of the one at `position`.
    static func flipping(_ hashes: [SHA256Digest], at position: Int, mask: UInt8) -> [SHA256Digest] {
        var hashes = hashes
        var bytes = hashes[position].bytes
        bytes[0] ^= mask
        hashes[position] = SHA256Digest(bytes: bytes)!
        return hashes
    }

    @Test func aHistoryRewrittenInTheMiddleFailsConsistencyWithTheEarlierRoot() throws {
        // The earlier checkpoint covered seqs 1…6; the rewritten log changed seq 4 and grew to 10.
        var rewrittenLeaves = Self.leaves
        rewrittenLeaves[3] = [0xBA, 0xD0]
        let rewritten = InMemoryMerkleTree(leafHashes: rewrittenLeaves.prefix(10).map(MerkleHash.leaf(data:)))
        let proof = try rewritten.consistencyProof(from: 6, to: 10)
        #expect(throws: MerkleError.consistencyMismatch(oldSize: 6, newSize: 10)) {
            try proof.verify(oldRoot: Self.root(6), newRoot: try rewritten.root(size: 10))
        }
    }

    // MARK: the leaf is the event

    @Test func aLeafIsBoundToItsEventsHash() throws {
        let eventHash = SHA256.hash("an event line")
        #expect(MerkleHash.leaf(eventHash: eventHash) == SHA256.hash([0x00] + eventHash.bytes))
        #expect(MerkleHash.leaf(eventHash: eventHash) == MerkleHash.leaf(data: eventHash.bytes))
        // Not the node hash of anything, nor the event hash itself.
        #expect(MerkleHash.leaf(eventHash: eventHash) != eventHash)
        let other = SHA256.hash("another event line")
        #expect(MerkleHash.node(eventHash, other) == MerkleReference.nodeHash(eventHash, other))
        #expect(MerkleHash.node(eventHash, other) != MerkleHash.node(other, eventHash))
        var tree = InMemoryMerkleTree()
        tree.append(eventHash: eventHash)
        tree.append(eventHash: other)
        #expect(try tree.leafHash(at: 0) == MerkleHash.leaf(eventHash: eventHash))
        #expect(try tree.root(size: 2) == MerkleHash.node(MerkleHash.leaf(eventHash: eventHash), MerkleHash.leaf(eventHash: other)))
        #expect(InMemoryMerkleTree(eventHashes: [eventHash, other]).leafCount == 2)
    }

    // MARK: larger trees, sizes the source cannot build

    @Test func everyRootAndProofUpToSizeSeventyAgreesWithTheRFCRecursion() throws {
        let leaves: [[UInt8]] = (0..<70).map { [UInt8($0), UInt8($0 / 7)] }
        var tree = InMemoryMerkleTree()
        for size in 1...70 {
            tree.append(leafHash: MerkleHash.leaf(data: leaves[size - 1]))
            let root = MerkleReference.mth(leaves, 0..<size)
            #expect(try tree.root(size: Int64(size)) == root)
            for index in 0..<size {
                let proof = try tree.inclusionProof(leafIndex: Int64(index), size: Int64(size))
                #expect(proof.hashes.count == MerkleInclusionProof.expectedLength(leafIndex: Int64(index), treeSize: Int64(size)))
                #expect(try proof.root(fromLeafHash: MerkleHash.leaf(data: leaves[index])) == root)
            }
            for old in 1...size {
                let proof = try tree.consistencyProof(from: Int64(old), to: Int64(size))
                #expect(proof.hashes.count == (try MerkleConsistencyProof.expectedLength(oldSize: Int64(old), newSize: Int64(size))))
                #expect(throws: Never.self) { try proof.verify(oldRoot: MerkleReference.mth(leaves, 0..<old), newRoot: root) }
            }
        }
        #expect(try tree.inclusionProof(leafIndex: 37, size: 70).hashes == MerkleReference.path(37, leaves, 0..<70))
        #expect(try tree.consistencyProof(from: 37, to: 70).hashes == MerkleReference.proof(37, 70, leaves))
    }

    @Test func aSizeBeyondTheKnownLeavesIsRefused() {
        #expect(throws: MerkleError.treeSizeUnavailable(size: 17, available: 16)) { try Self.tree.root(size: 17) }
        #expect(throws: MerkleError.treeSizeUnavailable(size: 17, available: 16)) { try Self.tree.inclusionProof(leafIndex: 0, size: 17) }
        #expect(throws: MerkleError.treeSizeUnavailable(size: 17, available: 16)) { try Self.tree.consistencyProof(from: 3, to: 17) }
        #expect(throws: MerkleError.negative(what: "tree size", value: -1)) { try Self.tree.root(size: -1) }
        #expect(throws: MerkleError.leafIndexOutOfRange(leafIndex: 16, treeSize: 16)) { try Self.tree.leafHash(at: 16) }
    }

    // MARK: cost

    /// A source as large as a trillion events that counts its reads: the hashes it returns are
    /// made up, but which and how many are read is what a stored cache would be asked for.
    final class CountingSource: MerkleSubtreeHashes {
        let leafCount: Int64 = 1 << 40 - 3
        var reads = 0
        func completeSubtreeHash(level: Int, index: Int64) throws -> SHA256Digest {
            #expect(level >= 0 && level <= 62 && index >= 0)
            #expect((index + 1) << Int64(level) <= leafCount, "read past the known leaves")
            reads += 1
            return SHA256.hash("\(level)/\(index)")
        }
    }

    @Test func rootsAndProofsReadLogarithmicallyManyStoredHashes() throws {
        let source = CountingSource()
        let size = source.leafCount
        _ = try source.root(size: size)
        #expect(source.reads <= 40)
        source.reads = 0
        let inclusion = try source.inclusionProof(leafIndex: 123_456_789, size: size)
        #expect(inclusion.hashes.count <= 40)
        #expect(source.reads <= 2 * 40)
        source.reads = 0
        let consistency = try source.consistencyProof(from: 987_654_321, to: size)
        #expect(consistency.hashes.count <= 2 * 40)
        #expect(source.reads <= 3 * 40)
    }

    @Test func errorsNameTheSeqAndSayWhatToDo() {
        let error = MerkleError.leafIndexOutOfRange(leafIndex: 7, treeSize: 7)
        #expect(error.code == "merkle-leaf-out-of-range")
        #expect(error.message == "seq 8 is not in the tree of 7 events (it covers seqs 1…7): ask for a proof against a later checkpoint")
        #expect(MerkleError.rootsDifferAtSameSize(size: 3, oldRoot: .zero, newRoot: .zero).code == "merkle-fork")
    }
}
