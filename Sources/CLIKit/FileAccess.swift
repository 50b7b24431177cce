#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole-file reads and atomic whole-file writes for commands (their reports and side files),
/// with failures as one line naming the system's reason: no Foundation needed.
public enum FileAccess {
    /// A file that could not be read or written; `reason` is the system's, e.g. "No such file or directory".
    public struct Failure: Error, Hashable, Sendable {
        /// The file.
        public let path: String
        /// Why, in the system's words.
        public let reason: String
        /// The errno value.
        public let errorNumber: Int32

        /// A failure.
        public init(path: String, reason: String, errorNumber: Int32) {
            self.path = path
            self.reason = reason
            self.errorNumber = errorNumber
        }
    }

    /// The bytes of the file at `path`.
    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        var out: [UInt8] = []
        // issue 18: fast18. Room for the whole file at once (a large checkpoint is read without
        // growing, and copying, its buffer again and again); a file that grows meanwhile still reads whole.
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size > 0 { out.reserveCapacity(Int(info.st_size) + 1) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path)
            }
            if n == 0 { return out }
            out += chunk[0..<n]
        }
    }

    /// Whether a file (or anything) exists at `path`.
    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// Writes `bytes` to `path` whole or not at all: to a new temporary file beside it (created
    /// exclusively, never through a link), flushed to disk, given `mode` (the replaced file's
    /// permission bits; 0644 less the umask for a new file), then renamed over it, so a reader sees
    /// the old file or the new one. `path` must be a regular file or a new path: `OutputFile`
    /// decides that for `-o`.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, mode: UInt32? = nil) throws(Failure) {
        try writeAtomically(parts: [bytes], to: path, mode: mode)
    }

    // issue 18: fast18
    /// `writeAtomically` of `parts`, one after another, as one file (never joined in memory first).
    public static func writeAtomically(parts: [[UInt8]], to path: String, mode: UInt32? = nil) throws(Failure) {
        var temporary = ""
        var fd: Int32 = -1
        for attempt in 0..<100 {
            temporary = path + ".tmp-\(getpid())-\(attempt)"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw failure(path) }
        var code: Int32 = 0
        if let mode, fchmod(fd, mode_t(mode)) != 0 { code = errno }
        for bytes in parts where code == 0 {
            if let error = bytes.withUnsafeBytes({ FullWrite.writeAll($0, call: FullWrite.system(fd), wait: { FullWrite.waitWritable(fd) }) }) {
                code = error
            }
        }
        if code == 0, fsync(fd) != 0 { code = errno }
        close(fd)
        if code == 0, rename(temporary, path) != 0 { code = errno }
        guard code == 0 else {
            unlink(temporary)
            throw Failure(path: path, reason: String(cString: strerror(code)), errorNumber: code)
        }
        syncDirectory(of: path)
    }

    // issue 18: delta18
    /// Removes the file at `path`, the removal flushed to disk (its directory synced) before this
    /// returns, so a write after it never reaches the disk before it; nothing when there is none.
    public static func remove(_ path: String) throws(Failure) {
        guard unlink(path) == 0 else {
            if errno == ENOENT { return }
            throw failure(path)
        }
        syncDirectory(of: path)
    }

    /// Flushes the directory holding `path`, so a rename survives a crash (best effort).
    private static func syncDirectory(of path: String) {
        let directory = OutputFile.directory(of: path)
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    static func failure(_ path: String) -> Failure {
        let e = errno
        return Failure(path: path, reason: String(cString: strerror(e)), errorNumber: e)
    }
}
