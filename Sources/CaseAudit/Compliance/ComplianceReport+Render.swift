import CaseLedger

extension ComplianceReport: PartedCSVReport {
    /// The report in the chosen format, ending with `integrity`.
    public func render(_ options: RenderOptions, integrity: IntegrityStatement) -> String {
        switch options.format {
        case .json: json(integrity: integrity)
        case .csv: csv(integrity: integrity)
        case .text: TextRenderer.render(document(integrity: integrity), width: options.textWidth)
        case .md: MarkdownRenderer.render(document(integrity: integrity))
        case .html: HTMLRenderer.render(document(integrity: integrity), caseId: caseFilter, largePrint: options.largePrint, madeOn: options.madeOn)
        }
    }

    // issue 14: readers that cannot be poisoned
    /// The cases an event of which cannot be read (each listed by a finding of rule
    /// `event-unreadable`, and no other), by case reference.
    public var unreadableCases: [String] {
        var seen = Set<String>()
        return findings.filter { $0.rule == .eventUnreadable }.map(\.caseId).filter { seen.insert($0).inserted }
    }

    /// The rules the report lists: those checked, and `event-unreadable` after them when it found something.
    var rulesShown: [ComplianceRule] { unreadableCases.isEmpty ? rules : rules + [.eventUnreadable] }

    /// "ref. 12, ref. 9".
    static func refs(_ f: Finding) -> String { f.refs.map { "ref. \($0)" }.joined(separator: ", ") }

    /// What was checked, in words.
    var scope: String {
        let what = caseFilter.map { "case \($0)" } ?? "\(casesChecked.count) case\(casesChecked.count == 1 ? "" : "s") in the ledger"
        let which = rules.count == ComplianceRule.allCases.count ? "every rule" : rules.map(\.code).joined(separator: ", ")
        return "Compliance of \(what) against \(which), as at \(Words.date(asOf))."
    }

    /// The report as a document.
    public func document(integrity: IntegrityStatement) -> ReportDocument {
        var lead = [scope]
        lead += view.describedLines
        if !unreadableCases.isEmpty {
            lead.append(
                "\(Words.count(unreadableCases.count, "case")) could not be checked (\(unreadableCases.joined(separator: ", "))): "
                    + "an event of each cannot be read, and is listed as a finding of rule \(ComplianceRule.eventUnreadable.code) instead.")
        }
        lead.append("\(open.count) open finding\(open.count == 1 ? "" : "s"); \(corrected.count) corrected by a later correction (still shown: history is never hidden).")
        lead.append("Each finding names the entries behind it by their reference number (ref.), the ledger's sequence number; the first is the one the finding is about.")
        let table = ReportTable(
            caption: "Findings", headers: ["Case", "Refs", "Rule", "Finding", "Source", "Status"],
            rows: findings.map { [$0.caseId, ComplianceReport.refs($0), $0.rule.code, $0.sentence, $0.source, $0.status.words] })
        let counts = Dictionary(grouping: findings, by: \.rule)
        let rulesTable = ReportTable(
            caption: "Rules checked", headers: ["Rule", "What it requires", "Source", "Findings"],
            rows: rulesShown.map { [$0.code, $0.requirement, $0.source, String(counts[$0]?.count ?? 0)] })
        return ReportDocument(title: caseFilter.map { "Compliance findings: case \($0)" } ?? "Compliance findings", lead: lead, sections: [
            ReportSection(heading: "Findings (\(findings.count))", anchor: "findings",
                blocks: findings.isEmpty ? [.paragraph("No breach of the rules checked was found.")] : [.table(table)]),
            ReportSection(heading: "Rules checked (\(rulesShown.count))", anchor: "rules", blocks: [.table(rulesTable)]),
        ], integrity: integrity, copy: .staff, dated: view.dated)
    }

    /// The columns of the CSV: one row per finding.
    public static let csvColumns = ["row_type", "case_id", "refs", "event_ids", "rule", "date", "finding", "source", "status", "corrected_by"]

    // issue 18: csv18
    /// The report's CSV is a header, one row per finding, and the integrity row.
    ///
    /// Part `part` of that CSV cut into `parts` (`0 <= part < parts`), in pieces as
    /// `csv(integrity:pieces:_:)`: the first part has the byte order mark and the header, each
    /// part the rows of its share of the findings in order, the last the integrity row. The parts
    /// can be rendered at once on several threads; their pieces joined in order are
    /// `csv(integrity:)`'s bytes.
    public func csv<E: Error>(
        integrity: IntegrityStatement, part: Int, of parts: Int, pieces: CSVPieces, _ piece: (inout [UInt8]) throws(E) -> Void
    ) throws(E) {
        let c = ComplianceReport.csvColumns
        let share = CSVParts(part: part, of: parts, count: findings.count)
        // issue 18: fast18. Each row written as it is made (`CSVWriter`), into room for them all.
        let size = pieces != .whole ? 0
            : findings[share.range].reduce(0) { $0 + $1.caseId.utf8.count + $1.sentence.utf8.count + $1.source.utf8.count + $1.eventIds.count * 40 + 80 }
        var out = CSVWriter(columns: share.isFirst ? c : nil, capacity: size, pieces: pieces)
        for f in findings[share.range] {
            try out.add(["finding", f.caseId, f.refs.map(String.init).joined(separator: " "), CSVReport.join(f.eventIds), f.rule.code, f.date.iso,
                         f.sentence, f.source, f.status.code, f.status.correctedBy.map(String.init) ?? ""], handingOn: piece)
        }
        if share.isLast {
            out.add(CSVReport.integrityRow(integrity, count: c.count, textColumn: c.firstIndex(of: "finding")!, statusColumn: c.firstIndex(of: "status")!))
        }
        try out.finish(piece)
    }

    /// The report as JSON.
    public func json(integrity: IntegrityStatement) -> String {
        JSONReport.render([
            ("report", "compliance"), ("caseId", JSONReport.string(caseFilter)), ("view", JSONReport.view(view)), ("asOf", .string(asOf.iso)),
            ("casesChecked", JSONReport.strings(casesChecked)),
            ("rules", .array(rulesShown.map { ["code": .string($0.code), "requirement": .string($0.requirement), "source": .string($0.source)] })),
            ("openCount", .integer(Int64(open.count))), ("correctedCount", .integer(Int64(corrected.count))),
            ("findings", .array(findings.map { f in
                ["caseId": .string(f.caseId), "rule": .string(f.rule.code), "refs": .array(f.refs.map { .integer($0) }),
                 "eventIds": JSONReport.strings(f.eventIds), "date": .string(f.date.iso), "finding": .string(f.sentence),
                 "source": .string(f.source), "status": .string(f.status.code),
                 "correctedBy": f.status.correctedBy.map { .integer($0) } ?? .null]
            })),
            ("integrity", JSONReport.integrity(integrity)),
        ])
    }
}
