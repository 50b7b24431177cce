@testable import LedgerJSON
@testable import LedgerStore
import Testing

/// `Ledger.forEachEvent(inStreams:)`: the events of a group of streams handed over one at a time,
/// in log order, their tapes borrowed from the reader's buffers and copied out only when kept.
@Suite struct StreamedGroupReadTests {
    /// 120 events on 7 streams over dozens of segments (the ledger of `ManySegmentsReadTests`).
    func spreadLedger() throws -> (Scratch, [StoredEvent]) { try ManySegmentsReadTests().spreadLedger() }

    static let streams = ["C-3", "C-0", "none", "C-6", "C-1", "C-5", "C-2", "C-4"]

    @Test("events handed over one at a time are those of the grouped read, in log order, each stream's count given first")
    func theSameEventsInLogOrder() throws {
        let (scratch, written) = try spreadLedger()
        let ledger = try Ledger.open(at: scratch.ledgerPath)
        var counts: [Int] = [], seen: [(Int, StoredEvent)] = []
        try ledger.forEachEvent(inStreams: Self.streams, rehash: true, tapes: true) { counts = $0 } _: { s, e in
            seen.append((s, e))
        }
        #expect(counts == Self.streams.map { s in written.filter { $0.stream == s }.count })
        #expect(seen.map(\.1.seq) == seen.map(\.1.seq).sorted())
        #expect(seen.allSatisfy { s, e in e.stream == Self.streams[s] })
        let byStream = Self.streams.indices.map { s in seen.filter { $0.0 == s }.map(\.1) }
        #expect(byStream == Self.streams.map { s in written.filter { $0.stream == s } })
    }

    @Test("a tape is lent while its event is being handled, and copied out only when the event is kept")
    func tapesAreCopiedOnlyWhenKept() throws {
        let (scratch, written) = try spreadLedger()
        let ledger = try Ledger.open(at: scratch.ledgerPath)
        var kept: [StoredEvent] = [], lent = 0, values: [JSONValue?] = []
        try ledger.forEachEvent(inStreams: Self.streams, rehash: false, tapes: true) { s, e in
            if e.payloadTape?.ownsItsStorage == false { lent += 1 }
            values.append(e.payload)
            // Every third event kept: its tape must outlive the buffers it was built over.
            if e.seq % 3 == 0 { kept.append(e) }
        }
        #expect(lent == written.count)
        #expect(kept.allSatisfy { $0.payloadTape?.ownsItsStorage == true })
        #expect(kept == written.filter { $0.seq % 3 == 0 })
        #expect(kept.map { $0.payloadTape?.root.jsonValue } == written.filter { $0.seq % 3 == 0 }.map(\.payload))
        // Read while lent, each payload is the event's own.
        #expect(values == written.map(\.payload))
    }

    @Test("an error thrown by the body stops the reading, comes out as it is, and the handle reads on after it")
    func anErrorStopsTheReading() throws {
        struct Stop: Error, Equatable { let seq: Int64 }
        let (scratch, written) = try spreadLedger()
        let ledger = try Ledger.open(at: scratch.ledgerPath)
        var handled: [Int64] = []
        #expect(throws: Stop(seq: 40)) {
            try ledger.forEachEvent(inStreams: Self.streams, tapes: true) { _, e in
                if e.seq == 40 { throw Stop(seq: 40) }
                handled.append(e.seq)
            }
        }
        #expect(handled == Array(1...39))
        var again: [StoredEvent] = []
        try ledger.forEachEvent(inStreams: Self.streams, tapes: true) { _, e in again.append(e) }
        #expect(again == written)
    }

    @Test("a body reading through the same handle, streamed or not, gets its own events and leaves the outer read's intact")
    func aBodyMayReadThroughTheSameHandle() throws {
        let (scratch, written) = try spreadLedger()
        let ledger = try Ledger.open(at: scratch.ledgerPath)
        var outer: [StoredEvent] = []
        try ledger.forEachEvent(inStreams: ["C-1", "C-2"], tapes: true) { _, e in
            outer.append(e)
            var inner: [StoredEvent] = []
            try ledger.forEachEvent(inStreams: ["C-5"], tapes: true) { _, i in inner.append(i) }
            #expect(inner == written.filter { $0.stream == "C-5" })
            #expect(try ledger.events(inStreams: ["C-6"], tapes: true) == [written.filter { $0.stream == "C-6" }])
            #expect(e.payloadTape?.root.jsonValue == written[Int(e.seq) - 1].payload)
        }
        #expect(outer == written.filter { $0.stream == "C-1" || $0.stream == "C-2" })
    }
}
