@testable import LedgerStore
import Testing

/// The id table behind idempotent appends finds every id at its seq (the latest when an id is
/// repeated), finds no id it was not given, and survives growing, with random and made-up ids.
@Suite struct IDTableTests {
    @Test func everyIdIsFoundAtItsSeqAndNoOtherIdIs() throws {
        var generator = SystemRandomNumberGenerator()
        var ids: [EventID] = []
        var table = IDTable()
        for n in 0..<60_000 {
            // Random UUIDs, and sequential made-up ones that differ in few bits.
            let id = n % 2 == 0 ? EventID.random(using: &generator) : EventID(high: 0, low: UInt64(n))
            ids.append(id)
            table.insert(id, seq: Int64(ids.count), ids: ids)
        }
        for (i, id) in ids.enumerated() { #expect(table.seq(of: id, ids: ids) == Int64(i + 1)) }
        #expect(table.seq(of: EventID(high: 1, low: 1), ids: ids) == nil)
        #expect(table.seq(of: EventID(high: 0, low: 1_000_001), ids: ids) == nil)
        // An id recorded again later is found at its later seq.
        ids.append(ids[10])
        table.insert(ids[10], seq: Int64(ids.count), ids: ids)
        #expect(table.seq(of: ids[10], ids: ids) == Int64(ids.count))
        // Reserving ahead keeps every entry.
        table.reserve(500_000, ids: ids)
        for (i, id) in ids.enumerated().dropLast() where i != 10 { #expect(table.seq(of: id, ids: ids) == Int64(i + 1)) }
    }
}
