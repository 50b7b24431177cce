import CaseAudit
import CLIKit
import Dispatch
import Synchronization

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

// issue 18: csv18
/// A CSV report rendered in parts (`csv(integrity:part:of:pieces:_:)` of `Caseload` and
/// `ComplianceReport`) on two cores: this thread, and the checkpoint's save thread once the save
/// has ended (so the save is never slowed). Each takes the next part no one has taken yet, so
/// neither waits for the other but at the very end; the parts' pieces are handed on strictly in
/// order, as soon as every part before them is done.
final class PartsRendering: Sendable {
    /// How many parts a report is cut into: small enough that the last one taken ends soon after
    /// the other thread's, large enough that taking one costs nothing beside rendering it.
    static let parts = 64

    /// Renders part `part` of `parts`, handing each piece to the function it is given.
    typealias Render = @Sendable (_ part: Int, _ parts: Int, (inout [UInt8]) -> Void) -> Void

    private let render: Render
    private let next = Atomic<Int>(0)
    /// Each part's pieces once it is rendered.
    private let made: Mutex<[[[UInt8]]?]>
    /// Signalled when the other thread has taken its last part.
    private let otherDone = DispatchSemaphore(value: 0)

    private init(_ render: @escaping Render) {
        self.render = render
        made = Mutex(Array(repeating: nil, count: Self.parts))
    }

    /// The next part no one has taken, or nil when all are taken.
    private func take() -> Int? {
        let part = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return part < Self.parts ? part : nil
    }

    /// Renders part `part` and keeps its pieces.
    private func renderPart(_ part: Int) {
        var pieces: [[UInt8]] = []
        render(part, Self.parts) { piece in
            pieces.append(piece)
            piece = []
        }
        made.withLock { $0[part] = pieces }
    }

    /// Hands on to `piece`, in order, the pieces of the report `render` makes part by part: the
    /// other thread joins in once `saving` has ended and succeeded (a report whose checkpoint was
    /// not saved is not written: `PieceWriter` throws the save's failure).
    static func handOn(after saving: PendingSave, _ render: @escaping Render, _ piece: (inout [UInt8]) throws -> Void) throws {
        let shared = PartsRendering(render)
        DispatchQueue.global().async {
            if (try? saving.wait()) != nil {
                while let part = shared.take() { shared.renderPart(part) }
            }
            shared.otherDone.signal()
        }
        var handed = 0
        // Hands on the parts done, in order, up to the first not yet done.
        func handOnDone() throws {
            while handed < Self.parts, let pieces = shared.made.withLock({ made in made[handed].map { p in made[handed] = []; return p } }) {
                for var p in pieces { try piece(&p) }
                handed += 1
            }
        }
        while let part = shared.take() {
            shared.renderPart(part)
            try handOnDone()
        }
        shared.otherDone.wait()
        try handOnDone()
        precondition(handed == Self.parts, "a part of the CSV was not rendered")
    }
}

extension ReportTarget {
    // issue 18: fast18b
    /// Writes the report of `caseload` or `compliance` once `saving` (its checkpoint) has
    /// succeeded: as CSV in pieces as `csv` renders them part by part on two cores
    /// (`PartsRendering`, `PieceWriter`); in another format rendered by `text` while the
    /// checkpoint is saved, and written whole once it is. `integrity` is asked once, after the
    /// report is worked out.
    func write(
        after saving: PendingSave, integrity: () throws -> IntegrityStatement,
        csv: @escaping @Sendable (IntegrityStatement, _ part: Int, _ parts: Int, CSVPieces, (inout [UInt8]) -> Void) -> Void,
        text: (RenderOptions, IntegrityStatement) -> String
    ) throws {
        guard render.format == .csv else {
            return try write(try saving.then { text(render, try integrity()) })
        }
        try PieceWriter.write(to: output, after: saving) { piece in
            let statement = try integrity()
            // issue 18: csv18. The parts rendered on two cores, their pieces handed on in order.
            try PartsRendering.handOn(after: saving, { csv(statement, $0, $1, .about(bytes: PieceWriter.pieceSize), $2) }, piece)
        }
    }
}
