/// Why an evidence folder does not prove what it claims, or could not be made. The codes are the
/// same as `tools/check-evidence.py` prints, so both checkers can be compared line for line.
public struct EvidenceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A short stable identifier, e.g. `evidence-inclusion-failed`.
    public let code: String
    /// One line for the person who must act: which file, which seq, what it means.
    public let message: String

    /// An error with its code and message.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// The code and the message.
    public var description: String { "\(code): \(message)" }

    // The codes both checkers use (tools/check-evidence.py defines the same strings).

    /// A file the folder must hold is missing or not a regular file.
    static func fileMissing(_ path: String, holding what: String) -> EvidenceError {
        EvidenceError(code: "evidence-file-missing", message: "\(path) is missing (or not a regular file): the evidence folder should hold \(what)")
    }

    /// A file or directory could not be read.
    public static func unreadable(_ reason: String) -> EvidenceError {
        EvidenceError(code: "evidence-unreadable", message: reason)
    }
}
