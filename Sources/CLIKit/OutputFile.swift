#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Keeps events/INVARIANTS.md rule 34: `-o` writes what the path is, and never replaces anything else.
/// Where `-o FILE` sends a command's output, decided by what the path is — the one home for it,
/// used by every command that writes a file a person names:
///
/// - `-`: standard output.
/// - a new path, or an existing regular file: written whole or not at all (a temporary file in
///   the same directory, flushed to disk, renamed over it); a replaced file keeps its mode.
/// - a symbolic link: followed; what it finally names is treated by these rules (a regular file
///   is replaced atomically and the link is kept); a link to nothing is refused.
/// - a named pipe (FIFO) or character device (a terminal, `/dev/null`): opened and written as a
///   stream, never renamed over or truncated.
/// - a process's descriptor, `/dev/fd/N`, `/proc/self/fd/N`, `/dev/stdout` (what a shell's
///   `>(command)` passes): written to the open descriptor as a stream, whatever it is (a pipe, or
///   a file the shell opened, at its offset and in its append mode).
/// - a directory, a socket or a block device: refused with one clear line; nothing is written.
public enum OutputFile {
    /// What a path given to `-o` turned out to be.
    public enum Destination: Equatable, Sendable {
        /// `-`: the process's standard output.
        case standardOutput
        /// A regular file (or a new path) to be replaced atomically at `path` (a symbolic link's
        /// final target when the path given was a link); `mode` is the existing file's permission
        /// bits, nil for a new file.
        case regularFile(path: String, mode: UInt32?)
        /// A named pipe or character device, opened at `path` (as given) and written as a stream.
        case stream(path: String)
        /// One of this process's open descriptors, named by `/dev/fd/N` or `/proc/self/fd/N`.
        case descriptor(Int32)
    }

    /// A path `-o` cannot write, or a write that failed, is a `FileAccess.Failure`: the path as
    /// given, and why ("is a directory; give a file name", or the system's reason).
    public typealias Failure = FileAccess.Failure

    /// The most symbolic links followed before giving up (the system's own limit is 40).
    static let linkLimit = 40

    /// What `path` is, and so how it would be written; nothing is created or changed.
    /// - Throws: `Failure` for a directory, a socket, a block device, a link to nothing, a loop
    ///   of links, or a path that cannot be examined.
    public static func destination(of path: String) throws(Failure) -> Destination {
        if path == "-" { return .standardOutput }
        var current = path
        var hops = 0
        while true {
            if let fd = ownDescriptor(named: current) { return .descriptor(fd) }
            if isOtherProcessDescriptor(current) { return .stream(path: current) }
            var info = stat()
            guard lstat(current, &info) == 0 else {
                let e = errno
                if e == ENOENT, hops > 0 {
                    throw Failure(path: path, reason: "is a symbolic link to \(current), which does not exist; create it or give another path", errorNumber: ENOENT)
                }
                if e == ENOENT { return .regularFile(path: current, mode: nil) }
                throw Failure(path: path, reason: systemReason(e), errorNumber: e)
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                hops += 1
                guard hops <= linkLimit, let target = linkTarget(current) else {
                    let e = hops > linkLimit ? ELOOP : errno
                    throw Failure(path: path, reason: systemReason(e), errorNumber: e)
                }
                current = target.hasPrefix("/") ? target : directory(of: current) + "/" + target
            case S_IFREG:
                return .regularFile(path: current, mode: UInt32(info.st_mode & 0o7777))
            case S_IFIFO, S_IFCHR:
                return .stream(path: current)
            case S_IFDIR:
                throw Failure(
                    path: path, reason: hops > 0 ? "is a symbolic link to the directory \(current); give a file name" : "is a directory; give a file name",
                    errorNumber: EISDIR)
            case S_IFSOCK:
                throw Failure(path: path, reason: "is a socket, which a report cannot be written to; give a file name or - for standard output", errorNumber: ENXIO)
            default:
                throw Failure(path: path, reason: "is a block device, which a report is never written to; give a file name or - for standard output", errorNumber: EINVAL)
            }
        }
    }

    /// Writes `bytes` where `path` says (see the type's rules): whole or not at all for a file,
    /// as a stream for a pipe, device or descriptor; `-` is standard output (`standardOutput`,
    /// flushed before returning).
    /// - Throws: `Failure` naming the path and the reason; a regular file is then left as it was.
    public static func write(_ bytes: [UInt8], to path: String, standardOutput: BufferedOutput = StandardStreams.output) throws(Failure) {
        try write(parts: [bytes], to: try destination(of: path), named: path, standardOutput: standardOutput)
    }

    // issue 18: fast18b
    /// `write(_:to:standardOutput:)` of `parts`, one after another, as one output (never joined
    /// in memory first).
    public static func write(parts: [[UInt8]], to path: String, standardOutput: BufferedOutput = StandardStreams.output) throws(Failure) {
        try write(parts: parts, to: try destination(of: path), named: path, standardOutput: standardOutput)
    }

    /// Writes `bytes` to `destination`, found for the path `path` (named in failures).
    static func write(_ bytes: [UInt8], to destination: Destination, named path: String, standardOutput: BufferedOutput) throws(Failure) {
        try write(parts: [bytes], to: destination, named: path, standardOutput: standardOutput)
    }

    /// Writes `parts`, in order, to `destination`, found for the path `path` (named in failures).
    static func write(parts: [[UInt8]], to destination: Destination, named path: String, standardOutput: BufferedOutput) throws(Failure) {
        switch destination {
        case .standardOutput:
            try writeToStandardOutput(parts, standardOutput, path: path)
        case .descriptor(let fd) where fd == 1:
            try writeToStandardOutput(parts, standardOutput, path: path)
        case .descriptor(let fd):
            try writeAll(parts, to: fd, path: path)
        case .stream(let target):
            let fd = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard fd >= 0 else {
                let e = errno
                throw Failure(path: path, reason: systemReason(e), errorNumber: e)
            }
            defer { close(fd) }
            try writeAll(parts, to: fd, path: path)
        case .regularFile(let target, let mode):
            do {
                try FileAccess.writeAtomically(parts: parts, to: target, mode: mode)
            } catch {
                throw Failure(path: path, reason: error.reason, errorNumber: error.errorNumber)
            }
        }
    }

    private static func writeAll(_ parts: [[UInt8]], to fd: Int32, path: String) throws(Failure) {
        for bytes in parts {
            if let e = bytes.withUnsafeBytes({ FullWrite.writeAll($0, call: FullWrite.system(fd), wait: { FullWrite.waitWritable(fd) }) }) {
                throw Failure(path: path, reason: systemReason(e), errorNumber: e)
            }
        }
    }

    private static func writeToStandardOutput(_ parts: [[UInt8]], _ output: BufferedOutput, path: String) throws(Failure) {
        do {
            for bytes in parts { try output.write(bytes) }
            try output.flush()
        } catch {
            throw Failure(path: path, reason: systemReason(error.errorNumber), errorNumber: error.errorNumber)
        }
    }

    /// The descriptor N when `path` is `/dev/fd/N`, `/proc/self/fd/N` or `/proc/<this pid>/fd/N`
    /// and N is open in this process; nil otherwise.
    static func ownDescriptor(named path: String) -> Int32? {
        guard let fd = descriptorNumber(in: path, processID: getpid()), fcntl(fd, F_GETFD) != -1 else { return nil }
        return fd
    }

    /// N when `path` reads `/dev/fd/N`, `/proc/self/fd/N`, `/proc/thread-self/fd/N` or
    /// `/proc/<processID>/fd/N`; only the text is read, nothing on disk.
    static func descriptorNumber(in path: String, processID: Int32) -> Int32? {
        let prefixes = ["/dev/fd/", "/proc/self/fd/", "/proc/\(processID)/fd/", "/proc/thread-self/fd/"]
        guard let prefix = prefixes.first(where: { path.hasPrefix($0) }) else { return nil }
        let rest = path.dropFirst(prefix.count)
        guard !rest.isEmpty, rest.count <= 9, rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int32(rest)
    }

    /// Whether `path` is `/proc/<pid>/fd/N`: another process's descriptor, opened as a stream.
    static func isOtherProcessDescriptor(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 5 && parts[0].isEmpty && parts[1] == "proc" && parts[3] == "fd"
            && !parts[4].isEmpty && parts[4].allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The text of the symbolic link at `path`, or nil (errno set) when it cannot be read.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The directory part of `path` ("." when there is none, "/" for a file at the root).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func systemReason(_ e: Int32) -> String { String(cString: strerror(e)) }
}
