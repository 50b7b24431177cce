#if canImport(Glibc)
import Glibc
#endif

/// The Merkle tree over the log kept by the writer in `index/tree/`, so that a root at any size, an
/// inclusion proof and a consistency proof cost O(log n) reads. A cache like the rest of `index/`:
/// rebuilt from the log whenever it is missing, short, damaged or of another history, and never
/// part of the format.
///
/// Modelled on C2SP tlog-tiles (https://c2sp.org/tlog-tiles): complete-subtree hashes, 32 bytes
/// each, in append-only files that are only ever extended, never rewritten. Unlike tiles, every
/// level has its own file (`level-LL.bin`, LL the level in two decimal digits; record K is the
/// complete subtree at that level, index K), so any stored hash is one read, with no rehashing:
/// about 64 bytes per event in all.
///
/// `head.bin`, replaced atomically after each extension and closed by a SHA-256 of its own bytes,
/// says what the files cover (little-endian):
///
/// | at | bytes | what |
/// |---|---|---|
/// | 0 | 8 | `CLTREE01` |
/// | 8 | 8 | N, the leaves covered (seqs 1…N) |
/// | 16 | 32 | the `hash` of the event with seq N |
/// | 48 | 32 | the root of the tree of size N |
/// | 80 | 32·b | the right edge: the complete subtrees of N's b set bits, largest first |
/// | 80 + 32·b | 32 | SHA-256 of the bytes before |
///
/// It is used only when its bytes check, its event hash is the log's at seq N, its root is its
/// right edge hashed together, and each right-edge hash is in its file where it belongs; hashes
/// past the head are ignored (a save cut short). A hash of 32 zero bytes is damage (a lost write
/// reads as zeros). Every answer `Ledger` gives from it is checked against the root at N before
/// it is given (`Ledger+Merkle.swift`), so a damaged interior hash is found and the tree rebuilt.
final class MerkleTreeCache: MerkleSubtreeHashes {
    static let headMagic: [UInt8] = Array("CLTREE01".utf8)

    /// `index/tree` of the ledger.
    let directory: String
    /// Whether this handle may write the files (a writer's); a reader's only reads them.
    let writable: Bool
    /// The right edge of everything appended, on disk or not.
    private(set) var range: MerkleCompactRange
    /// The event hash of the last leaf appended.
    private(set) var lastEventHash: SHA256Digest
    /// Leaves whose subtrees are all in the files (as `head.bin` says).
    private(set) var diskLeaves: Int64
    /// Complete subtrees not in the files yet, by level: `pending[L][j]` is index `(diskLeaves >> L) + j`.
    private var pending: [[SHA256Digest]] = []
    /// Open level files.
    private var files: [Int: SystemFile] = [:]

    /// The number of leaves appended.
    var leafCount: Int64 { range.size }
    /// Whether some appended subtrees are not in the files yet.
    var hasPending: Bool { diskLeaves < range.size }

    /// An empty tree: nothing on disk is used (what is there is overwritten by the next save).
    init(directory: String, writable: Bool) {
        self.directory = directory
        self.writable = writable
        self.range = MerkleCompactRange()
        self.lastEventHash = EventLine.genesis
        self.diskLeaves = 0
    }

    /// The tree the files hold, as `head` says.
    private init(directory: String, writable: Bool, head: Head) {
        self.directory = directory
        self.writable = writable
        self.range = head.range
        self.lastEventHash = head.lastEventHash
        self.diskLeaves = head.range.size
    }

    /// What `head.bin` says.
    struct Head: Equatable {
        var range: MerkleCompactRange
        var lastEventHash: SHA256Digest
    }

    static func headPath(_ directory: String) -> String { directory + "/head.bin" }
    static func levelPath(_ directory: String, level: Int) -> String {
        directory + "/level-" + (level < 10 ? "0" : "") + String(level) + ".bin"
    }

    // MARK: - Reading

    /// The files' tree when `head.bin` is whole and self-consistent and each right-edge hash is in
    /// its file; nil otherwise. The caller checks the event hash against the log.
    static func load(directory: String, writable: Bool) -> MerkleTreeCache? {
        // Keeps events/INVARIANTS.md rule 22: a cache reached through a link is no cache.
        let parent = String(directory[..<(directory.lastIndex(of: "/") ?? directory.endIndex)])
        guard FileSystem.isRealDirectory(parent), FileSystem.isRealDirectory(directory), let head = loadHead(directory) else { return nil }
        let cache = MerkleTreeCache(directory: directory, writable: writable, head: head)
        for (position, hash) in zip(head.range.positions, head.range.hashes) {
            guard (try? cache.completeSubtreeHash(level: position.level, index: position.index)) == hash else { return nil }
        }
        return cache
    }

    /// `head.bin` if its bytes check and its root is its right edge's.
    static func loadHead(_ directory: String) -> Head? {
        guard let file = try? SystemFile.open(headPath(directory), O_RDONLY), let size = try? file.size(),
            size >= 80 + 32, size <= 80 + 63 * 32 + 32, (size - 80) % 32 == 0,
            let bytes = try? file.read(count: Int(size), at: 0), bytes.count == Int(size)
        else { return nil }
        let body = bytes[0..<(bytes.count - 32)]
        guard SHA256.hash(Array(body)).bytes.elementsEqual(bytes[(bytes.count - 32)...]), body.starts(with: headMagic) else { return nil }
        var n: UInt64 = 0
        for k in 0..<8 { n |= UInt64(bytes[8 + k]) << (8 * UInt64(k)) }
        let leaves = Int64(truncatingIfNeeded: n)
        let edgeCount = (bytes.count - 32 - 80) / 32
        guard leaves >= 1, leaves.nonzeroBitCount == edgeCount,
            let eventHash = SHA256Digest(bytes: bytes[16..<48]), let root = SHA256Digest(bytes: bytes[48..<80])
        else { return nil }
        var edge: [SHA256Digest] = []
        for k in 0..<edgeCount {
            guard let hash = SHA256Digest(bytes: bytes[(80 + 32 * k)..<(112 + 32 * k)]) else { return nil }
            edge.append(hash)
        }
        guard let range = MerkleCompactRange(size: leaves, hashes: edge), range.root == root else { return nil }
        return Head(range: range, lastEventHash: eventHash)
    }

    /// The hash of the complete subtree at `level`, `index`: from its file when the files hold it,
    /// from memory when it was appended since. Throws `MerkleCacheDamage` for a record that is
    /// missing or all zeros, `LedgerError` when a file cannot be read.
    func completeSubtreeHash(level: Int, index: Int64) throws -> SHA256Digest {
        let onDisk = diskLeaves >> level
        if index >= onDisk {
            let j = Int(index - onDisk)
            guard level < pending.count, j < pending[level].count else {
                throw MerkleError.treeSizeUnavailable(size: (index + 1) << Int64(level), available: leafCount)
            }
            return pending[level][j]
        }
        let file = try self.file(level: level)
        let bytes = try file.read(count: 32, at: index * 32)
        guard bytes.count == 32, let hash = SHA256Digest(bytes: bytes), hash != .zero else {
            throw MerkleCacheDamage(path: MerkleTreeCache.levelPath(directory, level: level), level: level, index: index)
        }
        return hash
    }

    /// The open file of `level`; created only when `create` (saving).
    private func file(level: Int, create: Bool = false) throws(LedgerError) -> SystemFile {
        if let file = files[level] { return file }
        let file = try SystemFile.open(MerkleTreeCache.levelPath(directory, level: level), writable ? O_RDWR : O_RDONLY, create: create && writable)
        files[level] = file
        return file
    }

    // MARK: - Growing

    /// Appends the event with chain hash `eventHash` as the next leaf (in memory until `save`).
    func append(eventHash: SHA256Digest) {
        range.append(leafHash: MerkleHash.leaf(eventHash: eventHash)) { level, index, hash in
            while pending.count <= level { pending.append([]) }
            pending[level].append(hash)
        }
        lastEventHash = eventHash
    }

    /// Writes the subtrees appended since the last save to the level files, then replaces
    /// `head.bin`. A writer's only; the caller holds the writer lock. Not synced: it is a cache, and
    /// one whose files lost a write is found out (a zero or short record, a right edge not in its
    /// file, a proof that does not reach the root) and rebuilt.
    func save(indexDirectory: String) throws(LedgerError) {
        guard writable, hasPending else { return }
        // Keeps events/INVARIANTS.md rule 22: never written through a link (index/ or index/tree/).
        try FileSystem.makeDirectory(indexDirectory, allowExisting: true, inLedger: true)
        try FileSystem.makeDirectory(directory, allowExisting: true, inLedger: true)
        for (level, hashes) in pending.enumerated() where !hashes.isEmpty {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(hashes.count * 32)
            for hash in hashes { bytes += hash.bytes }
            try file(level: level, create: true).writeAll(bytes, at: (diskLeaves >> level) * 32)
        }
        try FileSystem.replace(MerkleTreeCache.headPath(directory), with: encodeHead())
        diskLeaves = range.size
        pending = []
    }

    /// The bytes of `head.bin` for the tree as it is now.
    func encodeHead() -> [UInt8] {
        var out = MerkleTreeCache.headMagic
        withUnsafeBytes(of: UInt64(range.size).littleEndian) { out += $0 }
        out += lastEventHash.bytes
        out += range.root.bytes
        for hash in range.hashes { out += hash.bytes }
        out += SHA256.hash(out).bytes
        return out
    }
}

/// A stored hash of the Merkle tree cache that cannot be right: missing, or 32 zero bytes.
struct MerkleCacheDamage: Error, Equatable {
    var path: String
    var level: Int
    var index: Int64
}
