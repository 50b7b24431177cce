#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// issue 18: fold18
extension FileAccess {
    /// A file's bytes mapped read-only into memory, never copied: a large file read once (an
    /// oversight checkpoint) costs no fresh memory and no copy, its pages shared with the page
    /// cache. Unmapped when released. A file changed in place while it is mapped changes the
    /// bytes seen (the commands' own files are only ever replaced by a rename, which does not).
    public final class Mapped: @unchecked Sendable {
        private let base: UnsafeMutableRawPointer?
        private let count: Int

        /// The file at `path`, mapped; an empty file maps to no bytes.
        public init(_ path: String) throws(Failure) {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw FileAccess.failure(path) }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0 else { throw FileAccess.failure(path) }
            guard (info.st_mode & S_IFMT) == S_IFREG else { throw Failure(path: path, reason: "not a regular file", errorNumber: EINVAL) }
            count = Int(info.st_size)
            guard count > 0 else {
                base = nil
                return
            }
            let mapped = mmap(nil, count, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0)
            guard let mapped, mapped != MAP_FAILED else { throw FileAccess.failure(path) }
            base = mapped
        }

        deinit {
            if let base { munmap(base, count) }
        }

        /// `body` given the file's bytes, valid only during the call.
        public func withBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
            try body(UnsafeRawBufferPointer(start: base.map { UnsafeRawPointer($0) }, count: count))
        }
    }
}
