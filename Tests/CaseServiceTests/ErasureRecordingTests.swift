import CaseLedger
import CaseLedgerTestSupport
import CaseService
import LedgerStore
import Testing

// issue 17: retention apply and the storage's erasure.
@Suite struct ErasureRecordingTests {
    @Test func givenAVersionOneLedgerWhenErasureIsAuthorisedThenItIsRefusedAndTheLedgerIsByteForByteUnchanged() throws {
        let f = try ServiceFixture(formatVersion: 1)
        try f.setUpStaff()
        try f.publishConfiguration()
        _ = try f.recordJoe(through: "receiveReferral")
        let before = try f.snapshot()
        do {
            _ = try f.service.authoriseErasures(
                of: ["C-1001"], actor: "S-2", actingRole: .teamManager, now: at("2036-01-01T09:00:00Z"), reasons: ["a test"])
            Issue.record("an erasure was authorised on a version 1 ledger, which has no erasure")
        } catch {
            #expect(error.code == "erasure-refused")
            #expect(error.message.contains("format version 1, which has no erasure"), "\(error.message)")
            #expect(error.message.contains("nothing was recorded"), "\(error.message)")
        }
        #expect(try f.snapshot() == before)
    }

    /// Joe's case through its referral, and a raw `erasureAuthorised` event on stream `erasures`
    /// naming one part of the referral, and `also` besides.
    static func referralWithRawDecision(naming also: [String]) throws -> (ServiceFixture, StoredEvent, String) {
        let f = try ServiceFixture()
        try f.setUpStaff()
        try f.publishConfiguration()
        _ = try f.recordJoe(through: "receiveReferral")
        let referral = try #require(try f.service.ledger.events(inStream: "C-1001").first)
        let payload = try #require(referral.payload?.objectValue)
        let part = try #require(PayloadParts.parts(of: payload).map(\.pointer).first { $0 != "/actingRole" && $0 != "/effectiveDate" })
        _ = try f.service.ledger.append([NewEvent(
            stream: "erasures", type: EnvelopeRules.erasureAuthorisedType, actor: "S-2",
            payload: ["erases": [["seq": .integer(referral.seq), "parts": .array(([part] + also).map { .string($0) })]]])])
        return (f, referral, part)
    }

    @Test func givenAnErasureDecisionWhoseBytesAreStillThereWhenTheCaseIsCompletedThenTheyAreRemovedAndRemovingAgainDoesNothing() throws {
        // A decision recorded as a raw event (as if a run was cut short after it), naming one part.
        let (f, referral, part) = try Self.referralWithRawDecision(naming: [])
        // The part is named on another stream, so completing C-1001 finds nothing to do there…
        #expect(try f.service.removeErasedParts(of: ["C-1001"]).erased.isEmpty)
        // …and completing the stream that holds the decision removes it.
        let removal = try f.service.removeErasedParts(of: ["erasures"])
        #expect(removal.erased == [ErasedPart(seq: Int(referral.seq), pointer: part)])
        let after = try #require(try f.service.ledger.events(inStream: "C-1001").first)
        #expect(after.erasedParts == [part])
        #expect(try f.service.removeErasedParts(of: ["erasures"]).erased.isEmpty)
    }

    // issue 16/17: mend16
    @Test func givenARawDecisionNamingAPartItsEventDoesNotHoldWhenTheCaseIsCompletedThenTheRealPartIsRemovedAndTheOtherNamedNotRefused() throws {
        // Only a raw append (the storage, directly) writes a decision naming a part its event does not hold.
        let (f, referral, part) = try Self.referralWithRawDecision(naming: ["/noSuchMember"])
        // On the old code the whole removal was refused, on this run and every later one.
        let removal = try f.service.removeErasedParts(of: ["erasures"])
        #expect(removal.erased == [ErasedPart(seq: Int(referral.seq), pointer: part)])
        #expect(removal.unerasable.map(\.part) == [ErasedPart(seq: Int(referral.seq), pointer: "/noSuchMember")])
        #expect(removal.unerasable.first?.reason.contains("has no part /noSuchMember") == true)
        // Again: nothing left to remove, the same part still named as never erasable, nothing refused.
        let again = try f.service.removeErasedParts(of: ["erasures"])
        #expect(again.erased.isEmpty && again.unerasable.map(\.part) == [ErasedPart(seq: Int(referral.seq), pointer: "/noSuchMember")])
        #expect(try Verifier.verify(ledgerAt: f.service.ledger.path).fault == nil)
    }

    // issue 17: mirror17 — the court-order path.
    @Test func givenAVersionOneLedgerWhenAnErasureIsRecordedOnACourtOrderThenItIsRefusedAndTheLedgerIsByteForByteUnchanged() throws {
        let f = try ServiceFixture(formatVersion: 1)
        try f.setUpStaff()
        try f.publishConfiguration()
        _ = try f.recordJoe(through: "receiveReferral")
        let before = try f.snapshot()
        let order = Make.erase(.courtOrder, courtOrder: "a test order", date: "2026-06-01")
        do {
            _ = try f.service.record(order, case: "C-1001", actor: "S-2", now: at("2026-06-01T09:00:00Z"))
            Issue.record("an erasure was recorded on a version 1 ledger, whose bytes could never be removed")
        } catch {
            #expect(error.code == "erasure-refused")
            #expect(error.message.contains("nothing was recorded"), "\(error.message)")
        }
        #expect(try f.snapshot() == before)
    }
}
