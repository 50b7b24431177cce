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

    /// Writes `bytes` to `path` whole or not at all: to a temporary file beside it, flushed to
    /// disk, then renamed over it, so a reader sees the old file or the new one.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path) }
        let error = bytes.withUnsafeBytes { FullWrite.writeAll($0, call: FullWrite.system(fd), wait: { FullWrite.waitWritable(fd) }) }
        let synced = error == nil && fsync(fd) == 0
        let code = error ?? (synced ? 0 : errno)
        close(fd)
        guard synced, rename(temporary, path) == 0 else {
            let e = code != 0 ? code : errno
            unlink(temporary)
            throw Failure(path: path, reason: String(cString: strerror(e)), errorNumber: e)
        }
    }

    private static func failure(_ path: String) -> Failure {
        let e = errno
        return Failure(path: path, reason: String(cString: strerror(e)), errorNumber: e)
    }
}
