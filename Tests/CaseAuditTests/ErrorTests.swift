import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Foundation
import Testing

/// Unknown cases, times before the ledger began and damaged ledgers each give one clear error.
@Suite("Errors")
struct ErrorTests {
    @Test("an unknown case names the cases there are")
    func unknownCase() throws {
        let fx = try FixtureLedger()
        try Stories.mrD(fx)
        #expect(throws: AuditError.unknownCase(caseId: "C-9999", known: ["C-1001"])) { try fx.audit().caseHistory("C-9999") }
        #expect(throws: AuditError.notACase(stream: "staff")) { try fx.audit().caseHistory("staff") }
        let message = AuditError.unknownCase(caseId: "C-9999", known: ["C-1001"]).message
        #expect(message == "no case C-9999 in the ledger: check the case reference (cases in the ledger include C-1001)")
    }

    @Test("a time before the ledger began is refused")
    func beforeLedger() throws {
        let fx = try FixtureLedger()
        let audit = try fx.audit()
        #expect(throws: AuditError.self) { try audit.check(at("2024-12-31T00:00:00Z"), option: "as-known-at") }
        try audit.check(at("2025-01-01T09:00:00Z"), option: "as-known-at")
        let error = AuditError.beforeLedgerBegan(option: "as-known-at", time: at("2024-12-31T00:00:00Z"), firstRecordedAt: at("2025-01-01T09:00:00Z"))
        #expect(!error.message.contains("\n"))
        #expect(error.message.contains("before the ledger began (its first event was recorded at 2025-01-01T09:00:00.000000Z)"))
    }

    @Test("a damaged ledger gives no report, and the error says where the damage is")
    func damaged() throws {
        let fx = try FixtureLedger()
        try Stories.mrD(fx)
        let segment = fx.path + "/segment-0000000000000001.jsonl"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: segment))
        let target = Data("arthritis".utf8)
        let range = try #require(bytes.range(of: target))
        bytes.replaceSubrange(range, with: Data("arthrosis".utf8))
        try bytes.write(to: URL(fileURLWithPath: segment))
        do {
            _ = try AuditLedger.open(at: fx.path)
            Issue.record("a damaged ledger was opened for a report")
        } catch let error as AuditError {
            guard case .damaged(let fault, let sound, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(fault.position.segment == "segment-0000000000000001.jsonl")
            #expect(fault.position.seq == 20)
            #expect(sound == 19)
            #expect(error.message.contains("damaged at segment-0000000000000001.jsonl line 20 (seq 20)"))
            #expect(!error.message.contains("\n"))
        }
    }
}
