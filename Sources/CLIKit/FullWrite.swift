#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a whole buffer to a file descriptor despite interruptions and partial writes.
enum FullWrite {
    /// The result of one `write(2)` call: bytes written, or -1 with the `errno` value.
    typealias SystemCall = @Sendable (UnsafeRawBufferPointer) -> (written: Int, errorNumber: Int32)

    /// Calls `write(2)` on `descriptor` and captures `errno` immediately.
    static func system(_ descriptor: Int32) -> SystemCall {
        { bytes in
            let written = write(descriptor, bytes.baseAddress, bytes.count)
            return (written, written < 0 ? errno : 0)
        }
    }

    /// Waits until `descriptor` can take more bytes (for descriptors set non-blocking).
    static func waitWritable(_ descriptor: Int32) {
        var request = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        _ = poll(&request, 1, -1)
    }

    /// Repeats `call` until every byte is written. Retries on `EINTR`, calls `wait` and
    /// retries on `EAGAIN`, and returns the `errno` of any other failure (`EIO` if a call
    /// writes nothing without failing); returns nil once everything is written.
    static func writeAll(
        _ bytes: UnsafeRawBufferPointer, call: SystemCall, wait: () -> Void
    ) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let (written, errorNumber) = call(UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            if written > 0 {
                offset += written
            } else if written < 0, errorNumber == EINTR {
                continue
            } else if written < 0, errorNumber == EAGAIN || errorNumber == EWOULDBLOCK {
                wait()
            } else {
                return written < 0 ? errorNumber : EIO
            }
        }
        return nil
    }
}
