import Foundation
import LedgerJSON
@testable import LedgerStore
import Testing

// issue 16: tidy16 — `erase` reads each segment holding a named part once, checking the parts
// from the bytes it then rewrites (it read each part's event by seq first, one read a part). The
// outcome, the refusal and every byte written are those the one check (`erasureCheck`) of each
// part's event as a reader reads it gives, part by part in order.
@Suite struct EraseReadsOnceTests {
    typealias Pair = MirrorErasureTests.Pair

    static let pointers = ["/n", "/secret", "/nope", "/erases"]

    /// A ledger of 40 events (about 20 segments), decisions naming parts of every kind (real,
    /// missing, of no event, a decision's own `erases`, of an event not yet written), and some
    /// parts already erased.
    static func ledger(seed: UInt64) throws -> Pair {
        var random = SplitMix64(seed: seed)
        let p = try Pair(events: 30)
        var named: [(Int64, String)] = []
        for _ in 0..<24 { named.append((Int64(random.next() % 34), pointers[Int(random.next() % 4)])) }
        try UnerasablePartTests.authorise(p, Array(named.prefix(12)))
        try p.append(4)
        try UnerasablePartTests.authorise(p, Array(named.dropFirst(12)) + [(31, "/erases"), (36, "/secret")])
        try p.append(4)
        // Some already erased (each a part a decision names).
        _ = try Ledger.open(at: p.ledger, mode: .readWrite).erase(
            named.prefix(6).map { ErasedPart(seq: Int($0.0), pointer: $0.1) }, leavingUnerasable: true)
        return p
    }

    /// What `erase(parts, leavingUnerasable:)` must do, from each part's event as a reader reads it
    /// (`Ledger.event(seq:)`) and the verifier's map of first decisions: the outcome as
    /// `erase` reports it, or the refusal.
    static func expected(_ parts: [ErasedPart], leavingUnerasable: Bool, at path: String) throws -> (outcome: String, erased: [ErasedPart]) {
        let reader = try Ledger.open(at: path, mode: .readOnly)
        let head = reader.headSeq
        let authorisations = try Verifier.verify(ledgerAt: path).authorisations
        var erased: [ErasedPart] = [], already: [ErasedPart] = [], unerasable: [UnerasablePart] = []
        for part in Array(Set(parts)).sorted() {
            let event = part.seq >= 1 && Int64(part.seq) <= head ? try reader.event(seq: Int64(part.seq)) : nil
            let by = authorisations[part].map { Int($0) }
            switch Ledger.erasureCheck(of: part, in: event, holding: head, authorisedBy: by) {
            case .erase: erased.append(part)
            case .alreadyErased: already.append(part)
            case .refused(let reason):
                guard leavingUnerasable, let by else { return ("refused: \(LedgerError.erasureRefused(part: part, reason: reason))", []) }
                unerasable.append(UnerasablePart(part: part, authorisedBy: by, reason: reason))
            }
        }
        return ("\(erased) \(already) \(unerasable)", erased)
    }

    /// The outcome (or refusal) of `erase`, in the terms of `expected`, and every file after it.
    static func erasing(_ parts: [ErasedPart], leavingUnerasable: Bool, at path: String) throws -> (String, [String: Data]) {
        let ledger = try Ledger.open(at: path, mode: .readWrite)
        ledger.segmentMaxBytes = 1_500
        do {
            let o = try ledger.erase(parts, leavingUnerasable: leavingUnerasable)
            return ("\(o.erased) \(o.alreadyErased) \(o.unerasable)", snapshot(of: path))
        } catch {
            return ("refused: \(error)", snapshot(of: path))
        }
    }

    @Test("erase's outcome, refusal and bytes are those of the one check of each part's event, read as a reader reads it", arguments: [UInt64(1), 2, 3, 4])
    func eraseIsTheCheckOfEachPartsEvent(seed: UInt64) throws {
        let p = try Self.ledger(seed: seed)
        var random = SplitMix64(seed: seed ^ 0xE4A5E)
        let verified = try Verifier.verify(ledgerAt: p.ledger)
        #expect(verified.fault == nil)
        let named = verified.authorisations.keys.sorted()
        var refusals = 0, erasures = 0
        for trial in 0..<12 {
            // Parts decisions name (some erasable, some not, some erased already), others no
            // decision names, repeats, in any order.
            var parts = (0..<(1 + Int(random.next() % 8))).map { _ in named[Int(random.next() % UInt64(named.count))] }
            if trial % 3 == 0 { parts.append(ErasedPart(seq: Int(random.next() % 44), pointer: Self.pointers[Int(random.next() % 4)])) }
            parts += parts.prefix(2)
            parts.shuffle(using: &random)
            for leaving in [true, false] {
                let copy = p.scratch.path + "/copy-\(trial)-\(leaving)"
                try FileManager.default.copyItem(atPath: p.ledger, toPath: copy)
                defer { try? FileManager.default.removeItem(atPath: copy) }
                let before = snapshot(of: copy)
                let (want, toErase) = try Self.expected(parts, leavingUnerasable: leaving, at: copy)
                let (got, after) = try Self.erasing(parts, leavingUnerasable: leaving, at: copy)
                #expect(got == want, "trial \(trial), leaving \(leaving): \(parts)")
                if got.hasPrefix("refused") {
                    refusals += 1
                    #expect(after == before, "a refused erasure changed nothing")
                    continue
                }
                #expect(try Verifier.verify(ledgerAt: copy).fault == nil)
                // Part by part, one call each, the same bytes.
                let single = p.scratch.path + "/single-\(trial)-\(leaving)"
                try FileManager.default.copyItem(atPath: p.ledger, toPath: single)
                defer { try? FileManager.default.removeItem(atPath: single) }
                for part in parts { _ = try Self.erasing([part], leavingUnerasable: leaving, at: single) }
                #expect(try segmentsAndManifest(of: single) == segmentsAndManifest(of: copy), "trial \(trial): erased part by part, the same segments")
                let reader = try Ledger.open(at: copy, mode: .readOnly)
                for part in toErase {
                    let event = try reader.event(seq: Int64(part.seq))
                    #expect(event.erasedPartDigests[JSONKey(part.pointer)] != nil && event.partSalts?[JSONKey(part.pointer)] == nil, "\(part) erased")
                }
                if !toErase.isEmpty { erasures += 1 }
            }
        }
        #expect(refusals > 0 && erasures > 0, "the trials met refusals (\(refusals)) and erasures (\(erasures))")
    }

    /// An index that puts a named seq's line where the log does not hold it is rebuilt from the
    /// log, as a read by seq rebuilds it, and the erasure is the one a sound index gives.
    @Test func anIndexThatDisagreesWithTheLogIsRebuiltAndTheErasureIsTheSame() throws {
        let p = try Pair(events: 12)
        try p.erase(Array(1...12), remove: false)
        let handle = try Ledger.open(at: p.ledger, mode: .readWrite)
        let index = try handle.loadIndex()
        // The first segment holding two events or more: its first line made longer in the index.
        let bySegment = Dictionary(grouping: 1...Int64(12)) { index.location(of: $0)!.segmentOrdinal }
        let seqs = try #require(bySegment.values.filter { $0.count >= 2 }.min { $0[0] < $1[0] }).sorted()
        let parts = [ErasedPart(seq: Int(seqs[1]), pointer: "/secret"), ErasedPart(seq: 12, pointer: "/secret")]
        let sound = p.scratch.path + "/sound"
        try FileManager.default.copyItem(atPath: p.ledger, toPath: sound)
        let expected = try Self.erasing(parts, leavingUnerasable: false, at: sound)
        _ = handle.index!.relocate(seqs[0]...seqs.last!, newLengths: [seqs[0]: index.location(of: seqs[0])!.length + 7])
        #expect(try handle.read(handle.index!.location(of: seqs[1])!, expectingSeq: seqs[1], verify: false) == nil, "the index no longer finds seq \(seqs[1])")
        let outcome = try handle.erase(parts)
        #expect(outcome.erased == parts)
        #expect("\(outcome.erased) \(outcome.alreadyErased) \(outcome.unerasable)" == expected.0)
        #expect(try segmentsAndManifest(of: p.ledger) == segmentsAndManifest(of: sound))
        #expect(try Verifier.verify(ledgerAt: p.ledger).fault == nil)
    }

    /// `verify` reads events for the unerasable parts only when a decision names a part the log
    /// does not hold erased (`VerificationReport.namedNotErased`): a part held erased is one the
    /// one check finds already erased, so the parts it names are the same.
    @Test("the parts verify reads events for are those not erased, and the unerasable parts are the same", arguments: [UInt64(1), 2, 3, 4])
    func verifyReadsEventsOnlyForPartsNotErased(seed: UInt64) throws {
        let p = try Self.ledger(seed: seed)
        for step in 0..<2 {
            let report = try Verifier.verify(ledgerAt: p.ledger)
            #expect(report.fault == nil && !report.authorisations.isEmpty)
            let reader = try Ledger.open(at: p.ledger, mode: .readOnly)
            var erasedCount = 0
            for (part, by) in report.authorisations {
                let event = part.seq >= 1 && Int64(part.seq) <= reader.headSeq ? try reader.event(seq: Int64(part.seq)) : nil
                let erased = event?.erasedPartDigests[JSONKey(part.pointer)] != nil
                #expect((report.namedNotErased[part] == nil) == erased, "\(part)")
                if erased {
                    erasedCount += 1
                    #expect(Ledger.erasureCheck(of: part, in: event, holding: reader.headSeq, authorisedBy: Int(by)) == .alreadyErased, "\(part)")
                } else {
                    #expect(report.namedNotErased[part] == by)
                }
            }
            #expect(erasedCount > 0 && !report.namedNotErased.isEmpty)
            #expect(try reader.unerasableParts(among: report.namedNotErased) == reader.unerasableParts(among: report.authorisations))
            // Then every erasable part erased: what is left not erased can never be erased.
            if step == 0 { _ = try Ledger.open(at: p.ledger, mode: .readWrite).erase(Array(report.namedNotErased.keys), leavingUnerasable: true) }
            else { #expect(try reader.unerasableParts(among: report.namedNotErased).count == report.namedNotErased.count) }
        }
        // A ledger whose every named part is erased: nothing to read.
        let q = try Pair(events: 6)
        try q.erase([2, 5])
        let all = try Verifier.verify(ledgerAt: q.ledger)
        #expect(all.authorisations.count == 2 && all.namedNotErased.isEmpty)
    }
}
