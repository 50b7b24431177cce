import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Foundation
import Testing

/// The Client Level Data export of the demo ledger (events/demo, as `caseledger demo` writes it)
/// for 2025-26, against a hand-written expected file, and what 2026-27 cannot map.
@Suite("Client Level Data export of the demo ledger")
struct DemoCLDTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("events/demo").path

    let cases: [CaseHistory]

    init() throws {
        cases = try AuditLedger.open(at: Self.path).caseHistories()
    }

    @Test("the demo ledger's rows for 2025-26 match the hand-written expected file")
    func expectedFile() throws {
        let url = Golden.directory.appendingPathComponent("cld-expected-demo-2025-26.csv")
        let expected = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n").filter { !$0.isEmpty }
        let x = CLDExport(cases: cases, from: day("2025-04-01"), to: day("2026-03-31"))
        let actual = x.csv().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        for (i, (a, e)) in zip(actual, expected).enumerated() { #expect(a == e, "line \(i + 1)") }
        #expect(actual.count == expected.count)
        #expect(x.unmapped.isEmpty, "\(x.unmapped.map(\.line))")
    }

    @Test("2026-27: the services still active, and the withdrawal review named as not mapped")
    func nextYear() {
        let x = CLDExport(cases: cases, from: day("2026-04-01"), to: day("2027-03-31"))
        #expect(x.counts.map(\.1) == [0, 0, 14, 0], "\(x.rows.map(\.fields))")
        #expect(x.unmapped.map(\.line) == [
            "C-1006 seq 139 (Review): review outcome 'withdrawalRecommended': whether long-term support increased, decreased or ended is decided by a later event, not the review",
        ])
    }
}
