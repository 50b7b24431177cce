import Foundation
import LedgerJSON
import LedgerStore
import Testing

// issue 16/17: mend16
/// A decision naming a part its event does not hold (written by a program appending to the storage
/// directly): `verify` and `mirror` both say it authorises nothing and what to do, and the mirror
/// does not send the operator to `retention apply`, which could not help.
@Suite struct UnerasableDecisionTests {
    @Test func verifyAndMirrorSayADecisionNamingAPartItsEventDoesNotHoldAuthorisesNothing() throws {
        let pair = try MirrorCommandTests.Pair(batches: 2)
        let writer = try Ledger.open(at: pair.ledger, mode: .readWrite)
        try writer.append([NewEvent(
            stream: "R-1", type: EnvelopeRules.erasureAuthorisedType, actor: "S-2",
            payload: ["erases": [["seq": 2, "parts": ["/noSuchMember"]]]])])
        let verified = try Executable.caseledger.run(["verify", "--ledger", pair.ledger])
        #expect(verified.exitCode == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("1 part named by an erasureAuthorised event can never be erased"), "\(verified.stdout)")
        #expect(verified.stdout.contains("/noSuchMember of seq 2 (named by seq 5): seq 2 has no part /noSuchMember"), "\(verified.stdout)")
        let before = snapshot(of: pair.ledger)
        for _ in 0..<2 {
            let mirrored = try pair.run()
            #expect(mirrored.exitCode == 0, "\(mirrored.stderr)")
            // The old code called it pending and suggested 'retention apply' on every run.
            #expect(!mirrored.stdout.contains("run 'caseledger retention apply' there"), "\(mirrored.stdout)")
            #expect(!mirrored.stdout.contains("authorised for erasure but still held"), "\(mirrored.stdout)")
            #expect(mirrored.stdout.contains("/noSuchMember of seq 2 (named by seq 5)"), "\(mirrored.stdout)")
            #expect(mirrored.stdout.contains("nothing waits on it and nothing needs doing for it"), "\(mirrored.stdout)")
        }
        #expect(snapshot(of: pair.ledger) == before, "the mirror wrote into the ledger")
    }
}
