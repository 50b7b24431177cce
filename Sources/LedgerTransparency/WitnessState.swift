import LedgerSigning

#if canImport(Glibc)
import Glibc
#endif

/// A witness's own state directory, outside the ledger (events/FORMAT.md, "Witness state"):
/// `witness.vkey` (its cosignature key, recorded by the first run), `<origin>.latest.note` per
/// log (the latest checkpoint it cosigned, replaced atomically), `evidence/` (write-once
/// evidence files) and `witness.lock` (held while a run updates the state).
public struct WitnessState: Sendable {
    /// The directory.
    public let directory: String

    /// The state in `directory` (created by `lock()` when missing).
    public init(directory: String) { self.directory = directory }

    /// The file of the latest cosigned checkpoint of the log `origin`: the origin with every
    /// byte outside `A-Z a-z 0-9 . _ -` written `%XX`, then `.latest.note`.
    public func latestPath(origin: String) -> String {
        var name = ""
        for byte in origin.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || c == "." || c == "_" || c == "-" {
                name.append(c)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                name += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return directory + "/" + name + ".latest.note"
    }

    /// The file of the recorded witness key.
    public var keyPath: String { directory + "/witness.vkey" }
    /// The evidence directory.
    public var evidenceDirectory: String { directory + "/evidence" }

    /// Takes the state's lock (creating the directory when missing), waiting for another run to finish.
    public func lock() throws(WitnessError) -> StateLock {
        if mkdir(directory, 0o700) != 0 && errno != EEXIST { throw .io(operation: "create", path: directory, errno: errno) }
        let path = directory + "/witness.lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw .io(operation: "open", path: path, errno: errno) }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(fd)
            throw .io(operation: "lock", path: path, errno: code)
        }
        return StateLock(fd: fd)
    }

    /// The bytes of the file at `path`, or nil when there is none (regular files only, at most 1 MiB).
    func read(_ path: String) throws(WitnessError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw .io(operation: "open", path: path, errno: errno)
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size <= 1 << 20 else {
            throw .io(operation: "read (not a regular file of at most 1 MiB)", path: path, errno: EINVAL)
        }
        var out = [UInt8](repeating: 0, count: Int(st.st_size))
        var done = 0
        while done < out.count {
            let n = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 { if errno == EINTR { continue }; throw .io(operation: "read", path: path, errno: errno) }
            if n == 0 { break }
            done += n
        }
        return Array(out[0..<done])
    }

    /// Writes `bytes` to `path`: to a temporary file beside it, synced, then renamed over it (or,
    /// with `once`, linked to it, never replacing a file), and the directory synced.
    func write(_ bytes: [UInt8], to path: String, once: Bool = false) throws(WitnessError) {
        let slash = path.lastIndex(of: "/")!
        let parent = String(path[..<slash])
        let temporary = parent + "/.tmp-\(getpid())-" + path[path.index(after: slash)...]
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw .io(operation: "create", path: temporary, errno: errno) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd); unlink(temporary)
                throw .io(operation: "write", path: temporary, errno: code)
            }
            done += n
        }
        guard fsync(fd) == 0 else { let code = errno; close(fd); unlink(temporary); throw .io(operation: "sync", path: temporary, errno: code) }
        close(fd)
        let placed = once ? link(temporary, path) : rename(temporary, path)
        let code = errno
        if once || placed != 0 { unlink(temporary) }
        guard placed == 0 else { throw .io(operation: once ? "link" : "rename", path: path, errno: code) }
        let dir = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dir >= 0 else { throw .io(operation: "open", path: parent, errno: errno) }
        defer { close(dir) }
        guard fsync(dir) == 0 else { throw .io(operation: "sync", path: parent, errno: errno) }
    }

    /// Writes an evidence file (never replacing one) and returns its path.
    func writeEvidence(_ evidence: WitnessEvidence, size: Int64) throws(WitnessError) -> String {
        if mkdir(evidenceDirectory, 0o700) != 0 && errno != EEXIST { throw .io(operation: "create", path: evidenceDirectory, errno: errno) }
        var attempt = 0
        while true {
            let path = evidenceDirectory + "/\(evidence.time)-\(evidence.kind.rawValue)-\(size)\(attempt == 0 ? "" : "-\(attempt)").evidence"
            do throws(WitnessError) {
                try write(Array(evidence.serialized.utf8), to: path, once: true)
                return path
            } catch .io(_, _, EEXIST) where attempt < 100 {
                attempt += 1
            }
        }
    }
}

/// The state directory's lock, released when the value is deinitialised.
public final class StateLock {
    private let fd: Int32
    init(fd: Int32) { self.fd = fd }
    deinit { _ = flock(fd, LOCK_UN); close(fd) }
}
