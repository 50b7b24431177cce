import Foundation
@testable import LedgerJSON
@testable import LedgerStore
import Testing

/// The random values of the fast path's tests.
private typealias F = FastPathEquivalenceTests

/// A one-event append built in place (INVARIANTS.md rule 61: version 2's parts worked out from the
/// payload's members as it is encoded, the line written straight into the buffer that is synced,
/// no slots or array of lines) writes and refuses exactly what the batch path does: the same
/// `parts` bytes and payload digest as the `JSONValue` path for every payload, and, appended event
/// by event, the same bytes in every file of the ledger (segments, index, tree cache, manifest)
/// after every step, the same results and the same errors, first fault first.
@Suite struct OneEventInPlaceTests {
    /// The payloads of the byte path's tests, and more: every escape and control, non-ASCII names and
    /// values, the largest integers, names with `~` and `/`, long lists (more parts than the
    /// insertion sort takes), lists whose indices sort out of order (`/a/10` before `/a/2`), empty
    /// lists and objects, and payloads that are not objects.
    static func payloads() -> [JSONValue] {
        var out = Version2BytePathTests.payloads() + [
            .null, .array([1, 2]), .string("x"), ["a": .object([:])], ["a": .array([.array([])])],
            ["a~/b": .array((0..<12).map { .integer(Int64($0)) }), "a~0": "x", "a/": .array(["y"]), "a": 1],
            ["big": .integer(JSONValue.maxSafeInteger), "small": .integer(-JSONValue.maxSafeInteger), "zero": 0],
            ["list": .array((0..<60).map { .string("item \($0) \u{1}\"\\é") })],
            ["l1": .array((0..<30).map { .integer(Int64($0)) }), "l2": .array((0..<30).map { _ in .null }), "one": true],
            ["text": .string((0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined() + "\u{7F}😀\u{E000}é"), "\u{7F}": 1],
            ["é": 1, "e": 2], ["name with spaces": .array([.object(["k": "v"])]), "~": .array([])],
        ]
        var r = F.Random(state: 61)
        for _ in 0..<300 {
            guard case .object(var members) = F.randomObject(&r, depth: 0) else { continue }
            if r.below(2) == 0 {
                members[r.pick(["list", "notes", "a", "a/b", "~x", "é"])] = .array((0..<r.below(70)).map { _ in F.randomValue(&r, depth: 1) })
            }
            if r.below(3) == 0 { members[r.pick(["n", "amount", "note"])] = F.randomValue(&r, depth: 0) }
            out.append(.object(members))
        }
        return out
    }

    @Test func theInPlaceBodyIsTheJSONValuePathsBodyForEveryPayload() {
        let source = SaltSource.unsafeDeterministicSalts(seed: 61)
        var taken = 0, plainCount = 0
        for payload in Self.payloads() {
            let salts = source.saltsHex(count: PayloadParts.partCount(of: payload))
            let inPlace = salts.withUnsafeBytes { PayloadParts.newLineBody(payload: payload, saltHex: $0) }
            let fromBytes = salts.withUnsafeBytes { PayloadParts.newLineBody(canonicalPayload: CanonicalJSON.encode(payload), saltHex: $0) }
            let plain = payload.objectValue.map { $0.keys.allSatisfy { $0.string.utf8.allSatisfy(PayloadParts.isPlainPointerNameByte) } } ?? false
            let text = CanonicalJSON.string(payload)
            #expect((inPlace != nil) == plain, "in place taken \(inPlace != nil) for \(text)")
            #expect((fromBytes != nil) == (inPlace != nil), "the two byte paths disagree on taking \(text)")
            if plain { plainCount += 1 }
            guard let inPlace else { continue }
            taken += 1
            let expected = Version2BytePathTests.general(payload, saltHex: salts)
            #expect(inPlace.body == expected.body, "parts differ for \(text)")
            #expect(inPlace.digest == expected.digest, "digest differs for \(text)")
            #expect(inPlace.body == fromBytes?.body && inPlace.digest == fromBytes?.digest, "the byte paths differ for \(text)")
            // The payload closes the body: its canonical bytes, exactly.
            let canonical = CanonicalJSON.encode(payload)
            #expect(Array(inPlace.body.suffix(canonical.count)) == canonical)
        }
        // (184 of them: names with `~` or `/` go to the `JSONValue` path, as non-ASCII names do; rule 53.)
        #expect(taken == plainCount && taken > 150, "in place taken for \(taken)")
        // Salts of the wrong count are not taken (the caller's count is the payload's parts).
        let one = source.saltsHex(count: 1)
        #expect(one.withUnsafeBytes { PayloadParts.newLineBody(payload: ["a": 1, "b": 2], saltHex: $0) } == nil)
    }

    /// What one step of a run came to.
    enum Outcome: Equatable {
        case appended([AppendResult])
        case refused(code: String, message: String)
        case erased(String)
    }

    /// One step: an append of one event, or (version 2) an erasure of parts.
    enum Step {
        case append(NewEvent)
        case erase([ErasedPart])
    }

    /// Random single events: streams valid and not, actors plain, non-ASCII and refused, payloads
    /// of every kind above (one over the line limit), ids new, repeated with the same content and
    /// with other content, expected versions met and stale; in version 2 an authorised erasure, one
    /// again with a part no event has (refused), between the appends.
    static func steps(formatVersion: Int) -> [Step] {
        var r = F.Random(state: UInt64(100 + formatVersion))
        let payloads = Self.payloads().filter { $0.objectValue != nil }
        var out: [Step] = [.append(NewEvent(
            id: EventID(high: 0x61, low: 0), stream: "C-1", type: "noteAdded", actor: "S-1",
            payload: ["amount": 1250, "notes": .array(["a", "b\u{1}", "é"]), "a/b": "x"], expectedVersion: .noStream))]
        var authorisation = FormatVersion2Tests.erasureAuthorised([(1, ["/amount", "/notes/1", "/a~1b"])], stream: "C-1")
        authorisation.id = EventID(high: 0x61, low: 1000)
        out.append(.append(authorisation))
        var written: [NewEvent] = []
        for n in 1..<160 {
            if formatVersion >= 2, n == 60 {
                out.append(.erase([ErasedPart(seq: 1, pointer: "/amount"), ErasedPart(seq: 1, pointer: "/notes/1")]))
            }
            if formatVersion >= 2, n == 120 { out.append(.erase([ErasedPart(seq: 1, pointer: "/a~1b"), ErasedPart(seq: 999, pointer: "/x")])) }
            let payload: JSONValue =
                n == 77 ? ["huge": .string(String(repeating: "x", count: EnvelopeRules.maxLineBytes))] : r.pick(payloads)
            var event = NewEvent(
                id: EventID(high: 0x61, low: UInt64(n)), stream: r.below(25) == 0 ? "C 2" : "C-\(1 + r.below(4))",
                type: r.pick(["noteAdded", "planDrafted", "visitRecorded"]), actor: r.below(30) == 0 ? "S-\u{1}" : r.pick(["S-17", "Zoë Ádám", "S-2"]),
                payload: payload)
            switch r.below(10) {
            case 0: event.expectedVersion = .noStream
            case 1: event.expectedVersion = .exactly(Int64(r.below(40)))
            default: break
            }
            if !written.isEmpty, r.below(12) == 0 {
                let earlier = r.pick(written)
                event = r.below(2) == 0 ? earlier : NewEvent(id: earlier.id, stream: earlier.stream, type: earlier.type, actor: earlier.actor, payload: ["other": 1])
            }
            if r.below(15) == 0 { event.id = nil }  // an id drawn at random: seeded below, the same on both paths
            written.append(event)
            out.append(.append(event))
        }
        return out
    }

    /// Runs `steps` on a new ledger, one-event batches built in place or not; each step's outcome
    /// and every file of the directory after it. A refused step changes nothing.
    func run(_ steps: [Step], formatVersion: Int, inPlace: Bool, in scratch: Scratch) throws -> (outcomes: [Outcome], snapshots: [[String: Data]]) {
        let ledger = try Ledger.create(at: scratch.ledgerPath, formatVersion: formatVersion)
        ledger.saltSource = .unsafeDeterministicSalts(seed: 61)
        ledger.segmentMaxBytes = 40_000
        ledger.indexSaveInterval = 7
        ledger.buildsOneEventInPlace = inPlace
        let minute: Int64 = 60_000_000
        let clock = ScriptedClock(microseconds: (0..<400).map { 1_780_000_000_000_000 + Int64($0) * minute })
        var outcomes: [Outcome] = [], snapshots: [[String: Data]] = []
        var ids = F.Random(state: 7)
        for step in steps {
            let before = snapshot(of: scratch.ledgerPath)
            switch step {
            case .append(var event):
                if event.id == nil { event.id = EventID(high: ids.next(), low: ids.next()) }
                do {
                    outcomes.append(.appended(try ledger.append([event], clock: clock.next)))
                } catch {
                    outcomes.append(.refused(code: error.code, message: error.message))
                    #expect(snapshot(of: scratch.ledgerPath) == before, "a refused append changes nothing: \(error.message)")
                }
            case .erase(let parts):
                do {
                    outcomes.append(.erased("\(try ledger.erase(parts).erased)"))
                } catch {
                    outcomes.append(.refused(code: error.code, message: error.message))
                }
            }
            snapshots.append(snapshot(of: scratch.ledgerPath))
        }
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).isIntact)
        return (outcomes, snapshots)
    }

    @Test(arguments: [1, 2])
    func oneEventAppendsBuiltInPlaceWriteAndRefuseExactlyWhatTheBatchPathDoes(formatVersion: Int) throws {
        let steps = Self.steps(formatVersion: formatVersion)
        let one = Scratch(), batch = Scratch()
        let a = try run(steps, formatVersion: formatVersion, inPlace: true, in: one)
        let b = try run(steps, formatVersion: formatVersion, inPlace: false, in: batch)
        #expect(a.outcomes == b.outcomes)
        #expect(a.snapshots.count == b.snapshots.count)
        for (k, (x, y)) in zip(a.snapshots, b.snapshots).enumerated() where x != y {
            let differing = Set(x.keys).union(y.keys).filter { x[$0] != y[$0] }.sorted()
            Issue.record("after step \(k) the files differ: \(differing)")
            break
        }
        // The run reaches what it is for: appends, each kind of refusal, erasures, several segments.
        let codes = Set(a.outcomes.compactMap { if case .refused(let code, _) = $0 { code } else { nil } })
        #expect(codes.isSuperset(of: ["invalid-event", "duplicate-event-id", "version-conflict"]), "\(codes)")
        #expect(a.outcomes.contains { if case .appended(let r) = $0 { r.first?.wasAlreadyRecorded == true } else { false } })
        #expect(a.outcomes.filter { if case .appended(let r) = $0 { r.first?.wasAlreadyRecorded == false } else { false } }.count > 80)
        if formatVersion >= 2 { #expect(a.outcomes.contains { if case .erased(let e) = $0 { e.contains("amount") } else { false } }) }
        #expect(try segmentNames(in: one.ledgerPath).count >= 3)
    }
}
