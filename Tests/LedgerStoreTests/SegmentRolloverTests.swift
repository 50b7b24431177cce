import LedgerStore
import Testing

/// With a small segment size the log spreads over several segments: each is named for its first
/// seq, no batch spans two, the chain runs across them, and every read crosses them correctly.
@Suite struct SegmentRolloverTests {
    /// A ledger of 40 events in batches of 1–3 on three streams, with segments of about 2 KB.
    func spreadLedger() throws -> (Scratch, [StoredEvent]) {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        ledger.segmentMaxBytes = 2_000
        var n: Int64 = 0
        while n < 40 {
            let size = Int(n % 3) + 1
            try ledger.append((0..<size).map { _ in n += 1; return event("C-\(n % 3)", n: n) })
        }
        return (scratch, try allEvents(of: ledger))
    }

    @Test func eventsLandInSeveralSegmentsNamedForTheirFirstSeqs() throws {
        let (scratch, _) = try spreadLedger()
        let names = try segmentNames(in: scratch.ledgerPath)
        #expect(names.count >= 5)
        #expect(names.first == "segment-0000000000000001.jsonl")
        var expectedFirst: Int64 = 1
        for name in names {
            let segment = try bytes(of: scratch.ledgerPath + "/" + name)
            let segmentLines = lines(of: segment)
            let first = String(decoding: segmentLines[0], as: UTF8.self)
            #expect(name == SegmentFile.name(firstSeq: expectedFirst))
            #expect(first.contains("\"seq\":\(expectedFirst),"), "\(name) should begin with seq \(expectedFirst)")
            // No batch spans two segments: each segment ends with a batch's last event.
            #expect(String(decoding: segmentLines.last!, as: UTF8.self).contains("\"batchEnd\":true"))
            // A segment passes the limit only when a single batch is larger than it.
            #expect(segment.count <= 2_000 || segmentLines.filter { String(decoding: $0, as: UTF8.self).contains("\"batchEnd\":true") }.count == 1)
            expectedFirst += Int64(segmentLines.count)
        }
        #expect(expectedFirst == 41)
        let report = try Verifier.verify(ledgerAt: scratch.ledgerPath)
        #expect(report.isIntact)
        #expect(report.segments == names.count)
        #expect(report.events == 40)
    }

    @Test(arguments: [Ledger.Mode.readOnly, .readWrite])
    func aFreshHandleReadsEveryEventAcrossSegments(mode: Ledger.Mode) throws {
        let (scratch, written) = try spreadLedger()
        #expect(written.map(\.seq) == Array(1...40))
        let fresh = try Ledger.open(at: scratch.ledgerPath, mode: mode)
        #expect(fresh.headSeq == 40)
        #expect(try allEvents(of: fresh) == written)
        #expect(try (1...40).map { try fresh.event(seq: $0) } == written)
        for stream in ["C-0", "C-1", "C-2"] {
            #expect(try fresh.events(inStream: stream) == written.filter { $0.stream == stream })
        }
        var fromMiddle: [Int64] = []
        try fresh.forEachEvent(from: 17) { fromMiddle.append($0.seq) }
        #expect(fromMiddle == Array(17...40))
    }

    @Test func aWriterThatCatchesUpAcrossSegmentsKeepsRollingOver() throws {
        let (scratch, _) = try spreadLedger()
        let before = try segmentNames(in: scratch.ledgerPath)
        let writer = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        writer.segmentMaxBytes = 2_000
        for n in 41...60 { try writer.append([event("C-4", n: Int64(n))]) }
        let after = try segmentNames(in: scratch.ledgerPath)
        #expect(after.count > before.count)
        #expect(Array(after.prefix(before.count)) == before)
        let report = try Verifier.verify(ledgerAt: scratch.ledgerPath)
        #expect(report.isIntact)
        #expect(report.events == 60)
    }

    @Test func aBatchLargerThanTheSegmentSizeGetsASegmentOfItsOwn() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        ledger.segmentMaxBytes = 1_000
        try ledger.append([event(n: 1)])
        try ledger.append((2...9).map { event(n: $0) })
        try ledger.append([event(n: 10)])
        #expect(try segmentNames(in: scratch.ledgerPath) == [1, 2, 10].map { SegmentFile.name(firstSeq: $0) })
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).isIntact)
        #expect(try allEvents(of: Ledger.open(at: scratch.ledgerPath)).count == 10)
    }
}
