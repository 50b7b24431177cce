import CaseLedger
import Foundation
import LedgerStore
import Testing

/// `caseledger-audit compliance` as a script runs it: exit 0 with no open finding, exit 1 after
/// writing the report when there are findings.
@Suite struct ComplianceCommandTests {
    let audit = Executable.audit
    let tmp = TemporaryDirectory()
    var ledger: String { tmp.child("ledger") }

    init() throws {
        try AuditLedgerFixture.create(at: tmp.child("ledger"))
    }

    /// A complaint received on 10 April 2026, written straight to the store and never
    /// acknowledged or answered; recorded by the social worker acting as one, which the
    /// configuration's default reserves to the complaints manager (a second finding).
    func importUnansweredComplaint() throws {
        let store = try Ledger.open(at: ledger, mode: .readWrite)
        let complaint = CaseEvent.complaintReceived(ComplaintReceived(
            metadata: DecisionMetadata(actingRole: .socialWorker, effectiveDate: CalendarDate("2026-04-10")!, reasons: [], references: [], notes: [], restricted: []),
            complaintId: "CO-1", complainant: "Joe's sister", about: "nobody called back", challengeId: nil,
            matterDate: CalendarDate("2026-04-01")!, withinTimeLimit: true, acknowledgeBy: CalendarDate("2026-04-15")!,
            respondBy: CalendarDate("2026-10-10")!))
        _ = try store.append([NewEvent(
            id: EventID(high: 0x0000_0000_0000_4000, low: 0x8000_0000_0000_0999), stream: "C-1001", type: complaint.typeName,
            schema: Int64(complaint.schemaVersion), actor: "S-1", payload: complaint.payload)], clock: { Timestamp(rfc3339: "2026-04-10T17:00:00Z")! })
    }

    @Test func aCompliantLedgerExitsZeroWithTheReportAndIntegrityStatement() throws {
        let run = try audit.run(["compliance", "--ledger", ledger])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.contains("No breach of the rules checked was found."))
        #expect(run.stdout.contains("To re-check: caseledger-audit verify --ledger \(ledger)"))
    }

    @Test(arguments: ["text", "md", "html", "json", "csv"])
    func findingsExitOneAfterWritingTheReport(format: String) throws {
        try importUnansweredComplaint()
        let run = try audit.run(["compliance", "--ledger", ledger, "--format", format, "--as-known-at", "2026-05-01T00:00:00Z"])
        #expect(run.exitCode == 1)
        #expect(run.stdout.contains("complaint-acknowledgement-late"))
        #expect(!run.stdout.contains("complaint-response-late\",\"") && !run.stdout.contains("has no response recorded"))
        #expect(run.stdout.contains("caseledger-audit verify --ledger"))
        #expect(run.stdout.contains("decision-role-not-allowed"))
        #expect(run.stderr == "caseledger-audit: 2 open findings of breaches of the rules in the recorded history (the report says which) [compliance-findings]\n")
    }

    @Test func oneCaseOneRuleAndAFile() throws {
        try importUnansweredComplaint()
        let file = tmp.child("compliance.json")
        let run = try audit.run(["compliance", "--ledger", ledger, "--case", "C-1001", "--format", "json", "-o", file])
        #expect(run.exitCode == 1)
        let json = try String(contentsOfFile: file, encoding: .utf8)
        #expect(json.contains("\"report\": \"compliance\""))
        #expect(json.contains("\"complaint-response-late\""))
        let other = try audit.run(["compliance", "--ledger", ledger, "--rule", "eligibility-notice-missing"])
        #expect(other.exitCode == 0, "\(other.stderr)")
        let before = try audit.run(["compliance", "--ledger", ledger, "--in-force-on", "2026-04-09"])
        #expect(before.exitCode == 0, "\(before.stderr)")
    }

    @Test func anUnknownRuleOrCaseIsRefused() throws {
        #expect(try audit.run(["compliance", "--ledger", ledger, "--rule", "no-such-rule"]).exitCode == 64)
        let unknown = try audit.run(["compliance", "--ledger", ledger, "--case", "C-9999"])
        #expect(unknown.exitCode == 3)
        #expect(unknown.stderr.contains("[unknown-case]"))
    }
}
