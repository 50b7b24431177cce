import Foundation
import LedgerJSON
@testable import LedgerStore
import Testing

/// A small batch from a handle that has the writer lock file open is checked once, under the lock
/// (INVARIANTS.md rule 59), instead of before the lock and again under it. It writes and refuses
/// exactly what the path that checks twice does: the same bytes in every file of the directory for
/// the same events, salts and clock, the same results, the same errors with the directory left
/// byte for byte as it was. And a handle still sees what another writer appended meanwhile, in
/// the same segment or in a segment that writer started (the rollover is seen by a stat relative
/// to the ledger directory, the end of the segment by its size).
@Suite struct CheckedOnceUnderLockTests {
    /// What one step of the script came to: the results, or the error's code and message.
    enum Outcome: Equatable {
        case appended([AppendResult])
        case refused(LedgerError)
    }

    static func id(_ n: UInt64) -> EventID { EventID(high: 0xA16, low: n) }

    static func note(_ n: Int64, stream: String, expect: ExpectedVersion = .any, id: UInt64? = nil, text: String = "visit") -> NewEvent {
        NewEvent(
            id: Self.id(id ?? UInt64(n)), stream: stream, type: "noteAdded", actor: "S-17",
            payload: ["n": .integer(n), "text": .string(text), "parts": .object(["a": .string("é \u{1}"), "b": .array([.integer(n), .null])])],
            expectedVersion: expect)
    }

    /// Batches that go through every branch of an append: new streams, expected versions met and
    /// not, ids already recorded with the same and with other content, an id repeated in a batch,
    /// an invalid event, a clock jump refused and then allowed, a batch larger than the limit, and
    /// enough bytes to start new segments. (An acknowledged jump writes an event with an id drawn
    /// at random, so it has a test of its own below.)
    static let script: [(events: [NewEvent], guarded: ClockJumpGuard?)] = [
        ([note(1, stream: "C-1", expect: .noStream)], nil),
        ([note(2, stream: "C-1", expect: .exactly(1))], nil),
        ([note(3, stream: "C-1", expect: .exactly(1))], nil),  // stale: refused
        ([note(2, stream: "C-1", expect: .exactly(1))], nil),  // already recorded, same content
        ([note(2, stream: "C-1", expect: .exactly(1), text: "other")], nil),  // already recorded, other content
        ([note(4, stream: "C-2"), note(5, stream: "C-2", expect: .exactly(1)), note(4, stream: "C-2")], nil),
        ([NewEvent(id: id(6), stream: "C 2", type: "noteAdded", actor: "S-17", payload: ["n": .integer(6)])], nil),  // invalid stream
        ([note(7, stream: "C-3")], ClockJumpGuard()),  // a jump of a year: refused
        ([note(7, stream: "C-3")], ClockJumpGuard(maximumLead: 400 * 86_400_000_000)),  // allowed by a longer lead
        ((8...27).map { note($0, stream: "C-\($0 % 4)") }, nil),  // 20 events: checked before the lock too
        ([note(28, stream: "C-1", expect: .exactly(1))], nil),  // stale after the big batch
    ] + (29...60).map { ([note($0, stream: "C-\($0 % 5)")], nil) }

    /// The clock for the script: a minute between readings, with a year's jump from the fourth reading.
    static func clock() -> ScriptedClock {
        let minute: Int64 = 60_000_000, start: Int64 = 1_780_000_000_000_000, year: Int64 = 366 * 86_400_000_000
        return ScriptedClock(microseconds: (0..<200).map { start + Int64($0) * minute + ($0 >= 3 ? year : 0) })
    }

    /// Runs the script on a new ledger, checking before the lock too when `checkedOnceUnderLock` is 0;
    /// returns each step's outcome and what the directory holds after each step.
    func run(formatVersion: Int, checkedOnceUnderLock: Int, in scratch: Scratch) throws -> (outcomes: [Outcome], snapshots: [[String: Data]], onceUsed: Bool) {
        let ledger = try Ledger.create(at: scratch.ledgerPath, formatVersion: formatVersion)
        ledger.saltSource = .unsafeDeterministicSalts(seed: 59)
        ledger.segmentMaxBytes = 6_000
        ledger.indexSaveInterval = 7
        ledger.checkedOnceUnderLock = checkedOnceUnderLock
        let clock = Self.clock()
        var outcomes: [Outcome] = [], snapshots: [[String: Data]] = []
        var onceUsed = false
        for step in Self.script {
            onceUsed = onceUsed || ledger.checksOnlyUnderLock(batchOf: step.events.count)
            let before = snapshot(of: scratch.ledgerPath)
            do {
                outcomes.append(.appended(try ledger.append(step.events, clock: clock.next, clockGuard: step.guarded)))
            } catch {
                outcomes.append(.refused(error))
                #expect(snapshot(of: scratch.ledgerPath) == before, "a refused batch changes nothing: \(error.message)")
            }
            snapshots.append(snapshot(of: scratch.ledgerPath))
        }
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).isIntact)
        return (outcomes, snapshots, onceUsed)
    }

    @Test(arguments: [1, 2])
    func aSmallBatchCheckedOnceWritesAndRefusesExactlyWhatCheckingTwiceDoes(formatVersion: Int) throws {
        let once = Scratch(), twice = Scratch()
        let a = try run(formatVersion: formatVersion, checkedOnceUnderLock: 16, in: once)
        let b = try run(formatVersion: formatVersion, checkedOnceUnderLock: 0, in: twice)
        #expect(a.onceUsed && !b.onceUsed)
        #expect(a.outcomes == b.outcomes)
        #expect(a.snapshots == b.snapshots)
        // The script reaches what it is for: refusals of each kind, an acknowledged jump, several segments.
        let refusals = a.outcomes.compactMap { if case .refused(let e) = $0 { e.code } else { nil } }
        #expect(refusals == ["version-conflict", "duplicate-event-id", "invalid-event", "clock-jump", "version-conflict"])
        #expect(try segmentNames(in: once.ledgerPath).count >= 3)
    }

    @Test(arguments: [1, 2])
    func anAcknowledgedClockJumpCheckedOnceIsWrittenAsWhenCheckedTwice(formatVersion: Int) throws {
        var written: [[StoredEvent]] = []
        for limit in [16, 0] {
            let scratch = Scratch()
            let ledger = try Ledger.create(at: scratch.ledgerPath, formatVersion: formatVersion)
            ledger.saltSource = .unsafeDeterministicSalts(seed: 59)
            ledger.checkedOnceUnderLock = limit
            let clock = Self.clock()
            try ledger.append([Self.note(1, stream: "C-1")], clock: clock.next)
            #expect(ledger.checksOnlyUnderLock(batchOf: 1) == (limit > 0))
            for _ in 0..<3 { _ = clock.next() }  // the year's jump is next
            let results = try ledger.append(
                [Self.note(2, stream: "C-1", expect: .exactly(1))], clock: clock.next,
                clockGuard: ClockJumpGuard(acknowledgement: "the server was down for a year"))
            #expect(results.map(\.seq) == [3])
            written.append(try allEvents(of: Ledger.open(at: scratch.ledgerPath)))
            #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).isIntact)
        }
        // The same events, bar the acknowledgement's id (drawn at random) and the hashes it changes.
        func content(_ e: StoredEvent) -> [String] { [String(e.seq), e.stream, e.type, e.actor, e.recordedAt.rfc3339, String(e.endsBatch), e.payload.map(CanonicalJSON.string) ?? ""] }
        #expect(written[0].map(content) == written[1].map(content))
        #expect(written[0].map(\.type) == ["noteAdded", ClockJumpGuard.acknowledgedType, "noteAdded"])
    }

    @Test func theFirstAppendOfAHandleWithNoLockFileChecksBeforeTheLockAndCreatesNothingWhenRefused() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        #expect(!ledger.checksOnlyUnderLock(batchOf: 1))
        let before = snapshot(of: scratch.ledgerPath)
        #expect(throws: LedgerError.self) { try ledger.append([Self.note(1, stream: "C-1", expect: .exactly(3))]) }
        #expect(snapshot(of: scratch.ledgerPath) == before)
        #expect(!FileManager.default.fileExists(atPath: scratch.ledgerPath + "/writer.lock"))
        try ledger.append([Self.note(1, stream: "C-1")])
        #expect(ledger.checksOnlyUnderLock(batchOf: 1))
        #expect(ledger.checksOnlyUnderLock(batchOf: 16))
        #expect(!ledger.checksOnlyUnderLock(batchOf: 17))
        // A handle opened for writing once the lock file exists checks a small batch once from the start.
        #expect(try Ledger.open(at: scratch.ledgerPath, mode: .readWrite).checksOnlyUnderLock(batchOf: 1))
    }

    @Test(arguments: [1, 2])
    func aHandleCheckingOnceSeesAnotherWritersAppendsAndTheSegmentsItStarted(formatVersion: Int) throws {
        let scratch = Scratch()
        let a = try Ledger.create(at: scratch.ledgerPath, formatVersion: formatVersion)
        try a.append([Self.note(1, stream: "C-1", expect: .noStream)])
        let b = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        b.segmentMaxBytes = 4_000
        #expect(a.checksOnlyUnderLock(batchOf: 1) && b.checksOnlyUnderLock(batchOf: 1))
        var expectedSeqs: [Int64] = [1]
        var n: Int64 = 1
        for round in 0..<12 {
            // Another writer appends to the same segment or starts new ones.
            for _ in 0...(round % 3) {
                n += 1
                try b.append([Self.note(n, stream: "C-1")])
                expectedSeqs.append(n)
            }
            // A's expectation from before is stale: refused, nothing changed.
            let before = snapshot(of: scratch.ledgerPath)
            #expect(throws: LedgerError.self) { try a.append([Self.note(1000 + n, stream: "C-1", expect: .exactly(n - 1))]) }
            #expect(snapshot(of: scratch.ledgerPath) == before)
            // The current version is met: A writes after B's events, whichever segment they are in.
            n += 1
            let result = try a.append([Self.note(n, stream: "C-1", expect: .exactly(n - 1))])
            #expect(result.map(\.seq) == [n])
            expectedSeqs.append(n)
        }
        #expect(try segmentNames(in: scratch.ledgerPath).count >= 3)
        let fresh = try Ledger.open(at: scratch.ledgerPath)
        #expect(a.headSeq == n && a.headHash == fresh.headHash)
        #expect(try allEvents(of: Ledger.open(at: scratch.ledgerPath)).map(\.seq) == expectedSeqs)
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).isIntact)
    }

    @Test func aSegmentsNameIsSegmentThenSixteenDigitsOfItsFirstSeqThenJsonl() {
        func padded(_ seq: Int64) -> String {
            let digits = String(seq)
            return "segment-" + String(repeating: "0", count: max(0, 16 - digits.count)) + digits + ".jsonl"
        }
        for seq: Int64 in [0, 1, 9, 10, 4_097, 1_000_000, 123_456_789_012_345, 9_999_999_999_999_999, 10_000_000_000_000_000, .max, -1] {
            #expect(SegmentFile.name(firstSeq: seq) == padded(seq))
        }
        #expect(SegmentFile.name(firstSeq: 1) == "segment-0000000000000001.jsonl")
    }

    @Test func theDirectoryKeptOpenAnswersWhatItsPathWould() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        try ledger.append([Self.note(1, stream: "C-1")])
        for seq: Int64 in [1, 2, 3] {
            let segment = SegmentFile(firstSeq: seq)
            #expect(ledger.segmentExists(segment) == FileSystem.exists(scratch.ledgerPath + "/" + segment.name).exists)
        }
        #expect(ledger.segmentExists(SegmentFile(firstSeq: 1)))
        #expect(!ledger.segmentExists(SegmentFile(firstSeq: 2)))
        #expect(FileManager.default.createFile(atPath: scratch.ledgerPath + "/" + SegmentFile(firstSeq: 2).name, contents: Data()))
        #expect(ledger.segmentExists(SegmentFile(firstSeq: 2)))
    }
}
