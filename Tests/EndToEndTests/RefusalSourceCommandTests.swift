import Foundation
import Testing

// issue 15: voice
/// A refusal typed at the command line reads as the worker knows the case, and ends with its source.
@Suite("caseledger record: a refusal names the customer and ends with its source")
struct RefusalSourceCommandTests {
    /// Runs `arguments` on Joe's case as the command line records it; expects exit 3 and the
    /// ledger unchanged; returns the error line.
    static func refused(_ arguments: [String]) throws -> String {
        let story = try CommandLineStory()
        try story.recordJoe()
        let before = snapshot(of: story.ledger)
        let run = try story.run(arguments)
        #expect(run.exitCode == 3)
        #expect(snapshot(of: story.ledger) == before)
        return run.stderr
    }

    @Test("given Joe's case delivered, when services are withdrawn without a review, then the one line names Joe and cites the Wiltshire SDS policy before the rule code, and nothing is written")
    func withdrawalWithoutReviewCitesItsSource() throws {
        let stderr = try Self.refused(["record", "decideWithdrawal", "--case", "C-1001", "--as", "S-1",
            "--actingRole", "socialWorker", "--reasons", "better", "--reviewId", "RV-1"])

        #expect(stderr == "caseledger record: services can only be withdrawn after a review finds the needs no longer eligible; "
            + "C-1001 (Joe Bloggs) has no completed review — Wiltshire SDS policy 2014, 5. Review and re-assessments "
            + "(withdrawal follows a review finding the needs no longer eligible) [withdrawal-without-review]\n", "\(stderr)")
    }

    @Test("given Joe's case, when a sign-off is typed without reasons, then it is refused as a decision Joe could challenge, and nothing is written")
    func signOffWithoutReasons() throws {
        let stderr = try Self.refused(["record", "signOffPlan", "--case", "C-1001", "--as", "S-2",
            "--actingRole", "teamManager", "--planId", "P-1", "--version", "1"])

        #expect(stderr.hasPrefix("caseledger record: signOffPlan on C-1001 (Joe Bloggs) must state its reasons in words"), "\(stderr)")
        #expect(stderr.hasSuffix("[reasons-required]\n"))
    }
}
