import CaseLedger
import Foundation
import LedgerStore
import Testing

/// `caseledger-audit panel-pack` and `caseledger-audit export cld` as a person runs them.
@Suite struct PanelPackAndCLDCommandTests {
    let audit = Executable.audit
    let tmp = TemporaryDirectory()
    var ledger: String { tmp.child("ledger") }

    init() throws {
        try AuditLedgerFixture.create(at: tmp.child("ledger"))
    }

    /// Adds case C-2002, opened on 2 April 2026 from prison and closed as moved away the next day:
    /// a request with no CLD outcome.
    func addUnmappableCase() throws {
        let l = try Ledger.open(at: ledger, mode: .readWrite)
        let m = { (d: String) in DecisionMetadata(actingRole: .socialWorker, effectiveDate: CalendarDate(d)!) }
        let events: [CaseEvent] = [
            .referralReceived(ReferralReceived(
                metadata: m("2026-04-02"), customerName: "Mr F", caseKind: .adult, routeOfAccess: .prison, source: .nhsProfessional,
                presentingNeed: "personal care on release")),
            .caseClosed(CaseClosed(metadata: m("2026-04-03"), reason: .movedAway)),
        ]
        _ = try l.append(events.map { NewEvent(stream: "C-2002", type: $0.typeName, schema: Int64($0.schemaVersion), actor: "S-1", payload: $0.payload) })
    }

    @Test(arguments: ["text", "md", "html", "json", "csv"])
    func panelPackInEveryFormatEndsWithTheIntegrityStatement(format: String) throws {
        let run = try audit.run(["panel-pack", "C-1001", "--ledger", ledger, "--format", format])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.contains("Open challenges and what is asked of the panel"))
        #expect(run.stdout.contains("he drinks too much"), "a staff document shows everything")
        // In HTML the decision history is an annex after the integrity statement (issue 18: panel).
        let end = format == "html" ? try #require(run.stdout.range(of: "<section class=\"annex\"")).lowerBound : run.stdout.endIndex
        #expect(run.stdout[..<end].suffix(1500).contains("caseledger-audit verify --ledger"))
    }

    @Test func panelPackMarksRestrictedItemsAndTravelsInTime() throws {
        let run = try audit.run(["panel-pack", "C-1001", "--ledger", ledger])
        #expect(run.stdout.contains("[restricted] Opinion of a neighbour: he drinks too much"))
        #expect(run.stdout.contains("Nothing is referred to the panel"))
        let before = try audit.run(["panel-pack", "C-1001", "--ledger", ledger, "--as-known-at", "2026-04-08T12:00:00Z"])
        #expect(before.exitCode == 0, "\(before.stderr)")
        #expect(before.stdout.contains("No assessment is recorded."))
        #expect(before.stdout.contains("the ledger ended at seq 4"))
        let file = tmp.child("pack.html")
        let html = try audit.run(["panel-pack", "C-1001", "--ledger", ledger, "--format", "html", "--large-print", "-o", file])
        #expect(html.exitCode == 0 && html.stdout.isEmpty)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("<body class=\"large-print\">"))
    }

    @Test func exportCLDWritesTheRowsAndASummary() throws {
        let run = try audit.run(["export", "cld", "--from", "2026-04-01", "--to", "2026-06-30", "--ledger", ledger])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\r\n")
        #expect(lines.count == 4, "\(lines)")
        #expect(lines[0].hasPrefix("\"Event_Reference\",\"LA_Person_Unique_Identifier\",\"Ledger_Seq\",\"Event_Type\""))
        #expect(lines[1] == "\"00000000-0000-4000-8000-000000000003\",\"C-1001\",\"3\",\"Request\",\"2026-04-01\",\"2026-04-08\",\"Community/Other route\",\"Progress to Assessment\",\"\",\"\",\"\",\"\",\"\",\"\"")
        #expect(lines[2] == "\"00000000-0000-4000-8000-000000000005\",\"C-1001\",\"5\",\"Assessment\",\"2026-04-08\",\"2026-04-08\",\"\",\"Progress to Support Planning/Services\",\"\",\"\",\"\",\"\",\"\",\"\"")
        #expect(run.stderr.contains("caseledger-audit export cld: 2 rows for 2026-04-01 to 2026-06-30 (1 request, 1 assessment, 0 services, 0 reviews); 0 events could not be mapped"))
        #expect(run.stderr.contains("Verification passed"))
        let file = tmp.child("cld.csv")
        let toFile = try audit.run(["export", "cld", "--from", "2026-04-01", "--to", "2026-06-30", "--ledger", ledger, "-o", file])
        #expect(toFile.exitCode == 0 && toFile.stdout.isEmpty)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == run.stdout)
    }

    @Test func unmappableEventsAreListedOnStandardErrorNotDropped() throws {
        try addUnmappableCase()
        let run = try audit.run(["export", "cld", "--from", "2026-04-01", "--to", "2026-06-30", "--ledger", ledger])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stderr.contains("caseledger-audit export cld: not mapped: C-2002 seq 9 (Request): a request closed as 'movedAway'"), "\(run.stderr)")
        #expect(run.stderr.contains("1 event could not be mapped"))
        #expect(!run.stdout.contains("C-2002"))
    }

    @Test func theLedgerIsNeverWritten() throws {
        let before = snapshot(of: ledger)
        _ = try audit.run(["panel-pack", "C-1001", "--ledger", ledger])
        _ = try audit.run(["export", "cld", "--from", "2026-01-01", "--to", "2026-12-31", "--ledger", ledger])
        #expect(snapshot(of: ledger) == before)
    }

    @Test(arguments: [["panel-pack"], ["export"], ["export", "cld"]])
    func everyCommandHasHelp(command: [String]) throws {
        let run = try audit.run(command + ["--help"])
        #expect(run.exitCode == 0)
        #expect(run.stdout.contains("USAGE"))
        let top = try audit.run(["--help"]).stdout
        #expect(top.contains("panel-pack") && top.contains("export"))
    }

    @Test(arguments: [
        (["panel-pack", "C-9999"], 3, "no case C-9999 in the ledger"),
        (["panel-pack", "C-1001", "--as-known-at", "2024-01-01"], 3, "is before the ledger began"),
        (["panel-pack", "C-1001", "--in-force-on", "soon"], 64, "--in-force-on must be a date"),
        (["panel-pack", "C-1001", "--copy", "customer"], 64, "copy"),
        (["export", "cld", "--from", "2026-04-01"], 64, "--to"),
        (["export", "cld", "--from", "April", "--to", "2026-06-30"], 64, "--from must be a date"),
        (["export", "cld", "--from", "2026-07-01", "--to", "2026-06-30"], 64, "is after --to"),
        (["export", "sald", "--from", "2026-04-01", "--to", "2026-06-30"], 64, "sald"),
    ])
    func errorsAreOneLine(args: [String], code: Int32, text: String) throws {
        let run = try audit.run(args + ["--ledger", ledger])
        #expect(run.exitCode == code, "\(args): \(run.stderr)")
        #expect(run.stderr.contains(text), "\(args): \(run.stderr)")
        #expect(run.stdout.isEmpty)
        if code == 1 { #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)") }
    }

    @Test func aDamagedLedgerGivesNoExport() throws {
        let segment = ledger + "/segment-0000000000000001.jsonl"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: segment))
        bytes.replaceSubrange(try #require(bytes.range(of: Data("physical disability".utf8))), with: Data("physical dizability".utf8))
        try bytes.write(to: URL(fileURLWithPath: segment))
        let run = try audit.run(["export", "cld", "--from", "2026-04-01", "--to", "2026-06-30", "--ledger", ledger])
        #expect(run.exitCode == 3)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("the ledger is damaged at segment-0000000000000001.jsonl line 5 (seq 5)"))
    }
}
