import Foundation
import LedgerStore
import Testing

/// Changing one byte anywhere that matters, deleting or swapping lines, or cutting a segment is
/// reported by Verifier.verify, by `caseledger verify` (exit 1, one line naming segment, line and
/// seq) and by the independent Python verifier, all at the same place.
@Suite struct TamperIsReportedTests {
    @Test func theUntouchedFixtureIsIntactForAllThreeVerifiers() throws {
        let f = try TamperFixture()
        #expect(try Verifier.verify(ledgerAt: f.dir).events == 8)
        #expect(try Verifier.verify(ledgerAt: f.dir).segments == 2)
        #expect(try Executable.caseledger.run(["verify", "--ledger", f.dir]).stdout.hasPrefix("intact: 8 events in 2 segments"))
        #expect(try pythonVerify(f.dir).stdout.hasPrefix("intact: 8 events"))
    }

    @Test(arguments: Tamper.allCases.filter { !$0.looksLikeATornTail })
    func tamperingIsReportedAtItsPlace(tamper: Tamper) throws {
        let f = try TamperFixture()
        try tamper.apply(to: f)

        let fault = try #require(try Verifier.verify(ledgerAt: f.dir).fault)
        #expect(fault.position == tamper.fault)

        let cli = try Executable.caseledger.run(["verify", "--ledger", f.dir])
        #expect(cli.exitCode == 1)
        #expect(cli.stderr.hasPrefix("caseledger: the ledger is damaged at \(tamper.fault): "))
        #expect(cli.stderr.filter { $0 == "\n" }.count == 1 && cli.stderr.hasSuffix("\n"))
        #expect(cli.stdout.isEmpty)

        let python = try pythonVerify(f.dir)
        #expect(python.exitCode == 1)
        #expect(python.position == tamper.fault.description, "python said: \(python.stderr)")
    }

    /// What a crash leaves after the last committed line (or a writer leaves while it writes) is no
    /// fault (INVARIANTS.md rule 22): all three verifiers call the log sound up to seq 6, the last
    /// committed event, and name the unfinished batch they left out.
    @Test(arguments: Tamper.allCases.filter(\.looksLikeATornTail))
    func anUnfinishedBatchAtTheEndIsLeftOutByAllThreeVerifiers(tamper: Tamper) throws {
        let f = try TamperFixture()
        try tamper.apply(to: f)

        let report = try Verifier.verify(ledgerAt: f.dir)
        #expect(report.fault == nil)
        #expect(report.events == 6)
        let tail = try #require(report.uncommitted)
        #expect(tail.segment == TamperFixture.second && tail.line == 3 && tail.afterSeq == 6)

        let cli = try Executable.caseledger.run(["verify", "--ledger", f.dir])
        #expect(cli.exitCode == 0, "\(cli.stderr)")
        #expect(cli.stdout.hasPrefix("intact: 6 events in 2 segments"))
        #expect(cli.stdout.contains("sound up to seq 6, unfinished batch ignored: an unfinished batch of \(tail.byteCount) bytes after seq 6 (\(TamperFixture.second) from line 3"))

        let python = try pythonVerify(f.dir)
        #expect(python.exitCode == 0, "python said: \(python.stderr)")
        #expect(python.stdout.hasPrefix("intact: 6 events"))
        #expect(python.stdout.contains("sound up to seq 6, unfinished batch ignored: \(tail.byteCount) bytes in \(TamperFixture.second) from line 3"))
    }
}
