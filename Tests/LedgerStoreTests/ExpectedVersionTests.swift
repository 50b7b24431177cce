import LedgerStore
import Testing

/// Optimistic concurrency: an event may require its stream to hold an exact number of events
/// (or none); if any event's expectation fails the whole batch is refused and nothing is written.
/// Versions count the earlier events of the same batch.
@Suite struct ExpectedVersionTests {
    /// A ledger whose stream C-1 holds two events and C-2 one.
    func ledgerWithHistory() throws -> (Scratch, Ledger) {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        try ledger.append([event("C-1", n: 1), event("C-2", n: 2)])
        try ledger.append([event("C-1", n: 3)])
        return (scratch, ledger)
    }

    @Test(arguments: [ExpectedVersion.any, .exactly(2)])
    func aSatisfiedExpectationAppends(expected: ExpectedVersion) throws {
        let (scratch, ledger) = try ledgerWithHistory()
        defer { withExtendedLifetime(scratch) {} }
        #expect(try ledger.append([event("C-1", n: 4, expectedVersion: expected)]).map(\.seq) == [4])
        #expect(try ledger.version(of: "C-1") == 3)
    }

    @Test func noStreamAcceptsOnlyANewStream() throws {
        let (scratch, ledger) = try ledgerWithHistory()
        defer { withExtendedLifetime(scratch) {} }
        #expect(try ledger.append([event("C-3", n: 4, expectedVersion: .noStream)]).map(\.seq) == [4])
        #expect(throws: LedgerError.wrongExpectedVersion(stream: "C-2", expected: .noStream, actual: 1, batchIndex: 0)) {
            try ledger.append([event("C-2", n: 5, expectedVersion: .noStream)])
        }
    }

    @Test(arguments: [ExpectedVersion.noStream, .exactly(1), .exactly(3), .exactly(200)])
    func aFailedExpectationAnywhereInTheBatchWritesNothing(expected: ExpectedVersion) throws {
        let (scratch, ledger) = try ledgerWithHistory()
        let before = snapshot(of: scratch.ledgerPath)
        let batch = [event("C-2", n: 4), event("C-3", n: 5), event("C-1", n: 6, expectedVersion: expected)]
        #expect(throws: LedgerError.wrongExpectedVersion(stream: "C-1", expected: expected, actual: 2, batchIndex: 2)) {
            try ledger.append(batch)
        }
        #expect(snapshot(of: scratch.ledgerPath) == before)
        #expect(ledger.headSeq == 3)
        #expect(try ledger.version(of: "C-2") == 1)
        #expect(try ledger.version(of: "C-3") == 0)
    }

    @Test func versionsCountEarlierEventsOfTheSameBatch() throws {
        let (scratch, ledger) = try ledgerWithHistory()
        defer { withExtendedLifetime(scratch) {} }
        let batch = [
            event("C-9", n: 1, expectedVersion: .noStream), event("C-9", n: 2, expectedVersion: .exactly(1)),
            event("C-1", n: 3, expectedVersion: .exactly(2)), event("C-9", n: 4, expectedVersion: .exactly(2)),
            event("C-1", n: 5, expectedVersion: .exactly(3)),
        ]
        #expect(try ledger.append(batch).map(\.seq) == [4, 5, 6, 7, 8])
        #expect(try ledger.version(of: "C-9") == 3)
        #expect(try ledger.version(of: "C-1") == 4)
    }

    @Test func anExpectationThatIgnoresEarlierEventsOfTheBatchIsRefused() throws {
        let (scratch, ledger) = try ledgerWithHistory()
        defer { withExtendedLifetime(scratch) {} }
        #expect(throws: LedgerError.wrongExpectedVersion(stream: "C-9", expected: .noStream, actual: 1, batchIndex: 1)) {
            try ledger.append([event("C-9", n: 1, expectedVersion: .noStream), event("C-9", n: 2, expectedVersion: .noStream)])
        }
        #expect(throws: LedgerError.wrongExpectedVersion(stream: "C-1", expected: .exactly(2), actual: 3, batchIndex: 1)) {
            try ledger.append([event("C-1", n: 1, expectedVersion: .exactly(2)), event("C-1", n: 2, expectedVersion: .exactly(2))])
        }
        #expect(ledger.headSeq == 3)
    }

    @Test func aHandleThatHasNotSeenAnotherWritersEventsStillDetectsTheConflict() throws {
        let (scratch, stale) = try ledgerWithHistory()
        let other = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        try other.append([event("C-1", n: 4)])
        #expect(try stale.version(of: "C-1") == 2)
        let before = snapshot(of: scratch.ledgerPath)
        #expect(throws: LedgerError.wrongExpectedVersion(stream: "C-1", expected: .exactly(2), actual: 3, batchIndex: 0)) {
            try stale.append([event("C-1", n: 5, expectedVersion: .exactly(2))])
        }
        #expect(snapshot(of: scratch.ledgerPath) == before)
        #expect(try stale.append([event("C-1", n: 5, expectedVersion: .exactly(3))]).map(\.seq) == [5])
    }
}
