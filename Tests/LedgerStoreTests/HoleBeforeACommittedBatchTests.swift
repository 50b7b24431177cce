import Foundation
import LedgerStore
import Testing

/// A line with NUL bytes is a crash's hole only in the last, never-synced batch. When a valid
/// batch-closing line follows it, that later batch was synced after the hole, so the hole is
/// damage: a writer refuses, and nothing (least of all the committed batch) is cut off.
@Suite struct HoleBeforeACommittedBatchTests {
    /// Seqs 1–2 committed, then seq 3's line holed with NULs, then seqs 4–5 as a complete batch.
    static func ledgerWithAHoleBeforeACommittedBatch() throws -> (Scratch, segment: String) {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        try ledger.append([event(n: 1), event(n: 2)])
        try ledger.append([event(n: 3)])
        try ledger.append([event(n: 4), event(n: 5)])
        let segment = scratch.ledgerPath + "/" + SegmentFile.name(firstSeq: 1)
        var all = lines(of: try bytes(of: segment))
        all[2].replaceSubrange(40..<90, with: [UInt8](repeating: 0, count: 50))
        try write(all.flatMap { $0 }, to: segment)
        return (scratch, segment)
    }

    @Test func aWriterRefusesAndCutsNothingWhenACompleteBatchFollowsTheHole() throws {
        let (scratch, _) = try Self.ledgerWithAHoleBeforeACommittedBatch()
        let before = snapshot(of: scratch.ledgerPath)
        #expect {
            try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        } throws: { error in
            guard case .damaged(let at, let reason) = error as? LedgerError else { return false }
            return at == LogPosition(segment: SegmentFile.name(firstSeq: 1), line: 3, seq: 3) && reason.contains("line 5")
        }
        #expect(snapshot(of: scratch.ledgerPath) == before)
    }

    @Test func verifyReportsTheHoleAtItsSeq() throws {
        let (scratch, _) = try Self.ledgerWithAHoleBeforeACommittedBatch()
        let fault = try #require(try Verifier.verify(ledgerAt: scratch.ledgerPath).fault)
        #expect(fault.position == LogPosition(segment: SegmentFile.name(firstSeq: 1), line: 3, seq: 3))
    }
}
