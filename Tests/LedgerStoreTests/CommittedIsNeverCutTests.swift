import Foundation
import LedgerStore
import Testing

/// Torn tails (INVARIANTS.md rules 20, 21): the tail after the last committed line is at most the
/// one batch a crash cut short. A hole of NUL bytes inside that batch, even with its closing line
/// written, is torn and set aside, never a wedge; NUL bytes over a committed line are never cut
/// when the index cache recorded that line's event as committed.
@Suite struct CommittedIsNeverCutTests {
    /// Seqs 1–2 committed (with the index cache saved after every batch, as the command line
    /// does), then the batch 3–6, whose line 4 is turned into `hole`.
    static func ledgerWithAHoleInTheLastBatch(savingIndex: Bool) throws -> (Scratch, segment: String, committed: [UInt8], tail: [UInt8]) {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        if savingIndex { ledger.indexSaveInterval = 1 }
        try ledger.append([event(n: 1), event(n: 2)])
        let segment = scratch.ledgerPath + "/" + SegmentFile.name(firstSeq: 1)
        let committed = try bytes(of: segment)
        // The batch is written but, in this story, never synced: the index is not saved after it.
        ledger.indexSaveInterval = 4096
        try ledger.append([event(n: 3), event(n: 4), event(n: 5), event(n: 6)])
        var batch = lines(of: Array(try bytes(of: segment)[committed.count...]))
        #expect(batch.count == 4)
        // A power loss left a page of zeros in the middle of the write: lines 4 and 5 (seqs 4, 5)
        // and their newlines became NUL bytes, and the closing line (seq 6) survived.
        batch[1] = [UInt8](repeating: 0, count: batch[1].count + batch[2].count)
        batch.remove(at: 2)
        let tail = batch.flatMap { $0 }
        try write(committed + tail, to: segment)
        return (scratch, segment, committed, tail)
    }

    @Test(arguments: [false, true])
    func aHoleInsideTheLastUnsyncedBatchWhoseClosingLineSurvivedIsTornNotAWedge(savingIndex: Bool) throws {
        let (scratch, segment, committed, tail) = try Self.ledgerWithAHoleInTheLastBatch(savingIndex: savingIndex)

        // Readers and verify see seqs 1–2 and leave the unfinished batch out.
        let report = try Verifier.verify(ledgerAt: scratch.ledgerPath)
        #expect(report.fault == nil && report.events == 2 && report.uncommitted?.kind == .hole)
        #expect(try Ledger.open(at: scratch.ledgerPath).headSeq == 2)

        // A writer appends: seq 3 is given again (the batch 3–6 never became durable), and the
        // torn bytes are kept under torn/.
        let writer = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        #expect(try writer.append([event(n: 30)]).map(\.seq) == [3])
        let name = "\(SegmentFile.name(firstSeq: 1)).at-\(committed.count).seq-3.torn"
        #expect(try bytes(of: scratch.ledgerPath + "/torn/" + name) == tail)
        #expect(try bytes(of: segment).prefix(committed.count) == committed[...])
        #expect(try allEvents(of: Ledger.open(at: scratch.ledgerPath)).map { $0.payload?["n"] } == [1, 2, 30])
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).isIntact)
    }

    /// A ledger of three committed batches whose index cache names the last event, then `spoil`
    /// applied to the segment's lines.
    static func committedLedger(spoil: (inout [[UInt8]]) -> Void) throws -> Scratch {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        ledger.indexSaveInterval = 1
        try ledger.append([event(n: 1), event(n: 2)])
        try ledger.append([event(n: 3)])
        try ledger.append([event(n: 4), event(n: 5), event(n: 6)])
        #expect(FileManager.default.fileExists(atPath: scratch.ledgerPath + "/index/head.bin"))
        let segment = scratch.ledgerPath + "/" + SegmentFile.name(firstSeq: 1)
        var all = lines(of: try bytes(of: segment))
        spoil(&all)
        try write(all.flatMap { $0 }, to: segment)
        return scratch
    }

    enum Spoiling: String, CaseIterable, CustomTestStringConvertible {
        case lastLineNULed, lastLineNULedWithItsNewline, lastTwoLinesNULed, lastLineCutOff
        var testDescription: String { rawValue }

        func apply(_ lines: inout [[UInt8]]) {
            switch self {
            case .lastLineNULed: lines[5] = [UInt8](repeating: 0, count: lines[5].count - 1) + [0x0A]
            case .lastLineNULedWithItsNewline: lines[5] = [UInt8](repeating: 0, count: lines[5].count)
            case .lastTwoLinesNULed: lines[4] = [UInt8](repeating: 0, count: lines[4].count + lines[5].count); lines.removeLast()
            case .lastLineCutOff: lines[5] = Array(lines[5].prefix(50))
            }
        }
    }

    @Test(arguments: Spoiling.allCases)
    func aCommittedEventTheIndexRecordedIsNeverCutAndTheWriterRefuses(spoiling: Spoiling) throws {
        let scratch = try Self.committedLedger(spoil: spoiling.apply)
        let before = snapshot(of: scratch.ledgerPath)

        let refused = { (error: any Error) -> Bool in
            guard case .damaged(let at, let reason) = error as? LedgerError else { return false }
            return at == LogPosition(segment: SegmentFile.name(firstSeq: 1), line: 4, seq: 4)
                && reason.hasPrefix("seq 6 was committed (the index cache recorded it, with hash ")
                && reason.contains("the log's committed events now end at seq 3")
                && reason.contains("Restore the segment from a copy")
        }
        #expect(performing: { try Ledger.open(at: scratch.ledgerPath, mode: .readWrite) }, throws: refused)
        #expect(snapshot(of: scratch.ledgerPath) == before)
        // Readers read the log as it is: sound up to seq 3, the rest left out.
        #expect(try Ledger.open(at: scratch.ledgerPath).headSeq == 3)
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).events == 3)
        #expect(snapshot(of: scratch.ledgerPath) == before)
    }

    @Test func withoutTheIndexTheLogAloneDecidesAndTheBytesAreKeptUnderTorn() throws {
        // The residual case FORMAT.md names: nothing outside the log says seq 6 was committed.
        let scratch = try Self.committedLedger(spoil: Spoiling.lastLineNULed.apply)
        try FileManager.default.removeItem(atPath: scratch.ledgerPath + "/index")
        let segment = scratch.ledgerPath + "/" + SegmentFile.name(firstSeq: 1)
        let spoiled = try bytes(of: segment)
        let writer = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        #expect(writer.headSeq == 3)
        #expect(try writer.append([event(n: 40)]).map(\.seq) == [4])
        let torn = try FileManager.default.contentsOfDirectory(atPath: scratch.ledgerPath + "/torn")
        #expect(torn.count == 1)
        let kept = try bytes(of: scratch.ledgerPath + "/torn/" + torn[0])
        #expect(Array(spoiled.suffix(kept.count)) == kept)
    }

    @Test func aHoleFollowedByALaterBatchIsDamageEvenWithoutAnIndex() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        try ledger.append([event(n: 1), event(n: 2)])
        try ledger.append([event(n: 3), event(n: 4), event(n: 5)])
        try ledger.append([event(n: 6), event(n: 7)])
        let segment = scratch.ledgerPath + "/" + SegmentFile.name(firstSeq: 1)
        var all = lines(of: try bytes(of: segment))
        all[3] = [UInt8](repeating: 0, count: all[3].count - 1) + [0x0A]
        try write(all.flatMap { $0 }, to: segment)
        let before = snapshot(of: scratch.ledgerPath)

        let hole = LogPosition(segment: SegmentFile.name(firstSeq: 1), line: 4, seq: 4)
        #expect(performing: { try Ledger.open(at: scratch.ledgerPath, mode: .readWrite) }, throws: { error in
            guard case .damaged(let at, let reason) = error as? LedgerError else { return false }
            return at == hole && reason.contains("line 6, seq 6")
        })
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).fault?.position == hole)
        #expect(snapshot(of: scratch.ledgerPath) == before)
    }

    @Test func aHoleJustBeforeVerifysChunkEdgeFollowedByLaterBatchesIsDamage() throws {
        // 21 batches of one 420 KB event: the 19th line ends just before 8 MiB, where verify's
        // first chunk ends; NUL bytes over it must be judged against the batches after the chunk.
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        for n in 1...21 {
            try ledger.append([NewEvent(stream: "C-1", type: "noteAdded", actor: "S-17", payload: ["n": .integer(Int64(n)), "pad": .string(String(repeating: "p", count: 420_000))])])
        }
        let segment = scratch.ledgerPath + "/" + SegmentFile.name(firstSeq: 1)
        var all = lines(of: try bytes(of: segment))
        let end19 = all.prefix(19).reduce(0) { $0 + $1.count }
        #expect(end19 < 8 << 20 && end19 + all[19].count > 8 << 20)
        all[18] = [UInt8](repeating: 0, count: all[18].count - 1) + [0x0A]
        try write(all.flatMap { $0 }, to: segment)

        let hole = LogPosition(segment: SegmentFile.name(firstSeq: 1), line: 19, seq: 19)
        let report = try Verifier.verify(ledgerAt: scratch.ledgerPath)
        #expect(report.fault?.position == hole)
        #expect(report.uncommitted == nil)
        #expect(performing: { try Ledger.open(at: scratch.ledgerPath, mode: .readWrite) }, throws: { error in
            guard case .damaged(let at, _) = error as? LedgerError else { return false }
            return at == hole
        })
    }

    @Test func aSignedCheckpointCoveringTheEventMakesTheWriterRefuseToo() throws {
        // No index cache, but checkpoints/ holds a checkpoint of size 6 (FORMAT.md "Checkpoints";
        // only its name is read: knowledge that can refuse, never accept).
        let scratch = try Self.committedLedger(spoil: Spoiling.lastLineNULed.apply)
        try FileManager.default.removeItem(atPath: scratch.ledgerPath + "/index")
        try FileManager.default.createDirectory(atPath: scratch.ledgerPath + "/checkpoints", withIntermediateDirectories: false)
        try write(Array("council.example/caseledger\n6\n\n".utf8), to: scratch.ledgerPath + "/checkpoints/checkpoint-0000000000000006.note")
        let before = snapshot(of: scratch.ledgerPath)
        #expect(performing: { try Ledger.open(at: scratch.ledgerPath, mode: .readWrite) }, throws: { error in
            guard case .damaged(let at, let reason) = error as? LedgerError else { return false }
            return at.seq == 4 && reason.hasPrefix("seq 6 was committed (the signed checkpoint checkpoints/checkpoint-0000000000000006.note covers it)")
        })
        #expect(snapshot(of: scratch.ledgerPath) == before)
    }
}
