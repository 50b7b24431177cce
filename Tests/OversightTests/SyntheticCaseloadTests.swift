import CaseDemo
import CaseLedger
import Testing

@testable import LedgerStore

@Suite("Synthetic caseload")
struct SyntheticCaseloadTests {
    @Test("the same seed and size write the same ledger, which verifies; every case is opened")
    func deterministic() throws {
        let dir = try TempDirectory("gen")
        defer { dir.remove() }
        let a = try SyntheticCaseload.write(to: dir.path + "/a", cases: 120, seed: 7)
        let b = try SyntheticCaseload.write(to: dir.path + "/b", cases: 120, seed: 7)
        #expect(a == b)
        #expect(a.events > 120 * 8)
        let la = try Ledger.open(at: dir.path + "/a"), lb = try Ledger.open(at: dir.path + "/b")
        #expect(la.headHash == lb.headHash)
        #expect(try Verifier.verify(ledgerAt: dir.path + "/a").isIntact)
        #expect(try la.version(of: SyntheticCaseload.caseId(0)) > 0)
        #expect(try la.version(of: SyntheticCaseload.caseId(119)) > 0)
        let c = try SyntheticCaseload.write(to: dir.path + "/c", cases: 120, seed: 8)
        #expect(try Ledger.open(at: dir.path + "/c").headHash != la.headHash)
        _ = c
    }

    @Test("a written ledger's index cache covers every event, the last few thousand too")
    func indexCacheCoversTheHead() throws {
        let dir = try TempDirectory("gen")
        defer { dir.remove() }
        let summary = try SyntheticCaseload.write(to: dir.path + "/a", cases: 400, seed: 3)
        // More events than the writer's own save covers (every 4,096), and not a multiple of it.
        #expect(summary.events > 4096 && summary.events % 4096 != 0)
        let ledger = try Ledger.open(at: dir.path + "/a")
        #expect(ledger.cacheAtOpen?.head.records == summary.events)
    }
}
