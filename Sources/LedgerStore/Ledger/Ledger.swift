import LedgerJSON

#if canImport(Glibc)
import Glibc
#endif

// Keeps events/INVARIANTS.md rule 5: append-only: no API writes anywhere but the end of the log.
/// A handle on a ledger directory: an append-only, hash-chained log of events in segment files.
///
/// Guarantees (events/FORMAT.md says how): every append is all-or-nothing and durable before it
/// returns; one writer at a time across processes; readers never block and never see half a
/// batch; seqs are gapless from 1; damage is reported with its position and never repaired; a
/// torn tail left by a crash is set aside and cut off by the next append that writes; opening and
/// a refused append change nothing on disk. A handle is not thread-safe: use one per thread.
public final class Ledger {
    /// How a handle may use the ledger.
    public enum Mode: Sendable {
        /// Read only: never writes a byte, not even the index cache.
        case readOnly
        /// Read and append.
        case readWrite
    }

    /// The ledger directory.
    public let path: String
    /// Whether this handle may append.
    public let mode: Mode
    /// A new segment is started before a batch would take the current one past this size.
    public var segmentMaxBytes: Int64 = 16 << 20
    /// The ledger's format version, from its manifest: 1, or 2 (salted per-part commitments and
    /// erasure; events/FORMAT.md, "Format version 2").
    public internal(set) var formatVersion: Int = LedgerLayout.currentVersion
    /// Where a version 2 writer's salts come from: the operating system's secure generator. Only
    /// the demo ledger sets `.unsafeDeterministicSalts(seed:)`, to be the same on every run.
    public var saltSource: SaltSource = .system

    let layout: LedgerLayout
    /// The index of events 1...tail.seq, or nil until something needs it (`loadIndex`): opening
    /// and reading in order need only the tail and the segments.
    var index: StreamIndex? = nil
    var segments: [SegmentFile] = []
    var tail = Tail()
    var savedIndexCount: Int64 = 0
    /// The saved index cache this handle adopted at open (checked against the log) and the tail
    /// just after the last event it covers; its records are read only when the index is needed.
    var cacheAtOpen: (head: IndexCache.Head, tail: Tail)? = nil
    /// What the index files hold as this handle last loaded or saved them (so the next save
    /// appends only what is new), or nil when unknown.
    var savedCache: IndexCache.Head? = nil
    /// The latest event this writer knows was committed (from the index cache's head), and whether
    /// that head has been read: a writer never cuts the log back before it (INVARIANTS.md rule 21).
    var committedKnown: (seq: Int64, source: String)? = nil
    var committedKnowledgeRead = false
    /// A writer saves the index cache once this many events have been appended since its last save.
    /// The command line saves after every batch (1), so the cache's head names the last committed
    /// event and a writer can tell a lost committed event from a torn tail (FORMAT.md).
    public var indexSaveInterval: Int64 = 4096
    var openFiles: [UInt32: SystemFile] = [:]
    /// The segments in `openFiles`, the least recently opened first.
    var openOrder: [UInt32] = []
    var appendFile: (ordinal: UInt32, file: SystemFile)?
    var lockFile: SystemFile?
    /// The most events a batch may have to be checked only under the writer lock
    /// (`checksOnlyUnderLock`, INVARIANTS.md rule 59); tests set 0 to check every batch before
    /// the lock as well.
    var checkedOnceUnderLock = 16
    /// Whether a one-event batch is built in place (INVARIANTS.md rule 61: its version 2 parts from
    /// the payload's members as it is encoded, its line straight into the buffer written); tests set
    /// false to build it as any batch is, to prove the bytes the same.
    var buildsOneEventInPlace = true
    /// The ledger directory, open for `segmentExists`; nil until first needed.
    var directory: SystemFile?
    /// True when whoever opened this handle holds the ledger's writer lock for as long as the
    /// handle is used (a mirror run carrying an erasure into the mirror it has locked): the
    /// handle then neither takes nor releases it.
    var lockHeldByCaller = false
    /// Payload keys already made into Strings by this handle's reads.
    let keyCache = JSONKeyCache()
    /// Scratch for reading one line through the index.
    var readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 16)
    /// The buffers of `forEachEvent(inStreams:)`, while no call is using them.
    var groupBuffers: GroupReadBuffers? = GroupReadBuffers()
    /// The Merkle tree over the log (`Ledger+Merkle.swift`): nil until something needs it.
    var merkleCache: MerkleTreeCache? = nil

    /// Tests only: called at each step of an erasure's segment rewrite; throwing stops the
    /// erasure there, as a crash would (`Ledger+Erase.swift`).
    var erasureFault: ((ErasureStep) throws(LedgerError) -> Void)? = nil

    deinit { readBuffer.deallocate() }

    /// The committed end of the log as this handle last saw it.
    struct Tail {
        var seq: Int64 = 0
        var hash: SHA256Digest = EventLine.genesis
        var recordedAt: Timestamp? = nil
        /// Ordinal of the segment the next line goes in (== segments.count when none exists yet).
        var segmentOrdinal: UInt32 = 0
        /// Bytes of that segment that hold committed events.
        var endOffset: Int64 = 0
        /// The 1-based number the next line of that segment will have.
        var nextLine: Int = 1
    }

    /// Creates an empty ledger at `path`: the directory (which may exist if empty) and its manifest,
    /// of format version 2 (salted per-part commitments; events/FORMAT.md). `formatVersion: 1`
    /// makes a version 1 ledger, for tests that a version 1 ledger still verifies and reads.
    @discardableResult
    public static func create(at path: String, formatVersion: Int = 2) throws(LedgerError) -> Ledger {
        precondition(formatVersion == 1 || formatVersion == 2, "the format versions are 1 and 2")
        let there = FileSystem.exists(path)
        if there.exists {
            guard there.isDirectory, (try? FileSystem.list(path))?.isEmpty == true else { throw .alreadyExists(path: path) }
        } else {
            try FileSystem.makeDirectory(path)
        }
        let layout = LedgerLayout(root: path)
        let manifest = try SystemFile.open(layout.manifest, O_WRONLY | O_EXCL, create: true)
        try manifest.writeAll(LedgerLayout.manifestBytes(version: formatVersion))
        try manifest.dataSync()
        try FileSystem.syncDirectory(path)
        return try open(at: path, mode: .readWrite)
    }

    /// Opens the ledger at `path`. Reads what the index cache covers, checks it against the log,
    /// and reads and checks the events after it. Writes nothing, in either mode: a torn tail is
    /// set aside by the first append that writes (under the writer lock), so a command refused
    /// after opening leaves the directory as it was. Throws `.damaged` when the log after the
    /// cache's coverage is damaged.
    public static func open(at path: String, mode: Mode = .readOnly) throws(LedgerError) -> Ledger {
        try open(at: path, mode: mode, lockHeldByCaller: false)
    }

    /// `open(at:mode:)`; with `lockHeldByCaller`, the caller holds the writer lock already and the
    /// handle works under it without taking it (see `lockHeldByCaller`).
    static func open(at path: String, mode: Mode, lockHeldByCaller: Bool) throws(LedgerError) -> Ledger {
        let layout = LedgerLayout(root: path)
        let version = try layout.checkManifest()
        if mode == .readWrite && !FileSystem.isWritable(path) {
            throw .io(operation: "write in", path: path, errno: EACCES)
        }
        let ledger = Ledger(path: path, mode: mode, layout: layout)
        ledger.lockHeldByCaller = lockHeldByCaller
        ledger.formatVersion = version
        ledger.segments = try layout.segments()
        ledger.adoptIndexCache()
        // Keeps events/INVARIANTS.md rule 15: opening, even for writing, changes nothing on disk;
        // the writer lock file is created and a torn tail set aside only by an append that writes.
        // A handle for writing checks what a writer checks (damage is refused now, not at the
        // first append), holding the lock when its file exists so no writer is half-way through.
        if mode == .readWrite {
            try ledger.withWriterLockIfPresent { () throws(LedgerError) in _ = try ledger.catchUp(asWriter: true, setAside: false) }
        } else {
            try ledger.catchUp(asWriter: false)
        }
        return ledger
    }

    init(path: String, mode: Mode, layout: LedgerLayout) {
        self.path = path
        self.mode = mode
        self.layout = layout
    }

    /// The seq of the last committed event this handle has seen (0 for an empty ledger).
    public var headSeq: Int64 { tail.seq }
    /// The hash of that event (64 zeros for an empty ledger).
    public var headHash: SHA256Digest { tail.hash }
    /// When that event was recorded.
    public var headRecordedAt: Timestamp? { tail.recordedAt }

    /// The number of events in `stream` (its version), as this handle has seen. Reads the index
    /// cache (or the log) the first time a handle needs the index.
    public func version(of stream: String) throws(LedgerError) -> Int64 { try loadIndex().version(of: stream) }

    /// Every stream id, in order of first appearance. Reads the index cache (or the log) the first
    /// time a handle needs the index.
    public var streams: [String] {
        get throws(LedgerError) { try loadIndex().streams }
    }

    /// Reads events appended by other processes since this handle last looked.
    public func refresh() throws(LedgerError) {
        try catchUp(asWriter: false)
    }

    /// Saves the index cache now (a writer does so by itself every few thousand events), and the
    /// Merkle tree cache when this handle holds subtrees not saved yet, under the writer lock.
    /// Writes only what was not saved before. Failures are ignored: the cache is
    /// rebuilt from the log when missing or wrong.
    public func saveIndex() {
        let indexToSave = cacheAtOpen?.head.records != tail.seq, treeToSave = merkleCache?.hasPending == true
        guard mode == .readWrite, tail.seq > 0, indexToSave || treeToSave else { return }
        _ = try? withWriterLock { () throws(LedgerError) in
            try loadIndex()
            if indexToSave { saveIndexLocked() }
            saveMerkleTreeLocked()
        }
    }

    /// Saves the index cache; the caller holds the writer lock.
    func saveIndexLocked() {
        guard mode == .readWrite, let index, index.count > 0, index.count == tail.seq else { return }
        // Keeps events/INVARIANTS.md rule 21: the cache's head names only events whose bytes are
        // synced (a batch a killed writer wrote but never synced is synced here first).
        guard Int(tail.segmentOrdinal) < segments.count, (try? file(ofSegment: tail.segmentOrdinal).dataSync()) != nil else { return }
        savedCache = IndexCache.save(index, coveredHash: tail.hash, segments: segments, layout: layout, known: savedCache)
        savedIndexCount = index.count
        if let saved = savedCache, saved.records > (committedKnown?.seq ?? 0) {
            committedKnown = (saved.records, "the index cache recorded it, with hash \(saved.coveredHash.hex)")
        }
    }

    /// The index of every event up to the tail: read from the cache adopted at open (its records
    /// checked against their checksums) and completed from the log after it, or, when the cache
    /// is missing or fails its checks, built from the whole log.
    @discardableResult
    func loadIndex() throws(LedgerError) -> StreamIndex {
        if let index { return index }
        let target = tail
        var start = Tail()
        var loaded = StreamIndex()
        if let (head, after) = cacheAtOpen, let records = IndexCache.loadRecords(head, layout: layout) {
            loaded = records
            start = after
            savedCache = head
        }
        cacheAtOpen = nil
        index = loaded
        tail = start
        do throws(LedgerError) {
            try catchUp(asWriter: false, through: target.seq)
        } catch {
            index = nil
            tail = target
            throw error
        }
        guard tail.seq == target.seq, tail.hash == target.hash else {
            index = nil
            tail = target
            throw .damaged(
                at: LogPosition(segment: segments.last?.name ?? "-", line: tail.nextLine, seq: tail.seq + 1),
                reason: "the log changed while it was being read: events seen before are missing")
        }
        tail = target  // the same event; keep where the handle had placed the next line
        return index!
    }

    /// Runs `body` holding the exclusive writer lock (waits for other writers).
    func withWriterLock<T>(_ body: () throws(LedgerError) -> T) throws(LedgerError) -> T {
        if lockHeldByCaller { return try body() }
        if lockFile == nil { lockFile = try SystemFile.open(layout.lockFile, O_RDWR, create: true) }
        try lockFile!.lockExclusive()
        defer { lockFile!.unlock() }
        return try body()
    }

    /// Runs `body` holding the writer lock when the lock file exists, and without it when it does
    /// not (no writer of this kind has written yet): never creates the file.
    func withWriterLockIfPresent<T>(_ body: () throws(LedgerError) -> T) throws(LedgerError) -> T {
        if lockHeldByCaller { return try body() }
        if lockFile == nil {
            guard FileSystem.kind(of: layout.lockFile) != nil else { return try body() }
            lockFile = try SystemFile.open(layout.lockFile, O_RDWR, create: false)
        }
        try lockFile!.lockExclusive()
        defer { lockFile!.unlock() }
        return try body()
    }

    /// Whether `segment`'s file exists: stat(2) of its path, asked relative to the ledger
    /// directory kept open, so that the check before every append does not walk the directory's
    /// whole path again. When the directory cannot be opened so, its path is asked.
    func segmentExists(_ segment: SegmentFile) -> Bool {
        if directory == nil { directory = try? SystemFile.open(path, O_RDONLY | O_DIRECTORY, regularFile: false) }
        guard let directory, SegmentFile.nameIsWritten(firstSeq: segment.firstSeq) else { return FileSystem.exists(layout.path(of: segment)).exists }
        return withUnsafeTemporaryAllocation(byteCount: 31, alignment: 1) { name in
            SegmentFile.writeName(firstSeq: segment.firstSeq, to: name)
            name[30] = 0
            return FileSystem.exists(UnsafeRawPointer(name.baseAddress!).assumingMemoryBound(to: CChar.self), in: directory)
        }
    }

    /// The open file of segment `ordinal` for reading.
    func file(ofSegment ordinal: UInt32) throws(LedgerError) -> SystemFile {
        if let f = openFiles[ordinal] { return f }
        // Keep few descriptors (a ledger may have more segments than the process may open files):
        // close the one opened longest ago.
        if openFiles.count >= 16, !openOrder.isEmpty { openFiles[openOrder.removeFirst()] = nil }
        let f = try SystemFile.open(layout.path(of: segments[Int(ordinal)]), O_RDONLY)
        openFiles[ordinal] = f
        openOrder.append(ordinal)
        return f
    }

    /// Starts from the end of what the saved index covers when its head agrees with the log (the
    /// last event it covers is at the recorded place, with the recorded seq, id and hash, and
    /// closes a batch); otherwise from nothing. Reads no index records.
    private func adoptIndexCache() {
        guard let head = IndexCache.loadHead(layout: layout, segments: segments),
            let file = try? file(ofSegment: head.last.segmentOrdinal),
            let bytes = try? file.read(count: Int(head.last.length) + 1, at: Int64(head.last.offset)),
            bytes.count == Int(head.last.length) + 1, bytes.last == 0x0A,
            let event = bytes.withUnsafeBytes({ try? EventLine.decode(UnsafeRawBufferPointer(rebasing: $0.dropLast()), verify: true, decodePayload: false) }),
            event.seq == head.records, event.hash == head.coveredHash, event.endsBatch, event.id == head.lastID
        else { return }
        savedIndexCount = head.records
        tail = Tail(
            seq: event.seq, hash: event.hash, recordedAt: event.recordedAt, segmentOrdinal: head.last.segmentOrdinal,
            endOffset: Int64(head.last.offset) + Int64(head.last.length) + 1, nextLine: Int(head.last.line) + 1)
        cacheAtOpen = (head, tail)
    }
}
