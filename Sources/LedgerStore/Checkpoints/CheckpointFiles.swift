#if canImport(Glibc)
import Glibc
#endif

// Keeps events/INVARIANTS.md rule 26: a stored checkpoint, cosignature or log key is written once
// and never replaced, edited or removed.
/// The `checkpoints/` directory of a ledger (events/FORMAT.md, "Checkpoints"): signed checkpoints,
/// witnesses' cosigned copies of them and the log's verifier keys, each in a file of its own that
/// is written once — complete, synced, and put in place with `link(2)`, which never replaces a
/// file — and never changed after. Holds bytes only: signing and verifying them is
/// LedgerTransparency's (this storage core knows nothing of keys), and nothing here reads the log.
///
/// | file | holds |
/// |---|---|
/// | `log-key-<N>.vkey` | the log's verifier key string and a newline, in force from the checkpoint of size N on |
/// | `checkpoint-<N>.note` | the signed note of the checkpoint of size N, as the log signed it |
/// | `checkpoint-<N>.cosigned-<K>.note` | the same note with the cosignature of the witness whose key ID is K (8 hex digits) |
///
/// N is the tree size (the seq of the last event covered) in decimal, zero-padded to 16 digits.
public struct CheckpointFiles: Sendable {
    /// The ledger directory.
    public let ledger: String
    /// The `checkpoints/` directory in it.
    public var directory: String { ledger + "/" + Self.directoryName }

    /// The directory's name inside the ledger.
    public static let directoryName = "checkpoints"
    /// The largest file read from the directory: a signed note with a hundred signature lines
    /// is under 20 KiB.
    public static let maximumFileBytes = 64 << 10

    /// The checkpoint files of the ledger at `ledger` (which need not have any yet).
    public init(ledger: String) { self.ledger = ledger }

    /// A written-once file: what the directory holds, read back.
    public enum Kind: Hashable, Sendable {
        /// `log-key-<N>.vkey`: the log key in force from size N.
        case logKey(fromSize: Int64)
        /// `checkpoint-<N>.note`.
        case checkpoint(size: Int64)
        /// `checkpoint-<N>.cosigned-<K>.note`.
        case cosigned(size: Int64, keyID: UInt32)

        /// The file's name.
        public var fileName: String {
            switch self {
            case .logKey(let size): return "log-key-\(CheckpointFiles.padded(size)).vkey"
            case .checkpoint(let size): return "checkpoint-\(CheckpointFiles.padded(size)).note"
            case .cosigned(let size, let keyID):
                let hex = String(keyID, radix: 16)
                return "checkpoint-\(CheckpointFiles.padded(size)).cosigned-\(String(repeating: "0", count: 8 - hex.count) + hex).note"
            }
        }

        /// The kind a file name denotes, or nil for any other name (ignored, like temporary files).
        public init?(fileName name: String) {
            let b = Array(name.utf8)
            func number(_ range: Range<Int>) -> Int64? {
                guard range.upperBound <= b.count else { return nil }
                var v: Int64 = 0
                for c in b[range] {
                    guard c >= 0x30, c <= 0x39 else { return nil }
                    v = v * 10 + Int64(c - 0x30)
                }
                return v
            }
            if name.hasPrefix("log-key-"), name.hasSuffix(".vkey"), b.count == 8 + 16 + 5, let size = number(8..<24) {
                self = .logKey(fromSize: size)
            } else if name.hasPrefix("checkpoint-"), name.hasSuffix(".note"), let size = number(11..<27) {
                if b.count == 11 + 16 + 5 {
                    self = .checkpoint(size: size)
                } else if b.count == 11 + 16 + 10 + 8 + 5, name.utf8.dropFirst(27).starts(with: ".cosigned-".utf8),
                    let id = UInt32(String(decoding: b[37..<45], as: UTF8.self), radix: 16),
                    b[37..<45].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }) {
                    self = .cosigned(size: size, keyID: id)
                } else {
                    return nil
                }
            } else {
                return nil
            }
        }
    }

    /// What `write` did.
    public enum WriteOutcome: Hashable, Sendable {
        /// The file was written.
        case written
        /// The file was there already with exactly these bytes: nothing was written.
        case alreadyStored
        /// The file was there already with other bytes (given here): nothing was written.
        case conflicts(existing: [UInt8])
    }

    /// Every checkpoint file present, by kind (no order).
    public func list() throws(LedgerError) -> [Kind] {
        guard FileSystem.exists(directory).exists else { return [] }
        return try FileSystem.list(directory).compactMap { Kind(fileName: $0) }
    }

    /// The sizes of the stored checkpoints, ascending.
    public func checkpointSizes() throws(LedgerError) -> [Int64] {
        try list().compactMap { if case .checkpoint(let size) = $0 { return size } else { return nil } }.sorted()
    }

    /// The cosigned copies stored for the checkpoint of `size`, by the witness key ID, ascending.
    public func cosignatureKeyIDs(size: Int64) throws(LedgerError) -> [UInt32] {
        try list().compactMap { if case .cosigned(size, let id) = $0 { return id } else { return nil } }.sorted()
    }

    /// The log keys stored, as the sizes from which each is in force, ascending.
    public func logKeySizes() throws(LedgerError) -> [Int64] {
        try list().compactMap { if case .logKey(let size) = $0 { return size } else { return nil } }.sorted()
    }

    /// The bytes of the file of `kind`, or nil when there is none. Only a regular file is read
    /// (never through a symbolic link, never blocking on a FIFO), and at most `maximumFileBytes`.
    public func read(_ kind: Kind) throws(LedgerError) -> [UInt8]? {
        let path = directory + "/" + kind.fileName
        var fd: Int32
        repeat { fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK) } while fd < 0 && errno == EINTR
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw .io(operation: "open", path: path, errno: errno == ELOOP ? EINVAL : errno)
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(operation: "stat", path: path, errno: errno) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .io(operation: "read (not a regular file)", path: path, errno: EINVAL) }
        guard st.st_size <= Self.maximumFileBytes else { throw .io(operation: "read (larger than 64 KiB)", path: path, errno: EFBIG) }
        var out = [UInt8](repeating: 0, count: Int(st.st_size) + 1)
        var done = 0
        while done < out.count {
            let n = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(operation: "read", path: path, errno: errno)
            }
            if n == 0 { break }
            done += n
        }
        guard done <= Self.maximumFileBytes else { throw .io(operation: "read (larger than 64 KiB)", path: path, errno: EFBIG) }
        return Array(out[0..<done])
    }

    // Keeps events/INVARIANTS.md rule 26: written once, never replaced.
    /// Writes the file of `kind` once: the bytes go to a temporary file in `checkpoints/`, which
    /// is synced, linked to its name (`link(2)` fails rather than replace an existing file) and
    /// removed, and the directory is synced. An existing file is never touched: the outcome says
    /// whether it held the same bytes. Creates `checkpoints/` (and syncs the ledger directory)
    /// when it is missing; the caller makes sure the ledger directory is a ledger.
    public func write(_ bytes: [UInt8], as kind: Kind) throws(LedgerError) -> WriteOutcome {
        if let existing = try read(kind) { return existing == bytes ? .alreadyStored : .conflicts(existing: existing) }
        if !FileSystem.exists(directory).exists {
            try FileSystem.makeDirectory(directory, allowExisting: true)
            try FileSystem.syncDirectory(ledger)
        }
        let target = directory + "/" + kind.fileName
        let temporary = directory + "/.tmp-\(getpid())-" + kind.fileName
        _ = unlink(temporary)
        do throws(LedgerError) {
            let file = try SystemFile.open(temporary, O_WRONLY | O_EXCL, create: true)
            try file.writeAll(bytes)
            try file.dataSync()
        } catch {
            _ = unlink(temporary)
            throw error
        }
        let linked = link(temporary, target)
        let code = errno
        _ = unlink(temporary)
        if linked != 0 {
            // Another writer put the same file in place meanwhile: report what it holds.
            if code == EEXIST, let existing = try read(kind) { return existing == bytes ? .alreadyStored : .conflicts(existing: existing) }
            throw .io(operation: "link", path: target, errno: code)
        }
        try FileSystem.syncDirectory(directory)
        return .written
    }

    /// `size` in decimal, zero-padded to 16 digits.
    static func padded(_ size: Int64) -> String {
        let digits = String(size)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }
}
