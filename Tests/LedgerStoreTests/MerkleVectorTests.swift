import Testing

@testable import LedgerStore

/// RFC 6962 roots and proofs against published test data.
///
/// Source: github.com/transparency-dev/merkle (Apache-2.0), the Go reference implementation
/// used by Certificate Transparency and the C2SP transparency logs:
/// - `rfc6962/rfc6962_test.go` `TestRFC6962Hasher`: the empty root, the empty leaf, leaf "L123456";
/// - `proof/verify_test.go`: `leaves` (the eight reference leaves), `roots` (sizes 1–8),
///   `inclusionProofs` and `consistencyProofs` (their `leaf` is 1-based: the index is `leaf - 1`);
/// - `proof/proof_test.go` `TestInclusion` and `TestConsistency`: which nodes make up every
///   proof of the size 7 and 8 trees and their smaller trees, written there as node ids and
///   here as the leaf ranges those nodes cover (node `id(level, index)` covers leaves
///   `index·2^level ..< (index+1)·2^level`; a "rehash" of two nodes covers both ranges).
@Suite struct MerkleVectorTests {
    static let leaves: [[UInt8]] = [
        "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f",
    ].map(MerkleReference.bytes(hex:))

    /// `roots[n - 1]` is the root of the tree of the first n reference leaves.
    static let roots: [SHA256Digest] = [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ].map(MerkleReference.digest)

    /// `(leaf, size, proof)` exactly as in `inclusionProofs` (leaf 1-based).
    static let inclusionProofs: [(leaf: Int64, size: Int64, proof: [String])] = [
        (1, 1, []),
        (1, 8, [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ]),
        (6, 8, [
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ]),
        (3, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
        (2, 5, [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ]),
    ]

    /// `(size1, size2, proof)` exactly as in `consistencyProofs`.
    static let consistencyProofs: [(old: Int64, new: Int64, proof: [String])] = [
        (1, 1, []),
        (1, 8, [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ]),
        (6, 8, [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ]),
        (2, 5, [
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ]),
        (6, 7, [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ]),
    ]

    /// `TestInclusion`'s node lists for trees up to size 7, as leaf ranges: `(size, index, ranges)`.
    static let inclusionShapes: [(size: Int64, index: Int64, ranges: [Range<Int>])] = [
        (1, 0, []),
        (2, 0, [1..<2]), (2, 1, [0..<1]), (3, 1, [0..<1, 2..<3]),
        (7, 0, [1..<2, 2..<4, 4..<7]), (7, 1, [0..<1, 2..<4, 4..<7]),
        (7, 2, [3..<4, 0..<2, 4..<7]), (7, 3, [2..<3, 0..<2, 4..<7]),
        (7, 4, [5..<6, 6..<7, 0..<4]), (7, 5, [4..<5, 6..<7, 0..<4]), (7, 6, [4..<6, 0..<4]),
        (4, 2, [3..<4, 0..<2]), (5, 3, [2..<3, 0..<2, 4..<5]),
        (6, 3, [2..<3, 0..<2, 4..<6]), (6, 4, [5..<6, 0..<4]),
    ]

    /// `TestConsistency`'s node lists for trees up to size 8, as leaf ranges: `(size1, size2, ranges)`.
    static let consistencyShapes: [(old: Int64, new: Int64, ranges: [Range<Int>])] = [
        (1, 2, [1..<2]), (1, 4, [1..<2, 2..<4]), (1, 6, [1..<2, 2..<4, 4..<6]),
        (2, 3, [2..<3]), (2, 8, [2..<4, 4..<8]),
        (3, 7, [2..<3, 3..<4, 0..<2, 4..<7]), (4, 7, [4..<7]),
        (5, 7, [4..<5, 5..<6, 6..<7, 0..<4]), (6, 7, [4..<6, 6..<7, 0..<4]),
        (7, 8, [6..<7, 7..<8, 4..<6, 0..<4]),
        (1, 1, []), (2, 2, []), (3, 3, []), (4, 4, []), (5, 5, []), (7, 7, []), (8, 8, []),
        (2, 4, [2..<4]), (3, 5, [2..<3, 3..<4, 0..<2, 4..<5]), (3, 6, [2..<3, 3..<4, 0..<2, 4..<6]),
        (4, 6, [4..<6]), (1, 7, [1..<2, 2..<4, 4..<7]),
    ]

    static func tree() -> InMemoryMerkleTree {
        InMemoryMerkleTree(leafHashes: leaves.map(MerkleHash.leaf(data:)))
    }

    @Test func theHashesMatchRFC6962HasherTestData() {
        #expect(MerkleHash.emptyRoot.hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(MerkleHash.leaf(data: []).hex == "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d")
        #expect(MerkleHash.leaf(data: Array("L123456".utf8)).hex == "395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56")
    }

    @Test func theEmptyTreeHasTheEmptyRoot() throws {
        #expect(try InMemoryMerkleTree().root(size: 0) == MerkleHash.emptyRoot)
        #expect(try Self.tree().root(size: 0) == MerkleHash.emptyRoot)
    }

    @Test(arguments: 1...8)
    func theRootOfEachSizeIsThePublishedRoot(size: Int) throws {
        let tree = Self.tree()
        #expect(try tree.root(size: Int64(size)) == Self.roots[size - 1])
        // A tree that has only ever seen `size` leaves agrees with the larger tree's view of it.
        let grown = InMemoryMerkleTree(leafHashes: Self.leaves.prefix(size).map(MerkleHash.leaf(data:)))
        #expect(try grown.root(size: Int64(size)) == Self.roots[size - 1])
    }

    @Test func thePublishedInclusionProofsAreGeneratedAndVerify() throws {
        let tree = Self.tree()
        for vector in Self.inclusionProofs {
            let index = vector.leaf - 1
            let published = vector.proof.map(MerkleReference.digest)
            let generated = try tree.inclusionProof(leafIndex: index, size: vector.size)
            #expect(generated.hashes == published, "inclusion of leaf \(index) in size \(vector.size)")
            let leafHash = MerkleHash.leaf(data: Self.leaves[Int(index)])
            let proof = MerkleInclusionProof(leafIndex: index, treeSize: vector.size, hashes: published)
            #expect(try proof.root(fromLeafHash: leafHash) == Self.roots[Int(vector.size) - 1])
            #expect(throws: Never.self) { try proof.verify(leafHash: leafHash, root: Self.roots[Int(vector.size) - 1]) }
        }
    }

    @Test func thePublishedConsistencyProofsAreGeneratedAndVerify() throws {
        let tree = Self.tree()
        for vector in Self.consistencyProofs {
            let published = vector.proof.map(MerkleReference.digest)
            let generated = try tree.consistencyProof(from: vector.old, to: vector.new)
            #expect(generated.hashes == published, "consistency \(vector.old) → \(vector.new)")
            let proof = MerkleConsistencyProof(oldSize: vector.old, newSize: vector.new, hashes: published)
            #expect(throws: Never.self) {
                try proof.verify(oldRoot: Self.roots[Int(vector.old) - 1], newRoot: Self.roots[Int(vector.new) - 1])
            }
        }
    }

    @Test func everyProofHasThePublishedShape() throws {
        let tree = Self.tree()
        func covering(_ ranges: [Range<Int>]) -> [SHA256Digest] { ranges.map { MerkleReference.mth(Self.leaves, $0) } }
        for shape in Self.inclusionShapes {
            #expect(try tree.inclusionProof(leafIndex: shape.index, size: shape.size).hashes == covering(shape.ranges),
                    "inclusion of leaf \(shape.index) in size \(shape.size)")
        }
        for shape in Self.consistencyShapes {
            #expect(try tree.consistencyProof(from: shape.old, to: shape.new).hashes == covering(shape.ranges),
                    "consistency \(shape.old) → \(shape.new)")
        }
    }

    /// Every inclusion and consistency proof up to size 8 (not only those published), generated,
    /// checked against the literal RFC 6962 recursion, and verified against the published roots.
    @Test func everyProofUpToSizeEightVerifiesAgainstThePublishedRoots() throws {
        let tree = Self.tree()
        for size in 1...8 {
            let root = Self.roots[size - 1]
            for index in 0..<size {
                let proof = try tree.inclusionProof(leafIndex: Int64(index), size: Int64(size))
                #expect(proof.hashes == MerkleReference.path(index, Self.leaves, 0..<size))
                #expect(proof.hashes.count == MerkleInclusionProof.expectedLength(leafIndex: Int64(index), treeSize: Int64(size)))
                #expect(throws: Never.self) { try proof.verify(leafHash: MerkleHash.leaf(data: Self.leaves[index]), root: root) }
            }
            for old in 1...size {
                let proof = try tree.consistencyProof(from: Int64(old), to: Int64(size))
                #expect(proof.hashes == MerkleReference.proof(old, size, Self.leaves))
                #expect(throws: Never.self) { try proof.verify(oldRoot: Self.roots[old - 1], newRoot: root) }
            }
        }
    }
}
