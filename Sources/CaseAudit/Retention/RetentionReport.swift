import CaseLedger
import CaseService
import LedgerJSON

// issue 17: retention
/// What `caseledger retention review` lists: every case of the ledger as it stands for retention
/// on a day (`RetentionRules.review`): due for erasure, held and why, retained until when, open,
/// or erased. A dry run: it writes nothing.
public struct RetentionReport: Hashable, Sendable {
    /// The day reviewed.
    public var asOf: CalendarDate
    /// Each case's review, in case order.
    public var reviews: [RetentionRules.Review]
    /// Cases an event of which cannot be read: not reviewed, never erased.
    public var unreadable: [String]

    /// A report.
    public init(asOf: CalendarDate, reviews: [RetentionRules.Review], unreadable: [String] = []) {
        self.asOf = asOf
        self.reviews = reviews
        self.unreadable = unreadable
    }

    /// Every case of `ledger` reviewed on `day`, with the configuration in force at `now`.
    public static func make(_ ledger: AuditLedger, on day: CalendarDate, now: Timestamp) throws -> RetentionReport {
        let configuration = try ledger.configurationTimeline(now: now)(now)
        var reviews: [RetentionRules.Review] = []
        var unreadable: [String] = []
        for stream in try ledger.ledger.streams.sorted() where !Streams.isReserved(stream) {
            let read: CaseEventsRead
            do { read = try ledger.read(stream) } catch AuditError.notACase { continue }
            if !read.unreadable.isEmpty { unreadable.append(stream); continue }
            reviews.append(RetentionRules.review(CaseState(rebuiltFrom: read.events), on: day, configuration))
        }
        return RetentionReport(asOf: day, reviews: reviews, unreadable: unreadable)
    }

    /// The cases due for erasure.
    public var due: [RetentionRules.Review] { reviews.filter { $0.standing == .due } }

    /// The case's standing in words.
    public static func standingWords(_ r: RetentionRules.Review) -> String {
        switch r.standing {
        case .open: "open: kept while the council is involved"
        case .retained: "kept until \(r.clock.map { Words.date($0.due) } ?? "its period runs")"
        case .due: "due for erasure since \(r.clock.map { Words.date($0.due) } ?? "")"
        case .held: "held: due since \(r.clock.map { Words.date($0.due) } ?? "") but not to be erased"
        case .erased: "erased on \(r.erasure.map { Words.date($0.effectiveDate) } ?? "")"
        }
    }

    /// The rule that governs (or governed) the case, in words.
    public static func ruleWords(_ r: RetentionRules.Review) -> String {
        if let clock = r.clock { return "\(clock.ruleWords), from \(Words.date(clock.from))" }
        if let a = r.erasure?.value { return a.retentionRule ?? a.courtOrder.map { "court order: \($0)" } ?? "" }
        return "none until the case is closed"
    }

    /// The holds in words ("none" when there is none).
    public static func holdWords(_ r: RetentionRules.Review) -> String {
        r.holds.isEmpty ? "none" : r.holds.map(\.words).joined(separator: "; ")
    }

    /// Renders the report in `options.format`.
    public func render(_ options: RenderOptions, integrity: IntegrityStatement) -> String {
        switch options.format {
        case .json: json(integrity: integrity)
        case .csv: csv(integrity: integrity)
        case .text: TextRenderer.render(document(integrity: integrity))
        case .md: MarkdownRenderer.render(document(integrity: integrity))
        case .html: HTMLRenderer.render(document(integrity: integrity), caseId: nil, largePrint: options.largePrint, madeOn: options.madeOn)
        }
    }

    /// The report as a document.
    public func document(integrity: IntegrityStatement) -> ReportDocument {
        let counts = Dictionary(grouping: reviews, by: \.standing).mapValues(\.count)
        var lead = [
            "Retention of \(Words.count(reviews.count, "case")) as at \(Words.date(asOf)): a dry run; nothing is erased by this report.",
            "\(counts[.due] ?? 0) due for erasure, \(counts[.held] ?? 0) held, \(counts[.retained] ?? 0) kept until their period runs, \(counts[.open] ?? 0) open, \(counts[.erased] ?? 0) erased.",
            "Erasure removes each decision's personal content; that a decision of its type was made, on its date, by whom and under which role, remains, with the erasure decision itself.",
        ]
        if !unreadable.isEmpty {
            lead.append("\(Words.count(unreadable.count, "case")) could not be read and were not reviewed (\(unreadable.joined(separator: ", "))): nothing is erased from them.")
        }
        func table(_ caption: String, _ standing: RetentionRules.Standing) -> ReportSection {
            let rows = reviews.filter { $0.standing == standing }
            let t = ReportTable(caption: caption, headers: ["Case", "Standing", "Rule", "Holds"],
                rows: rows.map { [$0.caseId, Self.standingWords($0), Self.ruleWords($0), Self.holdWords($0)] })
            return ReportSection(heading: "\(caption) (\(rows.count))", anchor: standing.rawValue,
                blocks: rows.isEmpty ? [.paragraph("None.")] : [.table(t)])
        }
        return ReportDocument(title: "Retention review", lead: lead, sections: [
            table("Due for erasure", .due), table("Held", .held), table("Kept until their period runs", .retained),
            table("Open", .open), table("Erased", .erased),
        ], integrity: integrity, copy: .staff, dated: "as at \(Words.date(asOf))")
    }

    /// The columns of the CSV: one row per case.
    public static let csvColumns = ["row_type", "case_id", "standing", "record_kind", "from", "due", "rule", "holds", "erased_on", "status"]

    /// The report as CSV: a header, one row per case, and the integrity row.
    public func csv(integrity: IntegrityStatement) -> String {
        let c = Self.csvColumns
        var rows = reviews.map { r in
            ["case", r.caseId, r.standing.rawValue, r.clock?.kind.rawValue ?? "", r.clock?.from.iso ?? "", r.clock?.due.iso ?? "",
             Self.ruleWords(r), r.holds.map(\.words).joined(separator: "; "), r.erasure?.effectiveDate.iso ?? "", ""]
        }
        rows.append(CSVReport.integrityRow(integrity, count: c.count, textColumn: c.firstIndex(of: "rule")!, statusColumn: c.firstIndex(of: "status")!))
        return CSVReport.render(c, rows)
    }

    /// The report as JSON.
    public func json(integrity: IntegrityStatement) -> String {
        JSONReport.render([
            ("report", "retentionReview"), ("asOf", .string(asOf.iso)),
            ("cases", .array(reviews.map { r in
                [
                    "caseId": .string(r.caseId), "standing": .string(r.standing.rawValue),
                    "recordKind": r.clock.map { .string($0.kind.rawValue) } ?? .null,
                    "from": r.clock.map { .string($0.from.iso) } ?? .null, "due": r.clock.map { .string($0.due.iso) } ?? .null,
                    "rule": .string(Self.ruleWords(r)), "holds": JSONReport.strings(r.holds.map(\.words)),
                    "erasedOn": r.erasure.map { .string($0.effectiveDate.iso) } ?? .null,
                    "erasureSeq": r.erasure.map { .integer($0.seq) } ?? .null,
                ]
            })),
            ("unreadable", JSONReport.strings(unreadable)),
            ("integrity", JSONReport.integrity(integrity)),
        ])
    }
}
