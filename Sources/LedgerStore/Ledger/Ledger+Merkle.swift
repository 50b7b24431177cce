/// The ledger's Merkle tree as it stood at one size: what `Ledger.merkleTree()` gives. Every root
/// and proof the `MerkleSubtreeHashes` extension builds from it costs O(log n) reads of the cache
/// in `index/tree/` (or of memory, for what this handle read since the cache was saved).
///
/// Its hashes come from a cache, so they are not checked one by one: prefer `Ledger.merkleRoot`,
/// `Ledger.inclusionProof` and `Ledger.consistencyProof`, which check each answer against `root`
/// before giving it. `root` itself is checked: the cache's last leaf is the log's event at
/// `leafCount`, and its right edge is the one its head file and level files hold.
public struct LedgerMerkleTree: MerkleSubtreeHashes {
    let cache: MerkleTreeCache
    /// The tree's size: it covers seqs 1…`leafCount` (the handle's head when it was taken).
    public let leafCount: Int64
    /// The root of the tree of `leafCount` leaves.
    public let root: SHA256Digest

    /// The stored hash of a complete subtree within `leafCount` leaves.
    public func completeSubtreeHash(level: Int, index: Int64) throws -> SHA256Digest {
        guard level >= 0, level <= 62, index >= 0, index < leafCount >> level else {
            throw MerkleError.treeSizeUnavailable(size: level >= 0 && level <= 62 ? (index &+ 1) &<< Int64(level) : -1, available: leafCount)
        }
        return try cache.completeSubtreeHash(level: level, index: index)
    }
}

// Keeps events/INVARIANTS.md rule 23: the Merkle tree is a cache of the log; every answer checked.
extension Ledger {
    /// The Merkle tree (RFC 6962) of the committed log as this handle has seen it: leaf i is the
    /// event with seq i + 1, and the tree covers seqs 1…`headSeq`.
    ///
    /// Read from the writer's cache in `index/tree/` when it agrees with the log (its head file
    /// checks, the event hash it records for its last leaf is the log's, its right edge is in its
    /// files), extended in memory from the log for the events after it; otherwise built from the
    /// log in memory. Never writes: a writer saves it after each batch it appends (and in
    /// `saveIndex`); a read-only handle never does.
    public func merkleTree() throws(LedgerError) -> LedgerMerkleTree {
        let cache = try merkleCacheAtHead()
        return LedgerMerkleTree(cache: cache, leafCount: cache.leafCount, root: cache.range.root)
    }

    /// The root of the tree of the first `size` events (seqs 1…`size`; the head when nil;
    /// `MerkleHash.emptyRoot` for 0), checked against the root at the head before it is given.
    public func merkleRoot(size: Int64? = nil) throws(LedgerError) -> SHA256Digest {
        let size = size ?? tail.seq
        try checkTreeSize(size)
        return try checkedAnswer { cache, headRoot in try Ledger.checkedRoot(cache, size: size, headRoot: headRoot) }
    }

    /// The inclusion proof of the event with `seq` in the tree of the first `treeSize` events (the
    /// head when nil), checked before it is given: it leads from that event's leaf hash, made from
    /// its hash as the log holds it, to the root of that tree.
    public func inclusionProof(seq: Int64, treeSize: Int64? = nil) throws(LedgerError) -> MerkleInclusionProof {
        let size = treeSize ?? tail.seq
        try checkTreeSize(size)
        guard seq >= 1 else { throw .merkle(.negative(what: "leaf index", value: seq - 1)) }
        guard seq <= size else { throw .merkle(.leafIndexOutOfRange(leafIndex: seq - 1, treeSize: size)) }
        let leaf = MerkleHash.leaf(eventHash: try event(seq: seq).hash)
        return try checkedAnswer { cache, headRoot in
            let root = try Ledger.checkedRoot(cache, size: size, headRoot: headRoot)
            let proof = try cache.inclusionProof(leafIndex: seq - 1, size: size)
            try proof.verify(leafHash: leaf, root: root)
            return proof
        }
    }

    /// The consistency proof that the tree of the first `newSize` events (the head when nil)
    /// extends the tree of the first `oldSize`, checked against both roots before it is given.
    /// A proof from size 0 is refused (`merkle-consistency-from-empty`): it would prove nothing.
    public func consistencyProof(from oldSize: Int64, to newSize: Int64? = nil) throws(LedgerError) -> MerkleConsistencyProof {
        let newSize = newSize ?? tail.seq
        try checkTreeSize(newSize)
        do { _ = try MerkleConsistencyProof.expectedLength(oldSize: oldSize, newSize: newSize) } catch { throw .merkle(error) }
        return try checkedAnswer { cache, headRoot in
            let oldRoot = try Ledger.checkedRoot(cache, size: oldSize, headRoot: headRoot)
            let newRoot = try Ledger.checkedRoot(cache, size: newSize, headRoot: headRoot)
            let proof = try cache.consistencyProof(from: oldSize, to: newSize)
            try proof.verify(oldRoot: oldRoot, newRoot: newRoot)
            return proof
        }
    }

    /// Checks the cached complete subtree at `level`, `index` against the log, for a reader that
    /// must not trust the cache: reads its 2^`level` events' hashes from the log, rebuilds the
    /// subtree, and compares every stored hash in it (all its levels). True when all agree. Costs
    /// 2^`level` event reads: level 8 is one C2SP tile's worth (256 events).
    public func merkleCacheAgrees(level: Int, index: Int64) throws(LedgerError) -> Bool {
        let cache = try merkleCacheAtHead()
        guard level >= 0, level <= 62, index >= 0, index < cache.leafCount >> level else {
            throw .merkle(.treeSizeUnavailable(size: level >= 0 && level <= 62 ? (index &+ 1) &<< Int64(level) : -1, available: cache.leafCount))
        }
        let first = index << Int64(level)
        var rebuilt = InMemoryMerkleTree()
        var cursor = try cursor(from: first + 1)
        defer { cursor.close() }
        while rebuilt.leafCount < Int64(1) << Int64(level), let event = try cursor.next() { rebuilt.append(eventHash: event.hash) }
        for l in 0...level {
            for k in 0..<(Int64(1) << Int64(level - l)) {
                guard let stored = try? cache.completeSubtreeHash(level: l, index: (first >> Int64(l)) + k),
                    let fresh = try? rebuilt.completeSubtreeHash(level: l, index: k), stored == fresh
                else { return false }
            }
        }
        return true
    }

    // MARK: - Keeping the cache

    /// Extends the tree with a batch just made durable (whose event hashes are `hashes`, after
    /// seq `previous`) and saves it as often as the index (`indexSaveInterval` events: the
    /// command line saves after every batch, a long-running writer every 4,096 events and in
    /// `saveIndex`). The caller holds the writer lock. Never fails the append: the cache is rebuilt
    /// from the log when anything goes wrong, and the events after what its files cover are
    /// folded in from the log when a handle next opens it.
    func extendMerkleTreeLocked(withBatch hashes: some Sequence<SHA256Digest>, after previous: Int64) {
        if let cache = merkleCache, cache.leafCount == previous {
            for hash in hashes { cache.append(eventHash: hash) }
        }
        guard let cache = try? merkleCacheAtHead() else {
            merkleCache = nil
            return
        }
        // Saving replaces head.bin (a new file and a rename) and writes to the level files: after
        // every single-event append that metadata work cost a durable append more than half its
        // speed (BENCHMARKS.md, issue 16).
        if cache.leafCount - cache.diskLeaves >= max(1, indexSaveInterval) { saveMerkleTreeLocked() }
    }

    /// Makes sure the tree covers the head before a batch is written, so that the batch's hashes
    /// extend it directly (nothing is read back). Reads only; the caller holds the writer lock.
    func prepareMerkleTreeLocked() {
        _ = try? merkleCacheAtHead()
    }

    /// Saves what the tree holds that its files do not; the caller holds the writer lock.
    func saveMerkleTreeLocked() {
        guard mode == .readWrite, let cache = merkleCache, cache.leafCount == tail.seq else { return }
        do throws(LedgerError) {
            try cache.save(indexDirectory: layout.indexDirectory)
        } catch {
            merkleCache = nil  // a save cut short: start again from the files, or the log
        }
    }

    /// The tree covering exactly the events this handle has seen: the one it holds, or the
    /// cache's when it agrees with the log, or a new one, extended from the log to the head.
    func merkleCacheAtHead() throws(LedgerError) -> MerkleTreeCache {
        if let cache = merkleCache, cache.leafCount <= tail.seq, try extend(cache) { return cache }
        if let cache = loadMerkleCache(), try extend(cache) {
            merkleCache = cache
            return cache
        }
        let cache = MerkleTreeCache(directory: merkleDirectory, writable: mode == .readWrite)
        guard try extend(cache) else {
            throw .damaged(at: LogPosition(segment: segments.last?.name ?? "-", line: 0, seq: 1), reason: "the log changed while it was being read")
        }
        merkleCache = cache
        return cache
    }

    /// `index/tree` of this ledger.
    var merkleDirectory: String { layout.indexDirectory + "/tree" }

    /// The cache in `index/tree/` when its head checks and the event hash it records for its last
    /// leaf is the log's event's at that seq; nil otherwise (missing, short, damaged, another history).
    private func loadMerkleCache() -> MerkleTreeCache? {
        guard tail.seq > 0, let cache = MerkleTreeCache.load(directory: merkleDirectory, writable: mode == .readWrite),
            cache.leafCount <= tail.seq
        else { return nil }
        // The writer keeps the tree at the head, so usually it covers exactly what this handle has
        // read, and the head's hash is known without reading the index.
        if cache.leafCount == tail.seq { return cache.lastEventHash == tail.hash ? cache : nil }
        guard let event = try? event(seq: cache.leafCount), event.hash == cache.lastEventHash else { return nil }
        return cache
    }

    /// Appends the events after the tree's last leaf up to the head, read from the log. False when
    /// the first of them does not link to the tree's last leaf (the tree is of another history).
    private func extend(_ cache: MerkleTreeCache) throws(LedgerError) -> Bool {
        guard cache.leafCount < tail.seq else { return cache.leafCount == tail.seq }
        var cursor = try cursor(from: cache.leafCount + 1)
        defer { cursor.close() }
        var first = true
        while let event = try cursor.next() {
            if first, event.previousHash != cache.lastEventHash { return false }
            first = false
            cache.append(eventHash: event.hash)
        }
        return cache.leafCount == tail.seq
    }

    /// Throws unless `0 <= size <= headSeq`.
    private func checkTreeSize(_ size: Int64) throws(LedgerError) {
        guard size >= 0 else { throw .merkle(.negative(what: "tree size", value: size)) }
        guard size <= tail.seq else { throw .merkle(.treeSizeUnavailable(size: size, available: tail.seq)) }
    }

    /// Runs `body` on the tree at the head and its root; if it fails (a hash the cache cannot
    /// read, or an answer that does not check against the root), the tree is built again from the
    /// log, in memory, and `body` run once more on it.
    private func checkedAnswer<T>(_ body: (MerkleTreeCache, SHA256Digest) throws -> T) throws(LedgerError) -> T {
        let cache = try merkleCacheAtHead()
        if let answer = try? body(cache, cache.range.root) { return answer }
        let rebuilt = MerkleTreeCache(directory: merkleDirectory, writable: mode == .readWrite)
        guard try extend(rebuilt) else {
            throw .damaged(at: LogPosition(segment: segments.last?.name ?? "-", line: 0, seq: 1), reason: "the log changed while it was being read")
        }
        merkleCache = rebuilt
        do {
            return try body(rebuilt, rebuilt.range.root)
        } catch let error as MerkleError {
            throw .merkle(error)
        } catch let error as LedgerError {
            throw error
        } catch {
            throw .damaged(at: LogPosition(segment: segments.last?.name ?? "-", line: 0, seq: tail.seq), reason: "the Merkle tree could not be built from the log (\(error))")
        }
    }

    /// The root at `size`, checked: at the head it is the tree's own; below, a consistency proof
    /// from `size` to the head must lead from it to the head's root.
    private static func checkedRoot(_ cache: MerkleTreeCache, size: Int64, headRoot: SHA256Digest) throws -> SHA256Digest {
        if size == cache.leafCount { return headRoot }
        if size == 0 { return MerkleHash.emptyRoot }
        let root = try cache.root(size: size)
        try cache.consistencyProof(from: size, to: cache.leafCount).verify(oldRoot: root, newRoot: headRoot)
        return root
    }
}
