import Foundation
import LedgerJSON
@testable import LedgerStore
import Testing

// issue 16/17: mend16 — an erasure decision naming a part that can never be erased (only a raw
// append writes one) authorises nothing: verify accepts the log and names it, erase leaves it when
// asked to, and a mirror never waits for it.
@Suite struct UnerasablePartTests {
    typealias Pair = MirrorErasureTests.Pair

    /// Appends a raw `erasureAuthorised` event naming `parts` (seq, pointer) to the pair's ledger.
    static func authorise(_ p: Pair, _ parts: [(Int64, String)]) throws {
        let writer = try Ledger.open(at: p.ledger, mode: .readWrite)
        writer.segmentMaxBytes = 1_500
        let erases = JSONValue.array(parts.map { ["seq": .integer($0.0), "parts": [.string($0.1)]] })
        try writer.append([NewEvent(stream: "R-9", type: "erasureAuthorised", actor: "S-2", payload: ["erases": erases])])
        p.n += 1
    }

    /// A ledger of 12 events, then (seq 13) a decision naming seq 3's `/nope` (no such part), seq
    /// 40's `/secret` (no such event, and any later event would come after the decision) and seq
    /// 4's `/secret` (a real part, its removal not yet made).
    static func pairWithUnerasableParts() throws -> Pair {
        let p = try Pair()
        try authorise(p, [(3, "/nope"), (40, "/secret"), (4, "/secret")])
        return p
    }

    static let nope = ErasedPart(seq: 3, pointer: "/nope")
    static let beyond = ErasedPart(seq: 40, pointer: "/secret")
    static let real = ErasedPart(seq: 4, pointer: "/secret")

    @Test func aMirrorCallsAPartThatCanNeverBeErasedUnerasableNotPendingAndSaysSoOnEveryRun() throws {
        let p = try Self.pairWithUnerasableParts()
        let first = try p.run()
        // On the old code all three were pending for ever.
        #expect(first.erasuresPending == [Self.real])
        #expect(first.erasuresUnerasable.map(\.part) == [Self.nope, Self.beyond])
        #expect(first.erasuresUnerasable.allSatisfy { $0.authorisedBy == 13 })
        #expect(first.erasuresUnerasable[0].reason.contains("seq 3 has no part /nope"), "\(first.erasuresUnerasable[0].reason)")
        try p.expectMirrorIsTheLedger()
        // The next run starts from the mirror's state and says the same.
        try p.append(2)
        let second = try p.run()
        #expect(second.usedState)
        #expect(second.erasuresPending == [Self.real])
        #expect(second.erasuresUnerasable.map(\.part) == [Self.nope, Self.beyond])
        // The real one is carried once the ledger removes it; the others stay unerasable.
        let outcome = try Ledger.open(at: p.ledger, mode: .readWrite).erase([Self.real, Self.nope, Self.beyond], leavingUnerasable: true)
        #expect(outcome.erased == [Self.real])
        #expect(outcome.unerasable.map(\.part) == [Self.nope, Self.beyond])
        let third = try p.run()
        #expect(third.erasuresCarried == [Self.real] && third.erasuresPending.isEmpty)
        #expect(third.erasuresUnerasable.map(\.part) == [Self.nope, Self.beyond])
        try p.expectMirrorIsTheLedger()
    }

    @Test func theFirstDecisionNamingAPartCountsSoALaterOneDoesNotMakeItErasableAnywhere() throws {
        let p = try Pair()
        // Seq 13 names seq 14's secret before seq 14 exists; seq 15 names it again, later.
        try Self.authorise(p, [(14, "/secret")])
        try p.append(1)
        try Self.authorise(p, [(14, "/secret")])
        let part = ErasedPart(seq: 14, pointer: "/secret")
        let verified = try Verifier.verify(ledgerAt: p.ledger)
        #expect(verified.fault == nil && verified.authorisations[part] == 13)
        let ledger = try Ledger.open(at: p.ledger, mode: .readWrite)
        #expect(try ledger.unerasableParts(among: verified.authorisations).map(\.part) == [part])
        // Erase refuses it (changing nothing); the mirror does not wait for it.
        let before = snapshot(of: p.ledger)
        #expect(throws: LedgerError.self) { try ledger.erase([part]) }
        #expect(snapshot(of: p.ledger) == before)
        let report = try p.run()
        #expect(report.erasuresPending.isEmpty)
        #expect(report.erasuresUnerasable.map(\.part) == [part])
        // The state keeps the first decision: a run from it still says the same.
        try p.append(1)
        let again = try p.run()
        #expect(again.usedState && again.erasuresPending.isEmpty && again.erasuresUnerasable.map(\.part) == [part])
    }

    @Test func verifyEraseAndTheMirrorAgreeOnWhichPartsCanNeverBeErased() throws {
        let p = try Self.pairWithUnerasableParts()
        let verified = try Verifier.verify(ledgerAt: p.ledger)
        #expect(verified.fault == nil)
        #expect(Set(verified.authorisations.keys) == [Self.nope, Self.beyond, Self.real])
        let ledger = try Ledger.open(at: p.ledger, mode: .readWrite)
        let fromVerify = try ledger.unerasableParts(among: verified.authorisations)
        let fromMirror = try p.run().erasuresUnerasable
        #expect(fromVerify == fromMirror)
        #expect(fromVerify.map(\.part) == [Self.nope, Self.beyond])
        // Without `leavingUnerasable` such a part refuses the whole erasure, changing nothing.
        let before = snapshot(of: p.ledger)
        do {
            _ = try ledger.erase([Self.real, Self.nope])
            Issue.record("erase took a part that can never be erased")
        } catch {
            guard case .erasureRefused(let part, _) = error else { Issue.record("\(error)"); return }
            #expect(part == Self.nope)
        }
        #expect(snapshot(of: p.ledger) == before)
        // With it, the same reasons as verify's, and the real part erased.
        let outcome = try ledger.erase([Self.real, Self.nope, Self.beyond], leavingUnerasable: true)
        #expect(outcome.erased == [Self.real] && outcome.unerasable == fromVerify)
        #expect(try Verifier.verify(ledgerAt: p.ledger).fault == nil)
        // A part nothing names is still refused, even when leaving unerasable ones.
        #expect(throws: LedgerError.self) { try ledger.erase([ErasedPart(seq: 5, pointer: "/secret")], leavingUnerasable: true) }
    }
}
