import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import CaseService
import LedgerJSON
import LedgerStore
import Testing

/// Issue 14, readers that cannot be poisoned: an event written round the rules with the storage
/// API (`Ledger.append` of a raw `NewEvent`) that the domain cannot read. A report on its case
/// names it plainly and refuses (what it would show without it could mislead); the council-wide
/// reports list it and carry on. On the old code the one-case error named neither the event's
/// type nor what to do, and compliance and the CLD export threw for the whole ledger.
@Suite("An event that cannot be read")
struct UnreadableEventTests {
    /// A `referralReceived` with only a route: no `reasons`, no `actingRole` (the issue's example).
    static func poison(_ fx: FixtureLedger, _ caseId: String, at time: String) throws -> Int64 {
        let event = NewEvent(
            id: fx.nextID(), stream: caseId, type: "referralReceived", schema: 1, actor: "S-17", payload: .object(["route": .string("self")]))
        return try fx.ledger.append([event], clock: { at(time) })[0].seq
    }

    @Test("given a poison event, a report on its case names the case, seq, type, field and what to do, and refuses")
    func oneCaseReportNamesItPlainly() throws {
        let fx = try FixtureLedger()
        try Stories.mrD(fx)
        let seq = try Self.poison(fx, "C-1001", at: "2027-01-05T10:00:00Z")
        let audit = try fx.audit()
        do {
            _ = try audit.caseHistory("C-1001", view: TimeView())
            Issue.record("a report was made on a case with an event that cannot be read")
        } catch let error as AuditError {
            guard case .unreadableEvents(let id, let events) = error else { Issue.record("wrong error \(error)"); return }
            #expect(id == "C-1001")
            #expect(events.map(\.seq) == [seq])
            #expect(events[0].type == "referralReceived" && events[0].schema == 1)
            #expect(events[0].problem.field == "actingRole" && events[0].problem.problem == "is missing")
            #expect(error.code == "unreadable-event")
            let m = error.message
            #expect(m.hasPrefix("event seq \(seq) of case C-1001 (referralReceived, schema 1, recorded 2027-01-05T10:00:00.000000Z) cannot be read: field `actingRole`: is missing."))
            #expect(m.contains("no report on C-1001 is made"))
            #expect(m.contains("stays in the log, which is append-only"))
            #expect(m.contains("a correction cannot supersede an event that cannot be read"))
            #expect(m.contains("Tell whoever administers the ledger, giving case C-1001 and seq \(seq)"))
            #expect(!m.contains("\n"))
        }
        // The same for diff (which reads the whole case) and for the case's own compliance finding.
        #expect(throws: AuditError.self) { try audit.caseHistory("C-1001") }
        // As known before it was recorded, the case reads as it did then.
        let before = try audit.caseHistory("C-1001", view: TimeView(asKnownAt: at("2027-01-01T00:00:00Z")))
        #expect(Int64(before.events.count) == (try audit.version(of: "C-1001")) - 1)
        #expect(before.events.last?.seq == seq - 1)
    }

    @Test("given a poison event on one case, compliance over the ledger checks every other case and lists it as a finding")
    func complianceListsItAsAFinding() throws {
        let fx = try FixtureLedger()
        try Stories.mrD(fx)
        try CLDStories.record(fx)
        let asOf = day("2026-12-01")
        let configuration: @Sendable (Timestamp) -> Configuration = { _ in FixtureConfiguration.standard }
        let clean = ComplianceReport(histories: try fx.audit().caseHistories(), asOf: asOf, configuration: configuration)
        let seq = try Self.poison(fx, "C-2002", at: "2027-01-05T10:00:00Z")
        let read = try fx.audit().caseHistoriesRead()
        #expect(read.histories.map(\.caseId) == clean.casesChecked.filter { $0 != "C-2002" })
        #expect(read.unreadable.map(\.0) == ["C-2002"])
        let report = ComplianceReport(histories: read.histories, unreadable: read.unreadable, asOf: asOf, configuration: configuration)
        #expect(report.casesChecked == clean.casesChecked)
        #expect(report.findings.filter { $0.caseId != "C-2002" } == clean.findings.filter { $0.caseId != "C-2002" })
        let found = report.findings.filter { $0.caseId == "C-2002" }
        #expect(found.count == 1)
        #expect(found[0].rule == .eventUnreadable && found[0].refs == [seq] && found[0].status == .open)
        #expect(found[0].sentence.contains("no other rule was checked on case C-2002"))
        // Reported whatever rule is asked for, and in every format.
        let one = ComplianceReport(histories: read.histories, unreadable: read.unreadable, rules: [.reviewOverdue], asOf: asOf, configuration: configuration)
        #expect(one.findings.contains(found[0]))
        let integrity = try fx.integrity()
        for format in ReportFormat.allCases {
            let out = report.render(RenderOptions(format: format), integrity: integrity)
            #expect(out.contains("event-unreadable"), "\(format)")
            #expect(out.contains("event seq \(seq) of case C-2002"), "\(format)")
        }
        // A ledger without poison renders no trace of the rule.
        for format in ReportFormat.allCases {
            #expect(!clean.render(RenderOptions(format: format), integrity: integrity).contains("event-unreadable"), "\(format)")
        }
    }

    @Test("given a poison event on one case, the CLD export carries on with every other case and names the case left out")
    func cldCarriesOn() throws {
        let fx = try FixtureLedger()
        try Stories.mrD(fx)
        try CLDStories.record(fx)
        let clean = CLDExport(cases: try fx.audit().caseHistories(), from: day("2026-04-01"), to: day("2026-09-30"))
        let seq = try Self.poison(fx, "C-2002", at: "2027-01-05T10:00:00Z")
        #expect(throws: AuditError.self) { try fx.audit().caseHistories() }
        let read = try fx.audit().caseHistoriesRead()
        let export = CLDExport(cases: read.histories, unreadable: read.unreadable, from: day("2026-04-01"), to: day("2026-09-30"))
        #expect(export.rows == clean.rows.filter { $0.caseId != "C-2002" })
        #expect(export.rows.count > 0 && clean.rows.contains { $0.caseId == "C-2002" })
        #expect(export.unmapped == clean.unmapped.filter { $0.caseId != "C-2002" })
        #expect(export.casesLeftOut == ["C-2002"])
        #expect(export.leftOutLines == [
            "case C-2002 left out: event seq \(seq) of case C-2002 (referralReceived, schema 1, recorded 2027-01-05T10:00:00.000000Z) cannot be read: field `actingRole`: is missing"
        ])
        #expect(export.summary.hasSuffix("; 1 case left out, an event of each cannot be read"))
        #expect(!clean.summary.contains("left out"))
    }
}
