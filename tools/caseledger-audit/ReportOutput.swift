import CaseAudit
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

// issue 18: fast18b
/// A report written out in pieces as it is rendered (the CSV of `caseload` and `compliance`, some
/// 50 MB over 80,000 cases), while its checkpoint may still be being saved. Nothing is written
/// before the save has succeeded (a checkpoint that cannot be saved stops the command before any
/// report, as before): pieces made until then are held, in order. To standard output, each piece
/// made after that is written at once and its memory used again for the next (the report is never
/// held whole); to a file (`-o`), the pieces are held and the file written from them once, whole
/// or not at all (`OutputFile`), as before.
struct PieceWriter {
    /// About the bytes of one piece.
    static let pieceSize = 1 << 20

    /// Writes the report `produce` makes, handing each piece to the function it is given, where
    /// `file` says (standard output when nil), once `saving` has succeeded. Throws the save's
    /// failure first (and then writes nothing more), then `produce`'s or the write's.
    static func write(to file: String?, after saving: PendingSave, _ produce: ((inout [UInt8]) throws -> Void) throws -> Void) throws {
        var held: [[UInt8]] = []
        let made = Result {
            try produce { piece in
                if file == nil, held.isEmpty, saving.succeeded {
                    try StandardStreams.output.write(piece)
                    piece.removeAll(keepingCapacity: true)
                } else {
                    held.append(piece)
                    piece = []
                }
            }
        }
        try saving.wait()
        try made.get()
        guard let file else {
            for piece in held { try StandardStreams.output.write(piece) }
            return
        }
        do {
            try OutputFile.write(parts: held, to: file)
        } catch {
            throw OutputFileError(path: file, reason: error.reason)
        }
    }
}

extension ReportTarget {
    // issue 18: fast18b
    /// Writes the report of `caseload` or `compliance` once `saving` (its checkpoint) has
    /// succeeded: as CSV in pieces as `csv` renders them (`PieceWriter`); in another format
    /// rendered by `text` while the checkpoint is saved, and written whole once it is.
    /// `integrity` is asked once, after the report is worked out.
    func write(
        after saving: PendingSave, integrity: () throws -> IntegrityStatement,
        csv: (IntegrityStatement, Int, (inout [UInt8]) throws -> Void) throws -> Void, text: (RenderOptions, IntegrityStatement) -> String
    ) throws {
        guard render.format == .csv else {
            return try write(try saving.then { text(render, try integrity()) })
        }
        try PieceWriter.write(to: output, after: saving) { piece in
            let statement = try integrity()
            try withoutActuallyEscaping(piece) { try csv(statement, PieceWriter.pieceSize, $0) }
        }
    }
}
