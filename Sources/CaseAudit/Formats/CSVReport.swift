/// Writes reports as CSV with stable columns (README lists them). Every CSV report ends with an
/// `integrity` row in the same columns.
public enum CSVReport {
    /// Joins several values in one cell.
    static func join(_ values: [String]) -> String { values.joined(separator: " | ") }

    /// The columns of a trail: one row per decision.
    static let trailColumns = [
        "row_type", "ref", "event_id", "event_type", "recorded_at", "effective_date", "title", "decided_by", "staff_id",
        "acting_role", "authority", "what", "reasons", "references", "evidence", "changes", "notices", "follow_ups",
        "status", "related_ref", "withheld_count",
    ]

    /// A trail entry as a row of `trailColumns`.
    static func row(_ e: TrailEntry) -> [String] {
        var related = ""
        switch e.status {
        case .superseded(let by): related = String(by)
        case .correction(let of): related = String(of)
        case .standing: break
        }
        let notices = e.notices.isEmpty && e.noticeExpected ? ["no written notice recorded"] : e.notices.map { "\($0.effectiveDate.iso): \($0.text) (ref. \($0.seq))" }
        return [
            "decision", String(e.seq), e.eventId, e.eventType, e.recordedStamp, e.effectiveDate.iso, e.title,
            e.who.imported == nil ? e.who.name ?? "" : e.who.display(.staff),
            e.who.staffId, e.who.actingRole, e.who.authority, join(e.what), join(e.reasons), join(e.references), join(e.evidence),
            join(e.changes.map(\.sentence)), join(notices),
            join(e.followUps.map { "\($0.effectiveDate.iso): \($0.text) (ref. \($0.seq))" }), e.status.code, related,
            String(e.withheld.count),
        ]
    }

    /// The integrity row for a table of `count` columns: row type, head seq, head hash, then
    /// the statement in the widest text column and `verified` or `damaged` in `statusColumn`.
    static func integrityRow(_ i: IntegrityStatement, count: Int, textColumn: Int, statusColumn: Int) -> [String] {
        var row = Array(repeating: "", count: count)
        row[0] = "integrity"
        row[1] = String(i.headSeq)
        row[2] = i.headHash
        row[textColumn] = join(i.lines)
        row[statusColumn] = i.verified ? "verified" : "damaged"
        return row
    }

    /// issue 18: scripts. The UTF-8 byte order mark every report's CSV starts with: without it a
    /// spreadsheet's default import (Excel's) reads the bytes as Windows-1252, and "£17.50" and
    /// "→" arrive garbled. With it Excel opens the file as UTF-8 and LibreOffice's Text Import
    /// dialog picks UTF-8 (tools/check-csv-import.py imports a file with LibreOffice).
    public static let byteOrderMark = "\u{FEFF}"

    /// Records as CSV text, starting with the byte order mark.
    static func render(_ columns: [String], _ rows: [[String]]) -> String {
        var out = CSVWriter(columns: columns, capacity: rows.reduce(0) { $0 + CSVWriter.estimate($1) })
        for row in rows { out.add(row) }
        return out.text
    }
}

// issue 16: tidy16
/// How a CSV report is handed on: whole, or in pieces of about so many bytes (a row is never split).
public enum CSVPieces: Hashable, Sendable {
    /// The report in one piece, handed on at the end, with room made for all of it at the start.
    case whole
    /// Pieces of about `bytes` bytes, each handed on as soon as it holds that many.
    case about(bytes: Int)

    /// The bytes a piece is handed on at (nil: the report whole).
    var pieceBytes: Int? {
        switch self {
        case .whole: nil
        case .about(let bytes): bytes
        }
    }
}

// issue 18: csv18. One home for the whole and piecewise forms of a report cut into parts.
/// A report whose CSV can be rendered as part k of n (`csv(integrity:part:of:pieces:_:)`, the
/// one definition of its rows); the whole CSV and the CSV in pieces follow from it.
public protocol PartedCSVReport {
    /// Part `part` of the CSV cut into `parts` (`0 <= part < parts`), whole or in pieces of about
    /// so many bytes (`pieces`; a row is never split) handed to `piece` in order; `piece` takes the
    /// bytes or writes them out, and leaves the array empty. The parts can be rendered at once on
    /// several threads; their pieces joined in order are `csv(integrity:)`'s bytes.
    func csv<E: Error>(
        integrity: IntegrityStatement, part: Int, of parts: Int, pieces: CSVPieces, _ piece: (inout [UInt8]) throws(E) -> Void
    ) throws(E)
}

extension PartedCSVReport {
    /// The report as CSV, whole: part 0 of 1 in one piece.
    public func csv(integrity: IntegrityStatement) -> String {
        var whole: [UInt8] = []
        csv(integrity: integrity, part: 0, of: 1, pieces: .whole) { whole = $0; $0 = [] }
        return String(decoding: whole, as: UTF8.self)
    }

    // issue 18: fast18b
    /// The same CSV handed on as `pieces` says (a row is never split): in pieces of about so many
    /// bytes, each handed to `piece` as it is made, in order, so a large report can be written out
    /// while it is rendered and never held whole. The pieces joined are `csv(integrity:)`'s bytes.
    public func csv<E: Error>(integrity: IntegrityStatement, pieces: CSVPieces, _ piece: (inout [UInt8]) throws(E) -> Void) throws(E) {
        try csv(integrity: integrity, part: 0, of: 1, pieces: pieces, piece)
    }
}

// issue 18: csv18
/// A large CSV report cut into parts that can be rendered at once on several threads: part `part`
/// of `parts` holds the `part`-th share of `count` items, in order (`range`); the first part
/// starts the report (byte order mark, header, what comes before the items) and the last ends it
/// (the integrity row). Each part is rendered in pieces (`CSVWriter`); the pieces of parts 0 to
/// `parts - 1` joined in order are the report made whole.
struct CSVParts {
    /// This part, from 0.
    let part: Int
    /// How many parts the report is cut into (1: the report whole).
    let parts: Int
    /// The items this part renders.
    let range: Range<Int>

    /// Part `part` of `parts` (`0 <= part < parts`) of a report of `count` items.
    init(part: Int, of parts: Int, count: Int) {
        precondition(parts >= 1 && part >= 0 && part < parts, "CSV part \(part) of \(parts)")
        self.part = part
        self.parts = parts
        range = count * part / parts ..< count * (part + 1) / parts
    }

    /// Whether this part starts the report.
    var isFirst: Bool { part == 0 }
    /// Whether this part ends the report.
    var isLast: Bool { part == parts - 1 }
}

// issue 18: fast18
/// A CSV report written a row at a time into one buffer made big enough at the start: a report of
/// many rows (a caseload of 80,000 cases is some 50 MB) is neither held as rows of strings nor
/// joined from a string per row, nor copied as its buffer grows.
struct CSVWriter {
    private var bytes: [UInt8]
    /// issue 18: fast18b. Whole, or the bytes held before they are handed on as a piece.
    private let pieces: CSVPieces

    /// The byte order mark and the header row of `columns`, with room for `capacity` more bytes;
    /// in pieces, room for a piece instead (`add(_:handingOn:)` hands each on).
    /// issue 18: csv18. Without `columns`, nothing yet: a later part of a report (`CSVParts`).
    init(columns: [String]?, capacity: Int, pieces: CSVPieces = .whole) {
        self.pieces = pieces
        bytes = columns == nil ? [] : Array(CSVReport.byteOrderMark.utf8)
        bytes.reserveCapacity(pieces.pieceBytes.map { $0 + $0 / 8 } ?? capacity + capacity / 8 + 4096)
        if let columns { add(columns) }
    }

    /// About the bytes `fields` take as a record (each quoted, a comma or the line end after it).
    static func estimate(_ fields: [String]) -> Int { fields.reduce(0) { $0 + $1.utf8.count + 3 } + 2 }

    /// Adds one record.
    mutating func add(_ fields: [String]) { CSVQuoting.append(record: fields, to: &bytes) }

    // issue 18: fast18b
    /// Adds one record, then hands the bytes held to `piece` once they are a piece's worth
    /// (`piece` takes them or writes them out, and leaves the array empty).
    mutating func add<E: Error>(_ fields: [String], handingOn piece: (inout [UInt8]) throws(E) -> Void) throws(E) {
        CSVQuoting.append(record: fields, to: &bytes)
        if let size = pieces.pieceBytes, bytes.count >= size { try handOn(piece) }
    }

    // issue 18: delta18
    /// Adds the record `head + cells + tail`, where `quoted` is `cells` already quoted and joined
    /// (`CSVQuoting.append(fields:to:)`; `cells` not empty): the same bytes as `add(_:handingOn:)`
    /// of the three joined.
    mutating func add<E: Error>(
        _ head: [String], quoted: [UInt8], _ tail: [String], handingOn piece: (inout [UInt8]) throws(E) -> Void
    ) throws(E) {
        CSVQuoting.append(fields: head, to: &bytes)
        if !head.isEmpty { bytes.append(UInt8(ascii: ",")) }
        bytes.append(contentsOf: quoted)
        if !tail.isEmpty { bytes.append(UInt8(ascii: ",")) }
        CSVQuoting.append(record: tail, to: &bytes)
        if let size = pieces.pieceBytes, bytes.count >= size { try handOn(piece) }
    }

    /// Hands what is held to `piece` (the last piece; nothing when nothing is held).
    mutating func finish<E: Error>(_ piece: (inout [UInt8]) throws(E) -> Void) throws(E) {
        if !bytes.isEmpty { try handOn(piece) }
    }

    private mutating func handOn<E: Error>(_ piece: (inout [UInt8]) throws(E) -> Void) throws(E) {
        try piece(&bytes)
        precondition(bytes.isEmpty, "a CSV piece was handed on and not taken")
        if let size = pieces.pieceBytes, bytes.capacity < size { bytes.reserveCapacity(size + size / 8) }
    }

    /// The report.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension DecisionTrail {
    /// The trail as CSV: a header, one row per decision, and the integrity row.
    public func csv(integrity: IntegrityStatement) -> String {
        let c = CSVReport.trailColumns
        return CSVReport.render(c, entries.map(CSVReport.row)
            + [CSVReport.integrityRow(integrity, count: c.count, textColumn: c.firstIndex(of: "what")!, statusColumn: c.firstIndex(of: "status")!)])
    }
}

extension Explanation {
    /// The columns of an explanation: one row per step.
    static let csvColumns = ["row_type", "step", "ref", "effective_date", "text", "details", "status"]

    /// The explanation as CSV: an `answer` row, one row per step, and the integrity row.
    public func csv(integrity: IntegrityStatement) -> String {
        let c = Explanation.csvColumns
        var rows = [["answer", "", "", "", answer, CSVReport.join(notes), ""]]
        rows += steps.map { ["step", String($0.number), $0.seq.map(String.init) ?? "", $0.effectiveDate?.iso ?? "", $0.text, CSVReport.join($0.details), ""] }
        rows.append(CSVReport.integrityRow(integrity, count: c.count, textColumn: 4, statusColumn: 6))
        return CSVReport.render(c, rows)
    }
}

extension CaseDiff {
    /// The columns of a difference: figure changes, then the events recorded in between.
    static let csvColumns = ["row_type", "ref", "key", "label", "from", "to", "changed_by", "recorded_at", "effective_date", "title", "status"]

    /// The difference as CSV.
    public func csv(integrity: IntegrityStatement) -> String {
        let c = CaseDiff.csvColumns
        var rows = changes.map { ["change", "", $0.change.key, $0.change.label, $0.change.from, $0.change.to, $0.changedBy.map(String.init).joined(separator: " "), "", "", "", ""] }
        rows += events.map { ["event", String($0.seq), $0.eventType, "", "", "", "", $0.recordedStamp, $0.effectiveDate.iso, $0.title, $0.status.code] }
        rows.append(CSVReport.integrityRow(integrity, count: c.count, textColumn: 9, statusColumn: 10))
        return CSVReport.render(c, rows)
    }
}

extension IntegrityStatement {
    /// The columns of a verification (the `fault_` ones are empty when the ledger is intact;
    /// `DamageFound.csv()` fills them).
    static let verificationColumns = [
        "row_type", "head_seq", "head_hash", "events", "segments", "statement", "status", "merkle_root",
        // issue 18: scripts
        "fault_segment", "fault_line", "fault_seq",
    ]

    /// The verification as CSV: one integrity row.
    public func verificationCSV() -> String {
        let c = IntegrityStatement.verificationColumns
        var row = CSVReport.integrityRow(self, count: c.count, textColumn: 5, statusColumn: 6)
        row[3] = String(eventsVerified)
        row[4] = String(segments)
        row[7] = merkleRoot ?? ""
        return CSVReport.render(c, [row])
    }
}
