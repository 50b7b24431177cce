import LedgerStore
import Testing

/// recordedAt comes from the writer's clock but never goes back: a clock behind the previous
/// event's time is raised to it, and all events of a batch share one time.
@Suite struct RecordedTimeTests {
    static let base: Int64 = 1_750_000_000_000_000

    @Test(arguments: [1, 1_000, 3_600_000_000, base])
    func aClockThatGoesBackwardsNeverRecordsAnEarlierTime(step: Int64) throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        let clock = ScriptedClock(microseconds: [Self.base, Self.base - step, Self.base + 5])
        try ledger.append([event(n: 1)], clock: clock.next)
        try ledger.append([event(n: 2), event(n: 3)], clock: clock.next)
        try ledger.append([event(n: 4)], clock: clock.next)

        let times = try allEvents(of: ledger).map(\.recordedAt.microsecondsSinceEpoch)
        #expect(times == [Self.base, Self.base, Self.base, Self.base + 5])
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).isIntact)
    }

    @Test func aNewHandleRaisesABackwardClockToTheTimeInTheLog() throws {
        let scratch = Scratch()
        try scratch.newLedger().append([event(n: 1)], clock: { Timestamp(microsecondsSinceEpoch: Self.base) })
        let reopened = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        try reopened.append([event(n: 2)], clock: { Timestamp(microsecondsSinceEpoch: Self.base - 86_400_000_000) })
        #expect(try reopened.event(seq: 2).recordedAt.microsecondsSinceEpoch == Self.base)
    }

    @Test func everyEventOfABatchSharesItsTimeAndAForwardClockIsUsedAsIs() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        let clock = ScriptedClock(microseconds: [Self.base, Self.base + 1, Self.base + 2, Self.base + 3])
        try ledger.append([event(n: 1), event(n: 2), event(n: 3)], clock: clock.next)
        try ledger.append([event(n: 4)], clock: clock.next)
        let times = try allEvents(of: ledger).map(\.recordedAt.microsecondsSinceEpoch)
        #expect(times == [Self.base, Self.base, Self.base, Self.base + 1])
    }
}
