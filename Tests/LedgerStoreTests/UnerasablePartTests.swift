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

// issue 16/17: mend16 — `erase` given a whole verification's map of decisions reads only the
// events after it, and does exactly what it does reading the whole log.
@Suite struct KnownAuthorisationsTests {
    typealias Pair = MirrorErasureTests.Pair

    /// The pair's ledger copied to `name` beside it.
    static func copy(_ p: Pair, to name: String) throws -> String {
        let path = p.scratch.path + "/" + name
        try FileManager.default.copyItem(atPath: p.ledger, toPath: path)
        return path
    }

    /// The outcome (or refusal) of erasing `parts`, and every file of the ledger after it.
    static func erasing(_ parts: [ErasedPart], at path: String, known: KnownAuthorisations?) throws -> (String, [String: Data]) {
        let outcome: String
        do { outcome = "\(try Ledger.open(at: path, mode: .readWrite).erase(parts, leavingUnerasable: true, known: known))" } catch {
            outcome = "refused: \(error)"
        }
        return (outcome, snapshot(of: path))
    }

    @Test func eraseGivenTheVerifiersMapDoesWhatEraseReadingTheWholeLogDoesByteForByte() throws {
        let p = try Pair()
        // Seq 13 names seq 14 before it exists (so the later decision naming it does not count),
        // and seq 2's real secret and a part seq 3 does not hold.
        try UnerasablePartTests.authorise(p, [(14, "/secret"), (2, "/secret"), (3, "/nope")])
        try p.append(2)
        try UnerasablePartTests.authorise(p, [(14, "/secret"), (5, "/secret")])
        let verified = try Verifier.verify(ledgerAt: p.ledger)
        let known = try #require(KnownAuthorisations(verified))
        #expect(known.through == 16 && known.firstNaming[ErasedPart(seq: 14, pointer: "/secret")] == 13)
        // Decisions recorded after the verification (as `retention apply` records its own).
        try UnerasablePartTests.authorise(p, [(7, "/secret"), (5, "/secret")])
        try p.append(1)
        let parts = [2, 5, 7, 14].map { ErasedPart(seq: $0, pointer: "/secret") } + [ErasedPart(seq: 3, pointer: "/nope")]
        let whole = try Self.erasing(parts, at: try Self.copy(p, to: "whole"), known: nil)
        let fromMap = try Self.erasing(parts, at: try Self.copy(p, to: "map"), known: known)
        #expect(whole.0.contains("erased: [/secret of seq 2, /secret of seq 5, /secret of seq 7]"), "\(whole.0)")
        #expect(fromMap.0 == whole.0)
        #expect(fromMap.1 == whole.1, "the files differ")
        // A part no decision names is refused the same way, changing nothing.
        let unnamed = [ErasedPart(seq: 9, pointer: "/secret")]
        let refusedWhole = try Self.erasing(unnamed, at: try Self.copy(p, to: "whole2"), known: nil)
        let refusedMap = try Self.erasing(unnamed, at: try Self.copy(p, to: "map2"), known: known)
        #expect(refusedWhole.0.hasPrefix("refused") && refusedMap.0 == refusedWhole.0)
        #expect(refusedMap.1 == snapshot(of: p.ledger) && refusedWhole.1 == refusedMap.1)
    }

    @Test func aMapOfAnotherHistoryIsNotUsed() throws {
        let p = try Pair()
        try UnerasablePartTests.authorise(p, [(4, "/secret")])
        let verified = try Verifier.verify(ledgerAt: p.ledger)
        let part = ErasedPart(seq: 6, pointer: "/secret")
        // A map saying seq 13 names seq 6's secret, but for a head hash this ledger does not have.
        var forged = try #require(KnownAuthorisations(verified))
        forged.firstNaming[part] = 13
        forged.hash = SHA256.hash(Array("another history".utf8))
        let before = snapshot(of: p.ledger)
        #expect(throws: LedgerError.self) { try Ledger.open(at: p.ledger, mode: .readWrite).erase([part], known: forged) }
        #expect(snapshot(of: p.ledger) == before)
        // A map of this history is taken for events up to its head (they are not read again): one
        // lacking the decision makes the erasure refused, which shows the shorter read is taken.
        var lacking = try #require(KnownAuthorisations(verified))
        lacking.firstNaming = [:]
        #expect(throws: LedgerError.self) { try Ledger.open(at: p.ledger, mode: .readWrite).erase([ErasedPart(seq: 4, pointer: "/secret")], known: lacking) }
        #expect(snapshot(of: p.ledger) == before)
        // The true map, and none, erase seq 4's secret alike.
        let real = try #require(KnownAuthorisations(verified))
        let a = try Self.erasing([ErasedPart(seq: 4, pointer: "/secret")], at: try Self.copy(p, to: "a"), known: real)
        let b = try Self.erasing([ErasedPart(seq: 4, pointer: "/secret")], at: try Self.copy(p, to: "b"), known: nil)
        #expect(a.0 == b.0 && a.1 == b.1 && a.0.contains("erased: [/secret of seq 4]"))
    }
}

// issue 16/17: mend16 — a mirror run that read the whole mirror hands its map of decisions to the
// mirror's erasure; one from its state lets the erasure read the mirror itself: the same mirror.
@Suite struct MirrorKnownAuthorisationsTests {
    @Test func aMirrorCarryingAnErasureWithItsOwnMapOfDecisionsWritesWhatOneReadingTheMirrorWrites() throws {
        let p = try MirrorErasureTests.Pair()
        try p.run()
        try UnerasablePartTests.authorise(p, [(8, "/secret"), (3, "/nope")])
        try p.erase([2, 9])
        _ = try Ledger.open(at: p.ledger, mode: .readWrite).erase([ErasedPart(seq: 8, pointer: "/secret")])
        try p.append(2)
        // The same ledger and mirror twice: one run checks the whole mirror (its map is whole and
        // handed to the erasure), the other starts from the mirror's state (no map handed).
        let copy = p.scratch.path + "/copy"
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: p.ledger, toPath: copy + "/ledger")
        try FileManager.default.copyItem(atPath: p.mirror, toPath: copy + "/mirror")
        let whole = try LedgerMirror.mirror(ledger: p.ledger, to: p.mirror, full: true)
        let fromState = try LedgerMirror.mirror(ledger: copy + "/ledger", to: copy + "/mirror")
        #expect(!whole.usedState && fromState.usedState)
        let carried = [2, 8, 9].map { ErasedPart(seq: $0, pointer: "/secret") }
        #expect(whole.erasuresCarried == carried && fromState.erasuresCarried == carried)
        #expect(whole.erasuresUnerasable == fromState.erasuresUnerasable && whole.erasuresUnerasable.map(\.part) == [ErasedPart(seq: 3, pointer: "/nope")])
        #expect(snapshot(of: p.mirror) == snapshot(of: copy + "/mirror"))
        try p.expectMirrorIsTheLedger()
    }
}
