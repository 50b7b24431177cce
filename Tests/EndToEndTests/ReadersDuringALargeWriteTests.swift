import CaseLedgerTestSupport
import Foundation
import LedgerStore
import Testing

/// Readers never call a batch being written damage (INVARIANTS.md rule 22): while a child appends
/// batches of megabytes, `verify` (in process, `caseledger verify`, `caseledger-audit verify`) and
/// read-only handles run again and again, and none reports damage. Whether a run happens to land
/// inside a write is up to the machine; the test asserts only that no run reports damage.
@Suite struct ReadersDuringALargeWriteTests {
    @Test(.timeLimit(.minutes(3)))
    func verifyAndReadersRunDuringLargeBatchesNeverReportDamage() throws {
        let tmp = TemporaryDirectory()
        let dir = tmp.child("ledger")
        try Ledger.create(at: dir)
        // About 1.5 MB per batch (2,000 events of some 750 bytes), 25 batches.
        let child = try RunningProcess(.stress, ["append", "--ledger", dir, "--stream", "W-1", "--batch", "2000", "--count", "25"])
        defer {
            child.kill()
            _ = child.finish()
        }
        _ = child.firstOutput()  // the first batch is durable
        var runs = 0
        var sawUnfinished = 0
        var faults: [String] = []
        while runs < 80 && child.process.isRunning {
            runs += 1
            let report = try Verifier.verify(ledgerAt: dir)
            if let fault = report.fault { faults.append("verify run \(runs): \(fault)") }
            if report.uncommitted != nil { sawUnfinished += 1 }
            do {
                let reader = try Ledger.open(at: dir)
                try reader.refresh()
                if reader.headSeq % 2000 != 0 { faults.append("reader run \(runs): head \(reader.headSeq) is not a whole number of batches") }
            } catch {
                faults.append("reader run \(runs): \(error)")
            }
            if runs % 6 == 0 {
                let cli = try Executable.caseledger.run(["verify", "--ledger", dir])
                if cli.exitCode != 0 { faults.append("caseledger verify run \(runs): \(cli.stderr)") }
                let audit = try Executable.audit.run(["verify", "--ledger", dir])
                if audit.exitCode != 0 { faults.append("caseledger-audit verify run \(runs): \(audit.stderr)") }
            }
        }
        #expect(faults.isEmpty, "\(faults.joined(separator: "\n")) (\(sawUnfinished) of \(runs) runs met an unfinished batch)")
        #expect(runs > 0)
    }
}
