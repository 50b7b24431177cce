#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to an output stream failed, such as standard output on a full disk.
public struct OutputError: ReportableError, Equatable, Sendable {
    /// The stream that failed, such as `standard output`.
    public var stream: String
    /// The `errno` value reported by the failed system call.
    public var errorNumber: Int32

    /// Describes a failed write to `stream`.
    public init(stream: String, errorNumber: Int32) {
        self.stream = stream
        self.errorNumber = errorNumber
    }

    /// Always `output-failed`.
    public var code: String { "output-failed" }

    /// `cannot write to standard output: No space left on device`.
    public var message: String {
        "cannot write to \(stream): \(String(cString: strerror(errorNumber)))"
    }
}
