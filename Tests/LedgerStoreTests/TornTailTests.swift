import Foundation
import LedgerStore
import Testing

/// A torn tail (what a crash can leave after the last committed line) is set aside under torn/,
/// byte for byte, and cut off by the next append that writes; readers, opening for writing and
/// refused appends ignore it and write nothing.
@Suite struct TornTailTests {
    enum Tail: String, CaseIterable, CustomTestStringConvertible {
        case partialLine, lineWithNULBytes, holeOfNULBytes, batchWithoutItsBatchEndLine, completeLinesThenAPartialOne
        var testDescription: String { rawValue }

        /// The torn bytes, made from the lines of a real three-event batch.
        func bytes(from batch: [[UInt8]]) -> [UInt8] {
            switch self {
            case .partialLine: return Array(batch[0].prefix(100))
            case .lineWithNULBytes:
                var line = batch[0]
                line.replaceSubrange(40..<90, with: [UInt8](repeating: 0, count: 50))
                return line
            case .holeOfNULBytes: return [UInt8](repeating: 0, count: 4_096)
            case .batchWithoutItsBatchEndLine: return batch[0] + batch[1]
            case .completeLinesThenAPartialOne: return batch[0] + batch[1] + batch[2].prefix(batch[2].count - 2)
            }
        }
    }

    /// A ledger whose first segment holds a committed batch (seqs 1–2) followed by `tail`.
    static func tornLedger(_ tail: Tail) throws -> (Scratch, segment: String, committed: [UInt8], torn: [UInt8]) {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        try ledger.append([event(n: 1), event(n: 2)])
        let segment = scratch.ledgerPath + "/" + SegmentFile.name(firstSeq: 1)
        let committed = try bytes(of: segment)
        try ledger.append([event(n: 3), event(n: 4), event(n: 5)])
        let batch = lines(of: Array(try bytes(of: segment)[committed.count...]))
        let torn = tail.bytes(from: batch)
        try write(committed + torn, to: segment)
        return (scratch, segment, committed, torn)
    }

    @Test(arguments: Tail.allCases)
    func aWriterSetsTheTornTailAsideAndCutsTheSegmentBackToTheLastCommittedLine(tail: Tail) throws {
        let (scratch, segment, committed, torn) = try Self.tornLedger(tail)
        let writer = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        #expect(writer.headSeq == 2)
        #expect(try writer.append([event(n: 30)]).map(\.seq) == [3])
        #expect(try bytes(of: segment).prefix(committed.count) == committed[...])
        let name = "\(SegmentFile.name(firstSeq: 1)).at-\(committed.count).seq-3.torn"
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.ledgerPath + "/torn") == [name])
        #expect(try bytes(of: scratch.ledgerPath + "/torn/" + name) == torn)
        let report = try Verifier.verify(ledgerAt: scratch.ledgerPath)
        #expect(report.isIntact)
        #expect(report.events == 3)
    }

    @Test(arguments: Tail.allCases)
    func openingForWritingAndARefusedAppendLeaveTheTornTailWhereItIs(tail: Tail) throws {
        let (scratch, _, _, _) = try Self.tornLedger(tail)
        try FileManager.default.removeItem(atPath: scratch.ledgerPath + "/writer.lock")
        let before = snapshot(of: scratch.ledgerPath)

        let writer = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        #expect(writer.headSeq == 2)
        #expect(snapshot(of: scratch.ledgerPath) == before)

        // The stream holds 2 events; expecting 5 is refused, and nothing moves, no lock file appears.
        #expect(throws: LedgerError.self) { try writer.append([event(n: 31, expectedVersion: .exactly(5))]) }
        #expect(snapshot(of: scratch.ledgerPath) == before)
        try writer.refresh()
        #expect(snapshot(of: scratch.ledgerPath) == before)
    }

    @Test(arguments: Tail.allCases)
    func aReaderIgnoresTheTornTailAndWritesNothing(tail: Tail) throws {
        let (scratch, _, _, _) = try Self.tornLedger(tail)
        let before = snapshot(of: scratch.ledgerPath)
        let reader = try Ledger.open(at: scratch.ledgerPath, mode: .readOnly)
        #expect(reader.headSeq == 2)
        #expect(try allEvents(of: reader).map(\.seq) == [1, 2])
        #expect(try reader.events(inStream: "C-1001").map(\.seq) == [1, 2])
        try reader.refresh()
        #expect(snapshot(of: scratch.ledgerPath) == before)
    }

    @Test(arguments: Tail.allCases)
    func verifyCallsTheLedgerSoundUpToTheLastCommittedEventAndNamesTheTornTail(tail: Tail) throws {
        let (scratch, _, committed, torn) = try Self.tornLedger(tail)
        let report = try Verifier.verify(ledgerAt: scratch.ledgerPath)
        #expect(report.fault == nil)
        #expect(report.events == 2)
        #expect(report.bytes == Int64(committed.count))
        let left = try #require(report.uncommitted)
        #expect(left.segment == SegmentFile.name(firstSeq: 1) && left.offset == Int64(committed.count) && left.line == 3 && left.afterSeq == 2)
        #expect(left.byteCount == Int64(torn.count))
    }

    /// INVARIANTS.md rule 20: torn/ is evidence; a second crash at the same place keeps the first's.
    @Test func twoCrashesAtTheSamePlaceKeepBothTornFiles() throws {
        let (scratch, segment, committed, torn) = try Self.tornLedger(.partialLine)
        let writer = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        #expect(try writer.append([event(n: 30)]).map(\.seq) == [3])
        // The same crash again: the committed lines, then other torn bytes at the same offset.
        let second = Array(torn.prefix(60))
        try write(committed + second, to: segment)
        let again = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        #expect(try again.append([event(n: 31)]).map(\.seq) == [3])
        // And a third time.
        let third = Array(torn.prefix(20))
        try write(committed + third, to: segment)
        #expect(try Ledger.open(at: scratch.ledgerPath, mode: .readWrite).append([event(n: 32)]).map(\.seq) == [3])

        let name = "\(SegmentFile.name(firstSeq: 1)).at-\(committed.count).seq-3.torn"
        let directory = scratch.ledgerPath + "/torn/"
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == [name, name + ".2", name + ".3"])
        #expect(try bytes(of: directory + name) == torn)
        #expect(try bytes(of: directory + name + ".2") == second)
        #expect(try bytes(of: directory + name + ".3") == third)
    }

    @Test func aTornBatchInANewSegmentLeavesThatSegmentEmptyForTheNextAppend() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        ledger.segmentMaxBytes = 500
        try ledger.append([event(n: 1), event(n: 2)])
        try ledger.append([event(n: 3), event(n: 4)])
        let second = scratch.ledgerPath + "/" + SegmentFile.name(firstSeq: 3)
        let batch = try bytes(of: second)
        try write(Array(batch.prefix(batch.count - 30)), to: second)

        let writer = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        #expect(writer.headSeq == 2)
        #expect(try writer.append([event(n: 5)]).map(\.seq) == [3])
        #expect(try bytes(of: scratch.ledgerPath + "/torn/\(SegmentFile.name(firstSeq: 3)).at-0.seq-3.torn") == Array(batch.prefix(batch.count - 30)))
        #expect(try segmentNames(in: scratch.ledgerPath) == [SegmentFile.name(firstSeq: 1), SegmentFile.name(firstSeq: 3)])
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).events == 3)
    }
}
