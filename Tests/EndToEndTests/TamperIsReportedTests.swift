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

    @Test(arguments: Tamper.allCases)
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
}
