import LedgerJSON
import LedgerStore
import Testing

/// forEachEvent and EventCursor read the committed events in seq order, from any seq, up to the
/// head the handle had when the cursor was made, across segments.
@Suite struct EventCursorTests {
    /// 3,000 events in batches of 50 over many segments.
    static func manyEvents() throws -> (Scratch, Ledger) {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        ledger.segmentMaxBytes = 64 << 10
        for b in 0..<60 {
            try ledger.append((0..<50).map { k in event("C-\(k % 7)", n: Int64(b * 50 + k + 1)) })
        }
        return (scratch, ledger)
    }

    @Test func aCursorYieldsEveryEventInOrderAcrossSegments() throws {
        let (scratch, _) = try Self.manyEvents()
        #expect(try segmentNames(in: scratch.ledgerPath).count > 10)
        let reader = try Ledger.open(at: scratch.ledgerPath)
        var cursor = try reader.cursor()
        var seqs: [Int64] = [], ns: [JSONValue?] = []
        while let e = try cursor.next() {
            seqs.append(e.seq)
            ns.append(e.payload?["n"])
        }
        cursor.close()
        #expect(seqs == Array(1...3_000))
        #expect(ns == (1...3_000).map { .integer($0) })
    }

    @Test(arguments: [1, 2, 50, 51, 1_234, 2_999, 3_000, 3_001, 9_000])
    func aCursorStartsAtAnySeq(from: Int64) throws {
        let (scratch, ledger) = try Self.manyEvents()
        defer { withExtendedLifetime(scratch) {} }
        var seqs: [Int64] = []
        try ledger.forEachEvent(from: from) { seqs.append($0.seq) }
        #expect(seqs == (from <= 3_000 ? Array(from...3_000) : []))
    }

    @Test func aCursorStopsAtTheHeadItsHandleHadWhenItWasMade() throws {
        let (scratch, ledger) = try Self.manyEvents()
        var cursor = try ledger.cursor(from: 2_990)
        defer { cursor.close() }
        #expect(try cursor.next()?.seq == 2_990)
        try Ledger.open(at: scratch.ledgerPath, mode: .readWrite).append([event(n: 3_001)])
        try ledger.append([event(n: 3_002)])
        var rest: [Int64] = []
        while let e = try cursor.next() { rest.append(e.seq) }
        #expect(rest == Array(2_991...3_000))
    }

    @Test func aThrowingBodyStopsTheReadAndItsErrorComesOut() throws {
        struct Enough: Error {}
        let (scratch, ledger) = try Self.manyEvents()
        defer { withExtendedLifetime(scratch) {} }
        var seen = 0
        #expect(throws: Enough.self) {
            try ledger.forEachEvent { e in
                seen += 1
                if e.seq == 10 { throw Enough() }
            }
        }
        #expect(seen == 10)
    }
}
