import Foundation
import LedgerStore
import Testing

/// Readers stop at the last committed line and never call an unfinished batch damage (INVARIANTS.md
/// rule 22): whatever prefix of a batch a reader finds after the last committed line — a line cut
/// anywhere, whole lines without the closing one, a cut right at a buffer's edge — `verify`
/// reports the ledger sound up to the last committed seq and names the unfinished batch; a
/// read-only handle and a reader checked against a verification record see the committed events.
@Suite struct UnfinishedBatchIsNotDamageTests {
    /// A committed prefix (seqs 1–`committedEvents`) and the bytes of one more batch of large
    /// events, the batch written in full to `segment` and returned for cutting.
    struct Fixture {
        let scratch = Scratch()
        let segment: String
        let committed: [UInt8]
        let batch: [UInt8]
        let committedEvents: Int64
        let record: String
        /// The RFC 6962 root of the committed events alone.
        let committedRoot: SHA256Digest

        init(committedBatches: Int, eventBytes: Int, batchEvents: Int) throws {
            let ledger = try scratch.newLedger()
            var n: Int64 = 0
            func big() -> NewEvent {
                n += 1
                return NewEvent(stream: "C-\(n % 3)", type: "noteAdded", actor: "S-17", payload: ["n": .integer(n), "pad": .string(String(repeating: "p", count: eventBytes))])
            }
            for _ in 0..<committedBatches { try ledger.append([big(), big()]) }
            committedEvents = n
            committedRoot = try InMemoryMerkleTree(eventHashes: allEvents(of: ledger).map(\.hash)).root(size: n)
            segment = scratch.ledgerPath + "/" + SegmentFile.name(firstSeq: 1)
            committed = try bytes(of: segment)
            record = scratch.path + "/record.bin"
            _ = try Verifier.verify(ledgerAt: scratch.ledgerPath, recordingTo: record, verifiedAt: Timestamp(microsecondsSinceEpoch: 0))
            try ledger.append((0..<batchEvents).map { _ in big() })
            batch = Array(try bytes(of: segment)[committed.count...])
        }

        /// The ledger as a reader finds it when `count` bytes of the batch are in the file.
        func cut(at count: Int) throws { try write(committed + batch.prefix(count), to: segment) }

        /// Every offset worth cutting at: each line's end and the bytes either side, every `step`
        /// bytes, and the bytes either side of each multiple of `edge` in the file (a reader's buffer).
        func offsets(step: Int, edges: [Int]) -> [Int] {
            var out = Set<Int>()
            var at = 0
            for line in lines(of: batch) {
                for d in -2...2 where at + line.count + d >= 0 && at + line.count + d < batch.count { out.insert(at + line.count + d) }
                at += line.count
            }
            for o in stride(from: 1, to: batch.count, by: step) { out.insert(o) }
            for edge in edges {
                var k = edge
                while k < committed.count + batch.count {
                    for d in -2...2 where k + d - committed.count >= 0 && k + d - committed.count < batch.count { out.insert(k + d - committed.count) }
                    k += edge
                }
            }
            return out.sorted()
        }

        func expectSoundUpToTheCommittedEvents(cutAt count: Int) throws {
            let report = try Verifier.verify(ledgerAt: scratch.ledgerPath)
            #expect(report.fault == nil, "cut at \(count): \(report.fault?.description ?? "")")
            #expect(report.events == committedEvents, "cut at \(count)")
            #expect(report.bytes == Int64(committed.count), "cut at \(count)")
            // The root names the committed events only, never a leaf of the unfinished batch.
            #expect(report.root == committedRoot, "cut at \(count)")
            if count > 0 {
                #expect(report.uncommitted == UncommittedTail(
                    segment: SegmentFile.name(firstSeq: 1), offset: Int64(committed.count), byteCount: Int64(count),
                    line: Int(committedEvents) + 1, afterSeq: committedEvents,
                    kind: batch[count - 1] == 0x0A ? .unclosedBatch : .partialLine), "cut at \(count)")
            }
            let reader = try Ledger.open(at: scratch.ledgerPath)
            #expect(reader.headSeq == committedEvents, "cut at \(count)")
            #expect(try allEvents(of: reader).count == Int(committedEvents), "cut at \(count)")
            let checked = try RecordCheckedReader(ledgerAt: scratch.ledgerPath, record: try VerificationRecord.read(from: record))
            #expect(checked.headSeq == committedEvents, "cut at \(count)")
            // A writer opening now sees the same (and leaves the bytes where they are).
            #expect(try Ledger.open(at: scratch.ledgerPath, mode: .readWrite).headSeq == committedEvents, "cut at \(count)")
        }
    }

    @Test func aBatchCutAtAnyByteIsLeftOutByVerifyAndEveryReader() throws {
        // Lines of about 20 KB, so a 5-line batch crosses the 64 KiB buffer of the readers.
        let f = try Fixture(committedBatches: 2, eventBytes: 20_000, batchEvents: 5)
        let offsets = f.offsets(step: 997, edges: [64 << 10])
        #expect(offsets.count > 100)
        for count in offsets {
            try f.cut(at: count)
            try f.expectSoundUpToTheCommittedEvents(cutAt: count)
        }
    }

    @Test func aBatchCutAroundVerifysEightMebibyteChunkIsLeftOut() throws {
        // About 7.6 MB committed before a 1.3 MB batch, so verify's second chunk starts inside it.
        let f = try Fixture(committedBatches: 9, eventBytes: 420_000, batchEvents: 3)
        #expect(f.committed.count < 8 << 20 && f.committed.count + f.batch.count > 8 << 20)
        for count in f.offsets(step: 400_000, edges: [8 << 20]) {
            try f.cut(at: count)
            try f.expectSoundUpToTheCommittedEvents(cutAt: count)
        }
    }
}
