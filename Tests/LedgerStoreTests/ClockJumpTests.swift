import LedgerStore
import Testing

/// A writer whose clock reads far after the last recorded event (a clock set to 2099) is refused
/// unless the jump is acknowledged, and then the acknowledgement is in the log; verify lists every
/// long step of recorded time, acknowledged or not (INVARIANTS.md rule 16; issue 14, item 7).
@Suite struct ClockJumpTests {
    static let day: Int64 = 86_400_000_000
    /// 2026-12-01T00:00:00Z.
    static let december = Timestamp(rfc3339: "2026-12-01T00:00:00Z")!
    /// 2099-01-01T00:00:00Z.
    static let year2099 = Timestamp(rfc3339: "2099-01-01T00:00:00Z")!

    static func ledgerRecordedInDecember() throws -> (Scratch, Ledger) {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        try ledger.append([event(n: 1)], clock: { december })
        return (scratch, ledger)
    }

    @Test func givenALedgerRecordedInDecemberWhenAClockReading2099AppendsThenItIsRefusedAndNothingChanges() throws {
        let (scratch, ledger) = try Self.ledgerRecordedInDecember()
        let before = snapshot(of: scratch.ledgerPath)
        let error = #expect(throws: LedgerError.self) {
            try ledger.append([event(n: 2)], clock: { Self.year2099 }, clockGuard: ClockJumpGuard())
        }
        guard case .clockJump(let last, let now, _)? = error else {
            Issue.record("expected .clockJump, got \(String(describing: error))")
            return
        }
        #expect(last == Self.december && now == Self.year2099)
        #expect(error?.code == "clock-jump")
        #expect(error?.message.contains("26329 days after the last recorded event") == true)
        #expect(snapshot(of: scratch.ledgerPath) == before)
        #expect(ledger.headSeq == 1)
    }

    @Test func givenAStepWithinTheLeadWhenAppendedThenItIsRecordedAsUsual() throws {
        let (scratch, ledger) = try Self.ledgerRecordedInDecember()
        defer { withExtendedLifetime(scratch) {} }
        let later = Timestamp(microsecondsSinceEpoch: Self.december.microsecondsSinceEpoch + 31 * Self.day)
        #expect(try ledger.append([event(n: 2)], clock: { later }, clockGuard: ClockJumpGuard()).map(\.seq) == [2])
        #expect(try ledger.event(seq: 2).recordedAt == later)
    }

    @Test func givenAnAcknowledgedJumpWhenAppendedThenTheAcknowledgementIsTheBatchsFirstEventAndVerifyListsIt() throws {
        let (scratch, ledger) = try Self.ledgerRecordedInDecember()
        let results = try ledger.append(
            [event(n: 2), event(n: 3)], clock: { Self.year2099 },
            clockGuard: ClockJumpGuard(acknowledgement: "restored from a backup after a long outage"))
        #expect(results.map(\.seq) == [3, 4])
        let ack = try ledger.event(seq: 2)
        #expect(ack.stream == "ledger" && ack.type == "clockJumpAcknowledged" && ack.actor == "S-17")
        #expect(ack.payload?["reason"] == "restored from a backup after a long outage")
        #expect(ack.payload?["lastRecordedAt"] == "2026-12-01T00:00:00.000000Z")
        #expect(ack.payload?["clockReads"] == "2099-01-01T00:00:00.000000Z")
        #expect(ack.recordedAt == Self.year2099)

        let report = try Verifier.verify(ledgerAt: scratch.ledgerPath)
        #expect(report.isIntact)
        #expect(report.clockJumps == [ClockJump(seq: 2, lastRecordedAt: Self.december, recordedAt: Self.year2099, acknowledged: true)])
    }

    @Test func givenAJumpWrittenWithoutAGuardWhenVerifiedThenItIsListedAsNotAcknowledged() throws {
        let (scratch, ledger) = try Self.ledgerRecordedInDecember()
        try ledger.append([event(n: 2)], clock: { Self.year2099 })
        let jumps = try Verifier.verify(ledgerAt: scratch.ledgerPath).clockJumps
        #expect(jumps.map(\.seq) == [2])
        #expect(jumps.map(\.acknowledged) == [false])
        #expect(jumps.map(\.days) == [26329])
    }

    @Test func givenARepeatedIdWhenNothingIsWrittenThenNoAcknowledgementIsWrittenEither() throws {
        let (scratch, ledger) = try Self.ledgerRecordedInDecember()
        defer { withExtendedLifetime(scratch) {} }
        let id = EventID.random()
        try ledger.append([event(n: 2, id: id)], clock: { Self.december })
        let again = try ledger.append(
            [event(n: 2, id: id)], clock: { Self.year2099 }, clockGuard: ClockJumpGuard(acknowledgement: "a retry"))
        #expect(again.map(\.wasAlreadyRecorded) == [true])
        #expect(ledger.headSeq == 2)
    }
}
