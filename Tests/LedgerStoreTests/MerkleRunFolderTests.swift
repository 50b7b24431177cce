@testable import LedgerStore
import Testing

/// Verify hashes the tree's interior nodes on all cores: each worker folds the runs of consecutive
/// events in its piece into the complete subtrees that end inside them (`MerkleRunFolder`), and the
/// in-order fold takes those subtrees as they are (`MerkleCompactRange.append(leafHash:subtreeLevel:subtreeHash:)`).
/// The tree must be exactly the one folded leaf by leaf, wherever the runs start and end.
@Suite struct MerkleRunFolderTests {
    static func leaf(_ i: Int64) -> SHA256Digest { MerkleHash.leaf(eventHash: SHA256.hash(Array("event \(i)".utf8))) }

    @Test(arguments: [[200], [1, 199], [3, 5, 64, 1, 127], [7, 7, 7, 7, 100, 72], [2, 2, 2, 2, 2, 190], [63, 65, 1, 1, 70]])
    func foldingRunsOfSubtreesGivesTheTreeFoldedLeafByLeaf(runs: [Int]) {
        var plain = MerkleCompactRange()
        var fast = MerkleCompactRange()
        var index: Int64 = 0
        var levels = Set<Int>()
        for run in runs {
            var folder = MerkleRunFolder()
            for _ in 0..<run {
                let leaf = Self.leaf(index)
                let subtree = folder.add(index: index, leafHash: leaf)
                levels.insert(subtree.level)
                plain.append(leafHash: leaf)
                fast.append(leafHash: leaf, subtreeLevel: subtree.level, subtreeHash: subtree.hash)
                #expect(fast == plain, "after leaf \(index) of runs \(runs)")
                index += 1
            }
        }
        #expect(fast.root == plain.root)
        #expect(levels.contains { $0 >= 2 }, "the runs made subtrees above the first level")
    }

    @Test func aLeafThatDoesNotFollowTheLastStartsANewRun() {
        var folder = MerkleRunFolder()
        _ = folder.add(index: 4, leafHash: Self.leaf(4))
        // Leaf 7 completes the subtree of leaves 4…7 only when 5 and 6 came in the same run.
        #expect(folder.add(index: 7, leafHash: Self.leaf(7)).level == 0)
        var whole = MerkleRunFolder()
        for i: Int64 in 4...6 { _ = whole.add(index: i, leafHash: Self.leaf(i)) }
        let four = whole.add(index: 7, leafHash: Self.leaf(7))
        #expect(four.level == 2)
        #expect(four.hash == MerkleHash.node(MerkleHash.node(Self.leaf(4), Self.leaf(5)), MerkleHash.node(Self.leaf(6), Self.leaf(7))))
    }
}
