import Foundation
import LedgerJSON
@testable import LedgerStore
import Testing

// issue 17: mirror17 — an erasure in the ledger reaches its mirror (INVARIANTS.md rules 56, 57).
/// A mirror made before an erasure: the next run carries the erasure over (the mirror's lines
/// erased as the ledger's were, by `Ledger.erase`), and refuses any other difference.
@Suite struct MirrorErasureTests {
    /// A version 2 ledger over several small segments whose events each hold a secret naming
    /// their seq, and a mirror path beside it.
    final class Pair {
        let scratch = Scratch()
        var ledger: String { scratch.ledgerPath }
        var mirror: String { scratch.path + "/mirror" }
        var n: Int64 = 0

        init(events: Int64 = 12) throws {
            let writer = try Ledger.create(at: scratch.ledgerPath)
            writer.segmentMaxBytes = 1_500
            try append(events, with: writer)
        }

        static func secret(_ seq: Int64) -> String { "secret-of-seq-\(seq)-xyzzy" }

        /// Appends `count` events in batches of 1–2.
        func append(_ count: Int64, with given: Ledger? = nil) throws {
            let writer = try given ?? Ledger.open(at: ledger, mode: .readWrite)
            writer.segmentMaxBytes = 1_500
            let stop = n + count
            while n < stop {
                let size = min(Int(n % 2) + 1, Int(stop - n))
                try writer.append((0..<size).map { _ in
                    n += 1
                    return NewEvent(stream: "C-\(n % 3)", type: "noteAdded", actor: "S-1", payload: ["n": .integer(n), "secret": .string(Pair.secret(n))])
                })
            }
        }

        /// Records the decision naming `/secret` of each of `seqs`, and (with `remove`) erases them in the ledger.
        func erase(_ seqs: [Int64], remove: Bool = true) throws {
            let writer = try Ledger.open(at: ledger, mode: .readWrite)
            writer.segmentMaxBytes = 1_500
            let erases = JSONValue.array(seqs.map { ["seq": .integer($0), "parts": ["/secret"]] })
            try writer.append([NewEvent(stream: "R-1", type: "erasureAuthorised", actor: "S-2", payload: ["erases": erases])])
            n += 1
            if remove { _ = try writer.erase(seqs.map { ErasedPart(seq: Int($0), pointer: "/secret") }) }
        }

        @discardableResult
        func run(full: Bool = false, fault: ((ErasureStep) throws(LedgerError) -> Void)? = nil) throws -> MirrorReport {
            try LedgerMirror.mirror(ledger: ledger, to: mirror, full: full, erasureFault: fault)
        }


        /// Whether any file under the mirror directory (segments, index, state) holds `text`.
        func mirrorHolds(_ text: String) -> Bool {
            snapshot(of: mirror).values.contains { $0.range(of: Data(text.utf8)) != nil }
        }

        /// The mirror is a sound ledger holding exactly the ledger's segment files.
        func expectMirrorIsTheLedger() throws {
            #expect(try Verifier.verify(ledgerAt: mirror).fault == nil)
            #expect(try segmentsAndManifest(of: mirror) == segmentsAndManifest(of: ledger))
        }

        /// The run's refusal, asserting that neither directory changed by a byte.
        func refusal(full: Bool = false) throws -> MirrorError {
            let before = (snapshot(of: ledger), snapshot(of: mirror))
            var refused: MirrorError? = nil
            do { try run(full: full) } catch let error as MirrorError { refused = error } catch { Issue.record("\(error)") }
            #expect(snapshot(of: ledger) == before.0, "the ledger changed")
            #expect(snapshot(of: mirror) == before.1, "the mirror changed")
            return try #require(refused)
        }

        /// Replaces the ledger's line of `seq` with `line` (its index cache removed, as offsets move).
        func replaceLedgerLine(_ seq: Int64, with line: [UInt8]) throws {
            try? FileManager.default.removeItem(atPath: ledger + "/index")
            for name in try segmentNames(in: ledger) {
                let path = ledger + "/" + name
                var all = lines(of: try bytes(of: path))
                guard let first = SegmentFile.firstSeq(ofName: name), seq >= first, seq < first + Int64(all.count) else { continue }
                all[Int(seq - first)] = line + [0x0A]
                try write(Array(all.joined()), to: path)
            }
        }

        /// The ledger's line of `seq`, without its newline.
        func ledgerLine(_ seq: Int64) throws -> [UInt8] {
            for name in try segmentNames(in: ledger) {
                let all = lines(of: try bytes(of: ledger + "/" + name))
                guard let first = SegmentFile.firstSeq(ofName: name), seq >= first, seq < first + Int64(all.count) else { continue }
                return Array(all[Int(seq - first)].dropLast())
            }
            throw POSIXError(.ENOENT)
        }
    }

    @Test func anErasureInTheLedgerIsCarriedToTheMirrorWhichThenHoldsNoneOfTheErasedBytes() throws {
        let p = try Pair()
        try p.run()
        #expect(p.mirrorHolds(Pair.secret(2)) && p.mirrorHolds(Pair.secret(9)))
        try p.erase([2, 9])
        try p.append(3)
        let report = try p.run()
        #expect(report.erasuresCarried == [ErasedPart(seq: 2, pointer: "/secret"), ErasedPart(seq: 9, pointer: "/secret")])
        #expect(report.erasuresPending.isEmpty)
        #expect(report.copiedEvents == 4)
        try p.expectMirrorIsTheLedger()
        #expect(!p.mirrorHolds(Pair.secret(2)) && !p.mirrorHolds(Pair.secret(9)))
        #expect(p.mirrorHolds(Pair.secret(3)))
        // Nothing more to do, and a full check agrees.
        let again = try p.run()
        #expect(again.erasuresCarried.isEmpty && again.copiedEvents == 0)
        #expect(try p.run(full: true).erasuresCarried.isEmpty)
        try p.expectMirrorIsTheLedger()
    }

    @Test func aDecisionMirroredBeforeItsBytesAreRemovedIsCarriedByALaterRun() throws {
        let p = try Pair()
        try p.run()
        try p.erase([4], remove: false)
        let first = try p.run()
        #expect(first.erasuresCarried.isEmpty)
        #expect(first.erasuresPending == [ErasedPart(seq: 4, pointer: "/secret")])
        try p.expectMirrorIsTheLedger()
        // The ledger removes the bytes later; the mirror run after that carries the removal,
        // starting from its state (the decision is before the mirror's recorded head).
        _ = try Ledger.open(at: p.ledger, mode: .readWrite).erase([ErasedPart(seq: 4, pointer: "/secret")])
        let second = try p.run()
        #expect(second.usedState)
        #expect(second.erasuresCarried == [ErasedPart(seq: 4, pointer: "/secret")])
        #expect(second.erasuresPending.isEmpty)
        try p.expectMirrorIsTheLedger()
        #expect(!p.mirrorHolds(Pair.secret(4)))
    }

    @Test func aMirrorWithoutItsStateFindsTheErasureByCheckingItsWholeLog() throws {
        let p = try Pair()
        try p.run()
        try p.erase([5])
        try FileManager.default.removeItem(atPath: p.mirror + "/" + MirrorState.fileName)
        let report = try p.run()
        #expect(!report.usedState)
        #expect(report.erasuresCarried == [ErasedPart(seq: 5, pointer: "/secret")])
        try p.expectMirrorIsTheLedger()
    }

    @Test func aRemovalWithoutAnAuthorisationIsRefusedByAFullCheckAndChangesNothing() throws {
        let p = try Pair()
        try p.run()
        // Seq 3's secret removed from the ledger with nothing in the log authorising it.
        let forged = try p.ledgerLine(3).withUnsafeBytes { try EventLine.erasing(["/secret"], inLine: $0) }
        try p.replaceLedgerLine(3, with: forged)
        let error = try p.refusal(full: true)
        #expect(error.code == "mirror-ledger-altered", "\(error.message)")
        #expect(error.message.contains("seq 3"), "\(error.message)")
        #expect(p.mirrorHolds(Pair.secret(3)))
    }

    @Test func anAuthorisedPartRemovedTogetherWithAnotherIsRefusedAndChangesNothing() throws {
        let p = try Pair()
        try p.run()
        try p.erase([6], remove: false)
        try p.run()
        // The ledger's seq 6 loses its authorised secret and also its unauthorised /n.
        let forged = try p.ledgerLine(6).withUnsafeBytes { try EventLine.erasing(["/secret", "/n"], inLine: $0) }
        try p.replaceLedgerLine(6, with: forged)
        let error = try p.refusal()
        #expect(error.code == "mirror-ledger-altered", "\(error.message)")
        #expect(error.message.contains("seq 6"), "\(error.message)")
    }

    @Test func aChangedValueInTheLedgerIsStillRefusedAndChangesNothing() throws {
        let p = try Pair()
        try p.run()
        try p.erase([7], remove: false)
        try p.run()
        // The ledger's seq 7 is rewritten with another value (its hash no longer matches it).
        let line = try p.ledgerLine(7)
        let changed = Array(String(decoding: line, as: UTF8.self).replacingOccurrences(of: Pair.secret(7), with: "something else!!!!!!!!").utf8)
        try p.replaceLedgerLine(7, with: changed)
        let error = try p.refusal()
        #expect(error.code == "mirror-ledger-damaged", "\(error.message)")
        #expect(error.message.contains("seq 7"), "\(error.message)")
        #expect(p.mirrorHolds(Pair.secret(7)))
    }

    /// Every step of the mirror's segment rewrite, stopped as a crash would stop it: the mirror
    /// verifies, and the next run completes the erasure.
    @Test func aCarryOverCutShortAtAnyStepLeavesAMirrorThatVerifiesAndTheNextRunCompletesIt() throws {
        var steps: [ErasureStep] = []
        do {
            let p = try Pair()
            try p.run()
            try p.erase([2, 9])
            try p.run(fault: { step in steps.append(step) })
        }
        #expect(steps.count >= 8, "\(steps)")
        for crashAt in steps.indices {
            let p = try Pair()
            try p.run()
            try p.erase([2, 9])
            var k = 0
            #expect(throws: MirrorError.self) {
                try p.run(fault: { step throws(LedgerError) in
                    defer { k += 1 }
                    if k == crashAt { throw .io(operation: "crash at \(step)", path: p.mirror, errno: EIO) }
                })
            }
            #expect(try Verifier.verify(ledgerAt: p.mirror).fault == nil, "crash at \(steps[crashAt])")
            let report = try p.run()
            #expect(!report.erasuresCarried.isEmpty || !p.mirrorHolds(Pair.secret(2)))
            try p.expectMirrorIsTheLedger()
            #expect(!p.mirrorHolds(Pair.secret(2)) && !p.mirrorHolds(Pair.secret(9)), "crash at \(steps[crashAt])")
        }
    }
}
