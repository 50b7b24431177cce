import Foundation
import LedgerStore
import Testing

/// Readers never see half a batch: events count only once their batch's last (batchEnd) line is
/// complete, however much of the batch is already on disk.
@Suite struct UncommittedBatchTests {
    /// A ledger with one committed batch (seqs 1–2), and the bytes a second batch (seqs 3–5) would add.
    static func ledgerAndNextBatch() throws -> (Scratch, segment: String, committed: [UInt8], batch: [UInt8]) {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        try ledger.append([event("C-1", n: 1), event("C-1", n: 2)])
        let segment = scratch.ledgerPath + "/" + SegmentFile.name(firstSeq: 1)
        let committed = try bytes(of: segment)
        try ledger.append([event("C-1", n: 3), event("C-2", n: 4), event("C-1", n: 5)])
        let all = try bytes(of: segment)
        try write(committed, to: segment)
        return (scratch, segment, committed, Array(all[committed.count...]))
    }

    @Test(arguments: [1, 2])
    func aReaderOpenedOnABatchWithoutItsBatchEndLineSeesOnlyCommittedEvents(linesPresent: Int) throws {
        let (scratch, segment, committed, batch) = try Self.ledgerAndNextBatch()
        try write(committed + lines(of: batch).prefix(linesPresent).flatMap { $0 }, to: segment)
        let before = snapshot(of: scratch.ledgerPath)

        let reader = try Ledger.open(at: scratch.ledgerPath)
        #expect(reader.headSeq == 2)
        #expect(try reader.streams == ["C-1"])
        #expect(try reader.version(of: "C-1") == 2)
        #expect(try reader.events(inStream: "C-1").map(\.seq) == [1, 2])
        #expect(try allEvents(of: reader).map(\.seq) == [1, 2])
        #expect(snapshot(of: scratch.ledgerPath) == before)
    }

    @Test func aReaderSeesTheBatchOnlyOnceItsLastLineIsComplete() throws {
        let (scratch, segment, committed, batch) = try Self.ledgerAndNextBatch()
        let reader = try Ledger.open(at: scratch.ledgerPath)
        let batchLines = lines(of: batch)
        let lastLine = batchLines[2]
        // The batch reaches the file in pieces, as a slow write might deliver it.
        let pieces: [[UInt8]] = [batchLines[0], Array(batchLines[1].prefix(100)), Array(batchLines[1].dropFirst(100)),
                                 Array(lastLine.dropLast(1)), [0x0A]]
        var written = committed
        for (k, piece) in pieces.enumerated() {
            written += piece
            try write(written, to: segment)
            try reader.refresh()
            let complete = k == pieces.count - 1
            #expect(reader.headSeq == (complete ? 5 : 2), "after piece \(k + 1) of \(pieces.count)")
            #expect(try reader.version(of: "C-2") == (complete ? 1 : 0))
        }
        #expect(try allEvents(of: reader).map(\.seq) == [1, 2, 3, 4, 5])
    }
}
