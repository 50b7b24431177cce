#if canImport(Glibc)
import Glibc
#endif

/// Reads a key file: a regular file (never a FIFO that would hang, a directory or a device) of
/// at most `maximumBytes`.
enum KeyFile {
    /// Far larger than any PEM key file: an Ed25519 private key in PEM is 119 bytes.
    static let maximumBytes = 64 * 1024

    /// The bytes of the file at `path`.
    static func read(_ path: String) throws(SigningError) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer;
        // the file type is then checked before anything is read.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { throw .keyFileUnreadable(path: path, errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .keyFileUnreadable(path: path, errno: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .keyFileNotRegular(path: path) }
        guard info.st_size <= maximumBytes else { throw .keyFileTooLarge(path: path, limit: maximumBytes) }
        // One byte more than allowed, to notice a file that grew after fstat.
        var bytes = [UInt8](repeating: 0, count: maximumBytes + 1)
        var count = 0
        while count < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .keyFileUnreadable(path: path, errno: errno)
            }
            if n == 0 { break }
            count += n
        }
        guard count <= maximumBytes else { throw .keyFileTooLarge(path: path, limit: maximumBytes) }
        let contents = Array(bytes[..<count])
        bytes.withUnsafeMutableBytes { wipe($0) }
        return contents
    }

    /// Overwrites memory that held key material, in a way the optimiser keeps.
    static func wipe(_ buffer: UnsafeMutableRawBufferPointer) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        explicit_bzero(base, buffer.count)
    }

    /// The label of the first PEM block in `bytes` ("PRIVATE KEY", "PUBLIC KEY",
    /// "ENCRYPTED PRIVATE KEY", "RSA PRIVATE KEY", …), or nil when there is none.
    static func pemLabel(_ bytes: [UInt8]) -> String? {
        let marker = Array("-----BEGIN ".utf8)
        guard bytes.count > marker.count else { return nil }
        for start in 0...(bytes.count - marker.count) where bytes[start..<start + marker.count].elementsEqual(marker) {
            let labelStart = start + marker.count
            var end = labelStart
            while end < bytes.count, bytes[end] != UInt8(ascii: "-"), bytes[end] != 0x0A { end += 1 }
            return String(decoding: bytes[labelStart..<end], as: UTF8.self)
        }
        return nil
    }
}
