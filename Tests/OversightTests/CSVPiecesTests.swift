import CaseAudit
import CaseDemo
import CaseLedger
import Dispatch
import Synchronization
import Testing

// issue 18: fast18b
/// The CSV of `caseload` and `compliance` handed on in pieces as it is rendered (so the audit tool
/// can write a large report out while rendering it) is, joined, byte for byte the CSV made whole:
/// a faster path writes exactly what the plain one does (events/INVARIANTS.md rule 46).
@Suite("Oversight: CSV in pieces is the CSV made whole")
struct CSVPiecesTests {
    /// The pieces of a report for `size`, as handed on.
    static func pieces(_ size: Int, _ make: (Int, (inout [UInt8]) -> Void) -> Void) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        make(size) { piece in
            pieces.append(piece)
            // Half the time the piece's storage is kept and used again, as the tool does.
            if pieces.count % 2 == 0 { piece.removeAll(keepingCapacity: true) } else { piece = [] }
        }
        return pieces
    }

    /// Every piece but the last is at least `size` bytes and ends at the end of a record.
    static func wellCut(_ pieces: [[UInt8]], _ size: Int) -> Bool {
        pieces.dropLast().allSatisfy { $0.count >= size && $0.suffix(2).elementsEqual([13, 10]) } && !(pieces.last?.isEmpty ?? true)
    }

    @Test("caseload and compliance in pieces of any size, joined, are the CSV made whole", arguments: [UInt64(3), 4])
    func piecesJoinedAreTheWholeCSV(seed: UInt64) throws {
        let (fx, dir) = try OversightFixture.synthetic("pieces-\(seed)", cases: 120, seed: seed)
        defer { dir.remove() }
        let projection = try fx.rebuild().fromScratch()
        let staff = StaffRegister(try fx.ledger.staffEvents())
        let integrity = try fx.ledger.integrity()
        for day in [OversightFixture.asOf, CalendarDate("2027-03-01")!] {
            let caseload = projection.caseload(
                on: day, filter: CaseloadFilter(), staff: staff, configuration: fx.deadlineConfiguration.configuration, configurationSource: "test")
            let compliance = try projection.compliance()
            let wholeCaseload = Array(caseload.render(RenderOptions(format: .csv), integrity: integrity).utf8)
            let wholeCompliance = Array(compliance.render(RenderOptions(format: .csv), integrity: integrity).utf8)
            #expect(wholeCaseload.count > 20_000 && wholeCompliance.count > 5_000, "reports of many pieces")
            for size in [1, 100, 4_096, 1 << 20] {
                let c = Self.pieces(size) { caseload.csv(integrity: integrity, pieces: .about(bytes: $0), $1) }
                #expect(Array(c.joined()) == wholeCaseload, "caseload in pieces of \(size) bytes")
                #expect(Self.wellCut(c, size), "caseload pieces of \(size) bytes")
                let f = Self.pieces(size) { compliance.csv(integrity: integrity, pieces: .about(bytes: $0), $1) }
                #expect(Array(f.joined()) == wholeCompliance, "compliance in pieces of \(size) bytes")
                #expect(Self.wellCut(f, size), "compliance pieces of \(size) bytes")
            }
        }
    }

    // issue 18: csv18
    /// The CSV cut into parts rendered at once on several threads (as the audit tool renders
    /// `caseload` and `compliance` on two cores), the parts' pieces joined in order, is byte for
    /// byte the CSV made whole: for any number of parts (one; more parts than rows) and pieces of
    /// any size, with rows that cannot be read at the head of the first part.
    @Test("caseload and compliance rendered in parts on several threads, joined in order, are the CSV made whole", arguments: [UInt64(5), 6])
    func partsRenderedAtOnceJoinedAreTheWholeCSV(seed: UInt64) throws {
        let (fx, dir) = try OversightFixture.synthetic("parts-\(seed)", cases: 90, seed: seed)
        defer { dir.remove() }
        let projection = try fx.rebuild().fromScratch()
        let caseload = projection.caseload(
            on: OversightFixture.asOf, filter: CaseloadFilter(), staff: StaffRegister(try fx.ledger.staffEvents()),
            configuration: fx.deadlineConfiguration.configuration, configurationSource: "test")
        let compliance = try projection.compliance()
        let integrity = try fx.ledger.integrity()
        // Any finding stands for an event that cannot be read: only its case, refs, ids, date and sentence are rendered.
        var withUnreadable = caseload
        withUnreadable.unreadable = Array(compliance.findings.prefix(2))
        #expect(caseload.rows.count > 60 && compliance.findings.count > 60, "reports of many rows")
        let empty = Caseload(on: caseload.on, view: caseload.view, filter: caseload.filter, configurationSource: "test", openCases: 0, rows: [])
        for report in [caseload, withUnreadable, empty] {
            let whole = Array(report.csv(integrity: integrity).utf8)
            for parts in [1, 2, 3, 7, 64, report.rows.count + 5] {
                for size in [1, 1_000, 1 << 20] {
                    let joined = Self.renderedAtOnce(parts) { part, piece in report.csv(integrity: integrity, part: part, of: parts, pieces: .about(bytes: size), piece) }
                    let same = joined == whole  // not the bytes themselves when they differ: some 30,000 of them
                    #expect(same, "caseload of \(report.rows.count) rows in \(parts) parts, pieces of \(size) bytes")
                }
            }
        }
        let whole = Array(compliance.csv(integrity: integrity).utf8)
        for parts in [1, 2, 5, 64, compliance.findings.count + 3] {
            for size in [1, 1_000, 1 << 20] {
                let joined = Self.renderedAtOnce(parts) { part, piece in compliance.csv(integrity: integrity, part: part, of: parts, pieces: .about(bytes: size), piece) }
                let same = joined == whole
                #expect(same, "compliance in \(parts) parts, pieces of \(size) bytes")
            }
        }
    }

    /// The parts `render` makes, rendered at once on several threads, their pieces joined in order.
    static func renderedAtOnce(_ parts: Int, _ render: @Sendable @escaping (Int, (inout [UInt8]) -> Void) -> Void) -> [UInt8] {
        let made = Mutex([[UInt8]](repeating: [], count: parts))
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var bytes: [UInt8] = []
            render(part) { piece in
                bytes += piece
                piece = []
            }
            made.withLock { $0[part] = bytes }
        }
        return Array(made.withLock { $0 }.joined())
    }

    // issue 18: delta18
    /// A case's cells are quoted once for all its rows: each record is still exactly the one the
    /// row's fields quoted one by one make (`CSVQuoting.record`), in the same order.
    @Test("caseload rows with the case's cells quoted once are the records of their fields")
    func caseCellsQuotedOnceMakeTheSameRecords() throws {
        let (fx, dir) = try OversightFixture.synthetic("cells", cases: 120, seed: 7)
        defer { dir.remove() }
        var projection = try fx.rebuild().fromScratch()
        // A name with a quote, a comma and a formula's first character: quoting still applies.
        let first = try #require(projection.cases.keys.sorted().first { projection.cases[$0]!.isOpen && !projection.cases[$0]!.deadlines.isEmpty })
        projection.cases[first]!.customerName = "=Mrs \"A\", Jones"
        let caseload = projection.caseload(
            on: OversightFixture.asOf, filter: CaseloadFilter(), staff: StaffRegister(try fx.ledger.staffEvents()),
            configuration: fx.deadlineConfiguration.configuration, configurationSource: "test")
        let integrity = try fx.ledger.integrity()
        var expected = CSVReport.byteOrderMark + CSVQuoting.record(Caseload.csvColumns)
        #expect(caseload.unreadable.isEmpty)
        for r in caseload.rows {
            let cells = [r.caseId, r.customerName ?? "", r.stage.rawValue, r.workerId ?? "", r.workerName ?? ""]
            if r.deadlines.isEmpty {
                expected += CSVQuoting.record(["case", "", ""] + cells + ["", "", "", "", "nothing-due", "", "", r.workerLeftOn?.iso ?? ""])
            }
            for d in r.deadlines {
                expected += CSVQuoting.record(["deadline", String(d.seq), d.eventId] + cells
                    + [d.kind.rawValue, d.kind.label, d.subject, d.due.iso, d.status.code, String(abs(d.status.daysUntilDue)), d.basis,
                       r.workerLeftOn?.iso ?? ""])
            }
        }
        let csv = caseload.csv(integrity: integrity)
        #expect(csv.contains("\"'=Mrs \"\"A\"\", Jones\""))
        let body = csv.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast(2).joined(separator: "\r\n") + "\r\n"
        #expect(body == expected, "every record but the integrity row")
    }
}
