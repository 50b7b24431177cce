import CLIKit

/// A report file could not be written.
struct OutputFileError: ReportableError {
    let path: String
    let reason: String
    var code: String { "output-failed" }
    var message: String { "could not write the report to \(path): \(reason); nothing was written to the ledger" }
}

/// Where a report goes: standard output, or where `-o` says (`OutputFile`: a file replaced
/// atomically, a pipe or device written as a stream, `-` standard output).
enum ReportOutput {
    /// Writes `text` where `file` says, or to standard output when nil.
    static func write(_ text: String, to file: String?) throws {
        guard let file else {
            try StandardStreams.output.write(text)
            return
        }
        do {
            try OutputFile.write(Array(text.utf8), to: file)
        } catch {
            throw OutputFileError(path: file, reason: error.reason)
        }
    }
}
