#if canImport(Glibc)
import Glibc
#endif

/// A handle on a ledger directory: an append-only, hash-chained log of events in segment files.
///
/// Guarantees (events/FORMAT.md says how): every append is all-or-nothing and durable before it
/// returns; one writer at a time across processes; readers never block and never see half a
/// batch; seqs are gapless from 1; damage is reported with its position and never repaired; a
/// torn tail left by a crash is set aside and cut off by the next writer. A handle is not
/// thread-safe: use one per thread.
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

    let layout: LedgerLayout
    var index = StreamIndex()
    var segments: [SegmentFile] = []
    var tail = Tail()
    var savedIndexCount: Int64 = 0
    var openFiles: [UInt32: SystemFile] = [:]
    var appendFile: (ordinal: UInt32, file: SystemFile)?
    var lockFile: SystemFile?

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

    /// Creates an empty ledger at `path`: the directory (which may exist if empty) and its manifest.
    @discardableResult
    public static func create(at path: String) throws(LedgerError) -> Ledger {
        let there = FileSystem.exists(path)
        if there.exists {
            guard there.isDirectory, (try? FileSystem.list(path))?.isEmpty == true else { throw .alreadyExists(path: path) }
        } else {
            try FileSystem.makeDirectory(path)
        }
        let layout = LedgerLayout(root: path)
        let manifest = try SystemFile.open(layout.manifest, O_WRONLY | O_EXCL, create: true)
        try manifest.writeAll(LedgerLayout.manifestBytes)
        try manifest.dataSync()
        try FileSystem.syncDirectory(path)
        return try open(at: path, mode: .readWrite)
    }

    /// Opens the ledger at `path`. Reads what the index cache covers, checks it against the log,
    /// and reads and checks the events after it. For `.readWrite`, also sets aside a torn tail.
    /// Throws `.damaged` when the log after the cache's coverage is damaged.
    public static func open(at path: String, mode: Mode = .readOnly) throws(LedgerError) -> Ledger {
        let layout = LedgerLayout(root: path)
        try layout.checkManifest()
        if mode == .readWrite && !FileSystem.isWritable(path) {
            throw .io(operation: "write in", path: path, errno: EACCES)
        }
        let ledger = Ledger(path: path, mode: mode, layout: layout)
        ledger.segments = try layout.segments()
        ledger.adoptIndexCache()
        if mode == .readWrite {
            try ledger.withWriterLock { () throws(LedgerError) in try ledger.catchUp(asWriter: true) }
        } else {
            try ledger.catchUp(asWriter: false)
        }
        return ledger
    }

    private init(path: String, mode: Mode, layout: LedgerLayout) {
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

    /// The number of events in `stream` (its version), as this handle has seen.
    public func version(of stream: String) -> Int64 { index.version(of: stream) }

    /// Every stream id, in order of first appearance.
    public var streams: [String] { index.streams }

    /// Reads events appended by other processes since this handle last looked.
    public func refresh() throws(LedgerError) {
        if mode == .readWrite {
            try withWriterLock { () throws(LedgerError) in try catchUp(asWriter: true) }
        } else {
            try catchUp(asWriter: false)
        }
    }

    /// Saves the index cache now (a writer does so by itself every few thousand events).
    public func saveIndex() {
        guard mode == .readWrite, index.count > 0 else { return }
        IndexCache.save(index, coveredHash: tail.hash, segments: Array(segments.prefix(Int(tail.segmentOrdinal) + 1)), layout: layout)
        savedIndexCount = index.count
    }

    /// Runs `body` holding the exclusive writer lock (waits for other writers).
    func withWriterLock<T>(_ body: () throws(LedgerError) -> T) throws(LedgerError) -> T {
        if lockFile == nil { lockFile = try SystemFile.open(layout.lockFile, O_RDWR, create: true) }
        try lockFile!.lockExclusive()
        defer { lockFile!.unlock() }
        return try body()
    }

    /// The open file of segment `ordinal` for reading.
    func file(ofSegment ordinal: UInt32) throws(LedgerError) -> SystemFile {
        if let f = openFiles[ordinal] { return f }
        // Keep few descriptors: a ledger may have more segments than the process may open files.
        if openFiles.count >= 16 { openFiles.removeAll(keepingCapacity: true) }
        let f = try SystemFile.open(layout.path(of: segments[Int(ordinal)]), O_RDONLY)
        openFiles[ordinal] = f
        return f
    }

    /// Starts from the saved index when it agrees with the log; otherwise from nothing.
    private func adoptIndexCache() {
        guard let snapshot = IndexCache.load(layout: layout, segments: segments), snapshot.coveredSeq > 0,
            let last = snapshot.index.location(of: snapshot.coveredSeq),
            let file = try? file(ofSegment: last.segmentOrdinal),
            let bytes = try? file.read(count: Int(last.length) + 1, at: Int64(last.offset)),
            bytes.count == Int(last.length) + 1, bytes.last == 0x0A,
            let event = bytes.withUnsafeBytes({ try? EventLine.decode(UnsafeRawBufferPointer(rebasing: $0.dropLast()), verify: true, decodePayload: false) }),
            event.seq == snapshot.coveredSeq, event.hash == snapshot.coveredHash, event.endsBatch,
            event.id == snapshot.index.ids.last
        else { return }
        index = snapshot.index
        savedIndexCount = snapshot.coveredSeq
        tail = Tail(
            seq: event.seq, hash: event.hash, recordedAt: event.recordedAt, segmentOrdinal: last.segmentOrdinal,
            endOffset: Int64(last.offset) + Int64(last.length) + 1, nextLine: Int(last.line) + 1)
    }
}
