import LedgerStore
import Testing

/// A handle sees what other handles appended once it calls refresh(), and not before.
@Suite struct RefreshTests {
    @Test(arguments: [Ledger.Mode.readOnly, .readWrite])
    func aSecondHandleSeesTheFirstHandlesEventsAfterRefresh(mode: Ledger.Mode) throws {
        let scratch = Scratch()
        let first = try scratch.newLedger()
        try first.append([event("C-1", n: 1)])
        let second = try Ledger.open(at: scratch.ledgerPath, mode: mode)
        #expect(second.headSeq == 1)

        try first.append([event("C-1", n: 2), event("C-2", n: 3)])
        #expect(second.headSeq == 1)
        #expect(try second.version(of: "C-2") == 0)

        try second.refresh()
        #expect(second.headSeq == 3)
        #expect(second.headHash == first.headHash)
        #expect(try second.streams == ["C-1", "C-2"])
        #expect(try second.version(of: "C-1") == 2)
        #expect(try second.events(inStream: "C-2").map(\.seq) == [3])
        #expect(try allEvents(of: second) == (try allEvents(of: first)))
    }

    @Test func refreshFollowsTheLogIntoNewSegments() throws {
        let scratch = Scratch()
        let first = try scratch.newLedger()
        first.segmentMaxBytes = 1_500
        try first.append([event(n: 1)])
        let second = try Ledger.open(at: scratch.ledgerPath)
        for n in 2...20 { try first.append([event(n: Int64(n))]) }
        #expect(try segmentNames(in: scratch.ledgerPath).count > 3)
        try second.refresh()
        #expect(second.headSeq == 20)
        #expect(try allEvents(of: second).map(\.seq) == Array(1...20))
    }

    @Test func eachOfTwoWritersSeesTheOthersEventsAndTheChainStaysWhole() throws {
        let scratch = Scratch()
        let a = try scratch.newLedger()
        let b = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        for n in stride(from: Int64(1), through: 20, by: 2) {
            try a.append([event("A", n: n)])
            try b.append([event("B", n: n + 1)])
        }
        try a.refresh()
        #expect(a.headSeq == 20)
        #expect(try a.version(of: "B") == 10)
        #expect(try allEvents(of: a).map { $0.payload?["n"] } == (1...20).map { .integer($0) })
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).isIntact)
    }

    @Test func aRefreshWithNothingNewChangesNothing() throws {
        let scratch = Scratch()
        try scratch.newLedger().append([event(n: 1), event(n: 2)])
        let reader = try Ledger.open(at: scratch.ledgerPath)
        let before = snapshot(of: scratch.ledgerPath)
        try reader.refresh()
        try reader.refresh()
        #expect(reader.headSeq == 2)
        #expect(snapshot(of: scratch.ledgerPath) == before)
    }
}
