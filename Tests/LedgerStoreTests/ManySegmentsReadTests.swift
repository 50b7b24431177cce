@testable import LedgerStore
import Testing

/// A handle reading a ledger of more segments than it keeps open (16) reads every event right in
/// any order, never holds more than 16 segment files open, and, reading segments in turn, opens
/// each only once.
@Suite struct ManySegmentsReadTests {
    /// 120 events on 7 streams in segments of about 600 bytes: dozens of segments.
    func spreadLedger() throws -> (Scratch, [StoredEvent]) {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        ledger.segmentMaxBytes = 600
        for n in Int64(1)...120 { try ledger.append([event("C-\(n % 7)", n: n)]) }
        return (scratch, try allEvents(of: ledger))
    }

    @Test func readsInAnyOrderAreRightWithAtMostSixteenFilesOpen() throws {
        let (scratch, written) = try spreadLedger()
        #expect(try segmentNames(in: scratch.ledgerPath).count > 32)
        let fresh = try Ledger.open(at: scratch.ledgerPath)
        var order = Array(Int64(1)...120)
        var r = FastPathEquivalenceTests.Random(state: 3)
        for i in order.indices.reversed() { order.swapAt(i, r.below(i + 1)) }
        for seq in order {
            #expect(try fresh.event(seq: seq) == written[Int(seq) - 1])
            #expect(fresh.openFiles.count <= 16)
            #expect(fresh.openOrder.count == fresh.openFiles.count)
        }
        for stream in (0..<7).map({ "C-\($0)" }) {
            #expect(try fresh.events(inStream: stream, rehash: false, tapes: true) == written.filter { $0.stream == stream })
        }
    }

    @Test("a group of streams read together gives each stream's events as reading it alone does", arguments: [1, 2, 3, 7])
    func groupsReadTogetherAreRight(groupSize: Int) throws {
        let (scratch, written) = try spreadLedger()
        let fresh = try Ledger.open(at: scratch.ledgerPath)
        let streams = ["C-3", "C-0", "none", "C-6", "C-1", "C-5", "C-2", "C-4"]
        for start in stride(from: 0, to: streams.count, by: groupSize) {
            let group = Array(streams[start..<min(start + groupSize, streams.count)])
            let read = try fresh.events(inStreams: group, rehash: true, tapes: true)
            #expect(read == group.map { s in written.filter { $0.stream == s } })
            #expect(fresh.openFiles.count <= 16)
        }
    }

    @Test func readingSegmentsInTurnClosesOnlyTheOldest() throws {
        let (scratch, written) = try spreadLedger()
        let fresh = try Ledger.open(at: scratch.ledgerPath)
        for seq in Int64(1)...120 { #expect(try fresh.event(seq: seq) == written[Int(seq) - 1]) }
        // The 16 most recent segments are the ones open, the oldest of them first.
        let last = fresh.openOrder
        #expect(last.count == 16)
        #expect(last == last.sorted())
        #expect(last.last.map { Int($0) } == (try segmentNames(in: scratch.ledgerPath).count - 1))
    }
}
