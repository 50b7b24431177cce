import CaseLedgerTestSupport
import Foundation
import LedgerStore
import Testing

/// Whatever byte of the log is changed, and to whatever value, verify reports the line that holds
/// it, with that line's seq: nothing in a line escapes the hash chain. (The exceptions are the
/// log's very last line losing its newline or gaining a NUL byte: what a crash leaves in a batch
/// never synced, which verify leaves out as an unfinished batch.)
@Suite struct EverySingleByteTests {
    /// Every byte of both segments is changed in turn (to a seeded random other value) and verified
    /// in-process; one random byte of each line is also given to the Python verifier.
    @Test func changingAnyByteIsReportedAtItsLine() throws {
        let f = try TamperFixture()
        var random = SeededGenerator(seed: 2_024)
        var checked = 0
        for segment in [TamperFixture.first, TamperFixture.second] {
            let path = f.path(segment)
            let original = try Data(contentsOf: URL(fileURLWithPath: path))
            let lines = try f.lines(segment)
            var offset = 0
            for (l, line) in lines.enumerated() {
                let seq = Int64(segment == TamperFixture.first ? l + 1 : l + 5)
                let expected = LogPosition(segment: segment, line: l + 1, seq: seq)
                let forPython = Int(random.next() % UInt64(line.count))
                for k in 0..<line.count {
                    var changed = original
                    let old = changed[offset + k]
                    changed[offset + k] = UInt8(truncatingIfNeeded: Int(old) + 1 + Int(random.next() % 255))
                    try changed.write(to: URL(fileURLWithPath: path))
                    let report = try Verifier.verify(ledgerAt: f.dir)
                    // The log's very last newline changed: what is left is an unfinished last line;
                    // a NUL byte in the last line: what a power loss leaves in a batch never synced.
                    // The log alone cannot tell either from a crash, so verify leaves the last batch
                    // out (INVARIANTS.md rules 20, 22; FORMAT.md names this residual case).
                    let lastLine = segment == TamperFixture.second && l == lines.count - 1
                    let endsTheLog = lastLine && (k == line.count - 1 || changed[offset + k] == 0)
                    if endsTheLog {
                        #expect(report.fault == nil && report.uncommitted != nil && report.events < seq)
                    } else {
                        #expect(report.fault?.position == expected, "byte \(k) of \(segment) line \(l + 1): \(old) → \(changed[offset + k])")
                    }
                    if k == forPython {
                        let python = try pythonVerify(f.dir)
                        if endsTheLog {
                            #expect(python.exitCode == 0 && python.stdout.contains("unfinished batch ignored"))
                        } else {
                            #expect(python.exitCode == 1 && python.position == expected.description,
                                    "byte \(k) of \(segment) line \(l + 1): python said \(python.stderr)")
                        }
                    }
                    checked += 1
                }
                offset += line.count
            }
            try original.write(to: URL(fileURLWithPath: path))
        }
        #expect(checked > 3_000)
        #expect(try Verifier.verify(ledgerAt: f.dir).isIntact)
    }
}
