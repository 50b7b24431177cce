#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// An open file descriptor with exact, retrying operations: every write writes all its bytes
/// (looping over short writes and EINTR) or throws; reads at an offset never move a cursor.
/// The descriptor is closed when the value is deinitialised.
final class SystemFile {
    let fd: Int32
    let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    deinit { _ = close(fd) }

    // Keeps events/INVARIANTS.md rule 22: the ledger's files are regular files inside its directory.
    /// Opens `path` with `flags` (O_CLOEXEC is always added); creates with mode 0644 when asked.
    ///
    /// With `regularFile` (the default, for every file of a ledger) the last component is never
    /// followed if it is a symbolic link (O_NOFOLLOW) and what is opened must be a regular file:
    /// it is opened non-blocking, so that a named pipe cannot hang the caller, checked with
    /// fstat(2), and only then made blocking again. Anything else is `.unusableFile` naming what it
    /// is. Directories are opened with `regularFile` false.
    static func open(_ path: String, _ flags: Int32, create: Bool = false, regularFile: Bool = true) throws(LedgerError) -> SystemFile {
        let flags = regularFile ? flags | O_NOFOLLOW | O_NONBLOCK : flags
        var fd: Int32
        repeat {
            fd = create ? Glibc.open(path, flags | O_CLOEXEC | O_CREAT, 0o644) : Glibc.open(path, flags | O_CLOEXEC)
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else {
            let code = errno
            if regularFile, code == ELOOP || code == ENXIO || code == EISDIR, let what = FileSystem.kind(of: path) {
                throw .unusableFile(path: path, reason: FileSystem.notRegular(what))
            }
            throw .io(operation: "open", path: path, errno: code)
        }
        let file = SystemFile(fd: fd, path: path)
        guard regularFile else { return file }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(operation: "stat", path: path, errno: errno) }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            throw .unusableFile(path: path, reason: FileSystem.notRegular(FileSystem.kind(mode: st.st_mode)))
        }
        let status = fcntl(fd, F_GETFL)
        guard status >= 0, fcntl(fd, F_SETFL, status & ~O_NONBLOCK) == 0 else { throw .io(operation: "open", path: path, errno: errno) }
        return file
    }

    /// The file's size in bytes.
    func size() throws(LedgerError) -> Int64 {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(operation: "stat", path: path, errno: errno) }
        return Int64(st.st_size)
    }

    /// Writes every byte of `buffer` at the current position (append mode: at the end).
    func writeAll(_ buffer: UnsafeRawBufferPointer) throws(LedgerError) {
        var done = 0
        while done < buffer.count {
            let n = write(fd, buffer.baseAddress! + done, buffer.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(operation: "write", path: path, errno: errno)
            }
            done += n
        }
    }

    /// Writes every byte of `bytes`.
    func writeAll(_ bytes: [UInt8]) throws(LedgerError) {
        let failure = bytes.withUnsafeBytes { b -> LedgerError? in
            do throws(LedgerError) { try writeAll(b) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// Writes every byte of `bytes` at `offset` (not for files opened O_APPEND).
    func writeAll(_ bytes: [UInt8], at offset: Int64) throws(LedgerError) {
        let failure = bytes.withUnsafeBytes { b -> LedgerError? in
            var done = 0
            while done < b.count {
                let n = pwrite(fd, b.baseAddress! + done, b.count - done, off_t(offset) + off_t(done))
                if n < 0 {
                    if errno == EINTR { continue }
                    return .io(operation: "write", path: path, errno: errno)
                }
                done += n
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Reads up to `count` bytes at `offset` into `buffer`; returns how many were read (0 at end).
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws(LedgerError) -> Int {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(operation: "read", path: path, errno: errno)
            }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// Reads exactly `count` bytes at `offset`, or fewer if the file ends first.
    func read(count: Int, at offset: Int64) throws(LedgerError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        let n = out.withUnsafeMutableBytes { b -> Result<Int, LedgerError> in
            do throws(LedgerError) { return .success(try read(into: b, at: offset)) } catch { return .failure(error) }
        }
        let got = try n.get()
        if got < count { out.removeLast(count - got) }
        return out
    }

    /// Forces written data (and the size) to stable storage.
    func dataSync() throws(LedgerError) {
        guard fdatasync(fd) == 0 else { throw .io(operation: "sync", path: path, errno: errno) }
    }

    /// Forces data and metadata to stable storage (used for directories after creating a file).
    func fullSync() throws(LedgerError) {
        guard fsync(fd) == 0 else { throw .io(operation: "sync", path: path, errno: errno) }
    }

    /// Cuts the file to `length` bytes.
    func truncate(to length: Int64) throws(LedgerError) {
        guard ftruncate(fd, off_t(length)) == 0 else {
            throw .io(operation: "truncate", path: path, errno: errno)
        }
    }

    /// Takes the exclusive advisory lock, waiting for another holder to release it.
    func lockExclusive() throws(LedgerError) {
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw .io(operation: "lock", path: path, errno: errno)
        }
    }

    /// Releases the advisory lock.
    func unlock() {
        _ = flock(fd, LOCK_UN)
    }
}

/// Small path helpers over POSIX calls.
enum FileSystem {
    /// Whether something exists at `path`, and whether it is a directory.
    static func exists(_ path: String) -> (exists: Bool, isDirectory: Bool) {
        var st = stat()
        guard stat(path, &st) == 0 else { return (false, false) }
        return (true, (st.st_mode & S_IFMT) == S_IFDIR)
    }

    /// Whether something exists at `name` (a C string) in the directory open as `directory` (fstatat(2),
    /// following a link as stat(2) does): what `exists(_:)` answers for the directory's path plus
    /// "/" plus `name`, without walking the directory's path again.
    static func exists(_ name: UnsafePointer<CChar>, in directory: SystemFile) -> Bool {
        var st = stat()
        return fstatat(directory.fd, name, &st, 0) == 0
    }

    /// What is at `path` without following a link there ("a symbolic link", "a named pipe
    /// (FIFO)", …), or nil when nothing is.
    static func kind(of path: String) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return kind(mode: st.st_mode)
    }

    /// Names a file type in words.
    static func kind(mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: return "a regular file"
        case S_IFDIR: return "a directory"
        case S_IFLNK: return "a symbolic link"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "not a regular file"
        }
    }

    /// The reason given for a ledger file that is `what` instead of a regular file.
    static func notRegular(_ what: String) -> String {
        "is \(what), not a regular file: a ledger's segments, ledger.json, writer.lock and the files under index/ and torn/ "
            + "must be regular files inside the ledger directory (a link could send reads and writes elsewhere, a pipe could "
            + "hang every reader). Put the file itself there (a copy, not a link), or move the entry out of the directory"
    }

    /// Whether `path` is a directory itself, not a link to one.
    static func isRealDirectory(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates a directory (mode 0755); an existing directory is not an error when `allowExisting`.
    /// With `inLedger`, an existing entry must be a directory itself, not a link to one (a
    /// directory the writer makes inside a ledger: `index/`, `torn/`).
    static func makeDirectory(_ path: String, allowExisting: Bool = false, inLedger: Bool = false) throws(LedgerError) {
        if mkdir(path, 0o755) != 0 {
            let code = errno
            if code == EEXIST && allowExisting && inLedger && !isRealDirectory(path) {
                throw .unusableFile(path: path, reason: "is \(kind(of: path) ?? "not a directory"), not a directory of the ledger's own: "
                    + "the writer never writes through a link. Move the entry out of the ledger directory")
            }
            if code == EEXIST && allowExisting && exists(path).isDirectory { return }
            throw .io(operation: "create directory", path: path, errno: code)
        }
    }

    /// The names in a directory, excluding `.` and `..`, in no particular order.
    static func list(_ path: String) throws(LedgerError) -> [String] {
        guard let dir = opendir(path) else { throw .io(operation: "list", path: path, errno: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Syncs a directory so that files created or renamed in it survive a crash.
    static func syncDirectory(_ path: String) throws(LedgerError) {
        let dir = try SystemFile.open(path, O_RDONLY | O_DIRECTORY, regularFile: false)
        try dir.fullSync()
    }

    /// Whether the calling process may write in `path`.
    static func isWritable(_ path: String) -> Bool { access(path, W_OK) == 0 }

    /// Atomically replaces `path` with `bytes` (write to a temporary name, then rename).
    /// Not synced: used for rebuildable caches only.
    static func replace(_ path: String, with bytes: [UInt8]) throws(LedgerError) {
        let temporary = path + ".tmp-\(getpid())"
        do {
            let file = try SystemFile.open(temporary, O_WRONLY | O_TRUNC, create: true)
            try file.writeAll(bytes)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .io(operation: "rename", path: path, errno: code)
        }
    }
}
