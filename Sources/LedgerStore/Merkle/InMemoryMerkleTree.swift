/// Every complete-subtree hash of a growing log, kept in memory: the reference
/// `MerkleSubtreeHashes`, until the writer keeps a cache on disk.
///
/// Appending a leaf hashes at most one node per level it completes (one on average), so a tree
/// of *n* leaves holds fewer than 2*n* hashes and costs fewer than *n* node hashes to build.
public struct InMemoryMerkleTree: MerkleSubtreeHashes, Sendable {
    /// `levels[L][K]`: the hash of the complete subtree at level `L`, index `K`.
    private var levels: [[SHA256Digest]] = [[]]

    /// The empty tree.
    public init() {}

    /// The tree of these leaf hashes, in order.
    public init(leafHashes: some Sequence<SHA256Digest>) {
        for hash in leafHashes { append(leafHash: hash) }
    }

    /// The tree whose leaf *i* is the event with chain hash `eventHashes[i]` (seq *i*+1).
    public init(eventHashes: some Sequence<SHA256Digest>) {
        for hash in eventHashes { append(eventHash: hash) }
    }

    /// The number of leaves appended.
    public var leafCount: Int64 { Int64(levels[0].count) }

    /// Appends a leaf whose leaf hash is already computed.
    public mutating func append(leafHash: SHA256Digest) {
        levels[0].append(leafHash)
        var level = 0
        while levels[level].count % 2 == 0 {
            let row = levels[level]
            let parent = MerkleHash.node(row[row.count - 2], row[row.count - 1])
            if levels.count == level + 1 { levels.append([]) }
            levels[level + 1].append(parent)
            level += 1
        }
    }

    /// Appends the event with chain hash `eventHash` as the next leaf (the next seq).
    public mutating func append(eventHash: SHA256Digest) {
        append(leafHash: MerkleHash.leaf(eventHash: eventHash))
    }

    /// The stored hash; throws `treeSizeUnavailable` when that subtree is not complete yet.
    public func completeSubtreeHash(level: Int, index: Int64) throws -> SHA256Digest {
        guard level >= 0, level < levels.count, index >= 0, index < Int64(levels[level].count) else {
            let wanted = level >= 0 && level < 63 && index >= 0 ? (index &+ 1) &<< Int64(level) : -1
            throw MerkleError.treeSizeUnavailable(size: wanted, available: leafCount)
        }
        return levels[level][Int(index)]
    }
}
