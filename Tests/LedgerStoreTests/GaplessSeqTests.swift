import LedgerStore
import Testing

/// Seqs are global, start at 1 and have no gaps, whatever the batch sizes; batchEnd marks the
/// last event of each batch, and each event's prev is the hash of the one before.
@Suite struct GaplessSeqTests {
    @Test(arguments: [[1], [3], [1, 1, 1], [2, 5, 1, 3], [7, 1, 4, 2, 2]])
    func seqsRunFromOneWithoutGapsAcrossBatches(batchSizes: [Int]) throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        var reported: [Int64] = []
        var n: Int64 = 0
        for size in batchSizes {
            let batch = (0..<size).map { _ in n += 1; return event("C-\(n % 3)", n: n) }
            reported += try ledger.append(batch).map(\.seq)
        }
        let total = Int64(batchSizes.reduce(0, +))
        #expect(reported == Array(1...total))
        #expect(ledger.headSeq == total)

        let stored = try allEvents(of: try Ledger.open(at: scratch.ledgerPath))
        #expect(stored.map(\.seq) == Array(1...total))
        #expect(stored.map { $0.payload?["n"] } == (1...total).map { .integer($0) })
        var ends: [Int64] = []
        var running: Int64 = 0
        for size in batchSizes { running += Int64(size); ends.append(running) }
        #expect(stored.filter(\.endsBatch).map(\.seq) == ends)
        #expect(stored.first?.previousHash == SHA256Digest.zero)
        for (before, after) in zip(stored, stored.dropFirst()) {
            #expect(after.previousHash == before.hash)
        }
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).isIntact)
    }

    @Test func aRefusedBatchUsesUpNoSeq() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        try ledger.append([event(n: 1), event(n: 2)])
        #expect(throws: LedgerError.self) {
            try ledger.append([event(n: 3), event(n: 4, expectedVersion: .noStream)])
        }
        #expect(throws: LedgerError.self) {
            try ledger.append([event("not a stream id", n: 5)])
        }
        #expect(try ledger.append([event(n: 6)]).map(\.seq) == [3])
        #expect(try allEvents(of: ledger).map(\.seq) == [1, 2, 3])
    }

    @Test func aNewHandleContinuesTheSeqsWhereTheLogEnds() throws {
        let scratch = Scratch()
        try scratch.newLedger().append([event(n: 1), event(n: 2), event(n: 3)])
        let second = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        #expect(second.headSeq == 3)
        #expect(try second.append([event(n: 4), event(n: 5)]).map(\.seq) == [4, 5])
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).events == 5)
    }
}
