import CaseDemo
import Foundation
import Testing

/// `--checkpoint FILE` on `caseload` and `compliance` as a person runs them: the file is written
/// outside the ledger, read back (quietly) on the next run, shared by the two commands, and
/// discarded — said so on standard error — when it belongs to another ledger or is not a
/// checkpoint; never with `--as-known-at`.
@Suite struct CheckpointCommandTests {
    let audit = Executable.audit
    let tmp = TemporaryDirectory()

    init() throws {
        try SyntheticCaseload.write(to: tmp.child("a"), cases: 40, seed: 1)
        try SyntheticCaseload.write(to: tmp.child("b"), cases: 40, seed: 2)
    }

    @Test func aCheckpointIsWrittenReadBackAndGivesTheSameReports() throws {
        let cp = tmp.child("oversight.jsonl")
        let before = snapshot(of: tmp.child("a"))
        let first = try audit.run(["caseload", "--ledger", tmp.child("a"), "--on", "2026-11-01", "--format", "csv", "--checkpoint", cp])
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stderr.isEmpty)
        #expect(FileManager.default.fileExists(atPath: cp))
        #expect(try String(contentsOfFile: cp, encoding: .utf8).hasPrefix("{\"asOf\":\"2026-11-01\""))
        let again = try audit.run(["caseload", "--ledger", tmp.child("a"), "--on", "2026-11-01", "--format", "csv", "--checkpoint", cp])
        #expect(again.stdout == first.stdout)
        #expect(again.stderr.isEmpty, "a matching checkpoint is read quietly (and no progress bar when stderr is not a terminal)")
        let plain = try audit.run(["caseload", "--ledger", tmp.child("a"), "--on", "2026-11-01", "--format", "csv"])
        #expect(plain.stdout == first.stdout)
        let compliance = try audit.run(["compliance", "--ledger", tmp.child("a"), "--format", "csv", "--checkpoint", cp])
        let fromScratch = try audit.run(["compliance", "--ledger", tmp.child("a"), "--format", "csv"])
        #expect(compliance.stdout == fromScratch.stdout)
        #expect(!compliance.stderr.contains("discarded"))
        #expect(snapshot(of: tmp.child("a")) == before, "the audit tool never writes in the ledger")
    }

    @Test func anotherLedgersOrABrokenCheckpointIsDiscardedAndSaidSo() throws {
        let cp = tmp.child("oversight.jsonl")
        #expect(try audit.run(["caseload", "--ledger", tmp.child("a"), "--checkpoint", cp]).exitCode == 0)
        let other = try audit.run(["caseload", "--ledger", tmp.child("b"), "--format", "csv", "--checkpoint", cp])
        #expect(other.exitCode == 0)
        #expect(other.stderr.contains("checkpoint \(cp) discarded"), "\(other.stderr)")
        #expect(other.stdout == (try audit.run(["caseload", "--ledger", tmp.child("b"), "--format", "csv"])).stdout)
        try Data("not a checkpoint\n".utf8).write(to: URL(fileURLWithPath: cp))
        let broken = try audit.run(["compliance", "--ledger", tmp.child("b"), "--checkpoint", cp])
        #expect(broken.stderr.contains("discarded: no header line"), "\(broken.stderr)")
        #expect(try audit.run(["caseload", "--ledger", tmp.child("b"), "--as-known-at", "2026-01-01", "--checkpoint", cp]).exitCode == 64)
        #expect(try audit.run(["compliance", "--ledger", tmp.child("b"), "--as-known-at", "2026-01-01", "--checkpoint", cp]).exitCode == 64)
    }
}
