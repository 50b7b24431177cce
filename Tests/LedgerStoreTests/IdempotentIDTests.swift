import LedgerStore
import Testing

/// An event id already in the log may be sent again: with identical content nothing is written
/// and the original seq is reported; with any other content the whole batch is refused.
@Suite struct IdempotentIDTests {
    static let id = EventID("0f8fad5b-d9cb-469f-a165-70867728950e")!
    static let original = NewEvent(id: id, stream: "C-1", type: "planSignedOff", schema: 2, actor: "S-17", payload: ["pence": 2340])

    func ledgerHoldingTheOriginal() throws -> (Scratch, Ledger) {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        try ledger.append([event("C-0", n: 1)])
        try ledger.append([Self.original, event("C-0", n: 2)])
        return (scratch, ledger)
    }

    @Test func theSameIdWithTheSameContentIsANoOpReportingTheOriginalSeq() throws {
        let (scratch, ledger) = try ledgerHoldingTheOriginal()
        let before = snapshot(of: scratch.ledgerPath)
        let results = try ledger.append([Self.original])
        #expect(results == [AppendResult(seq: 2, id: Self.id, wasAlreadyRecorded: true)])
        #expect(snapshot(of: scratch.ledgerPath) == before)
        #expect(ledger.headSeq == 3)
    }

    @Test func aRetryFromAFreshHandleIsANoOpEvenWhenItsExpectedVersionIsNowStale() throws {
        let (scratch, _) = try ledgerHoldingTheOriginal()
        var retry = Self.original
        retry.expectedVersion = .noStream
        let before = snapshot(of: scratch.ledgerPath)
        let results = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite).append([retry])
        #expect(results == [AppendResult(seq: 2, id: Self.id, wasAlreadyRecorded: true)])
        #expect(snapshot(of: scratch.ledgerPath) == before)
    }

    /// The original with one content field changed.
    static func original(changing field: String) -> NewEvent {
        var altered = original
        switch field {
        case "stream": altered.stream = "C-2"
        case "type": altered.type = "planWithdrawn"
        case "schema": altered.schema = 3
        case "actor": altered.actor = "S-18"
        default: altered.payload = ["pence": 2341]
        }
        return altered
    }

    @Test(arguments: ["stream", "type", "schema", "actor", "payload"])
    func theSameIdWithDifferentContentIsRefusedAndNothingIsWritten(field: String) throws {
        let (scratch, ledger) = try ledgerHoldingTheOriginal()
        let before = snapshot(of: scratch.ledgerPath)
        #expect(throws: LedgerError.duplicateEventID(id: Self.id.description, existingSeq: 2, batchIndex: 1)) {
            try ledger.append([event("C-5", n: 9), Self.original(changing: field)])
        }
        #expect(snapshot(of: scratch.ledgerPath) == before)
        #expect(ledger.headSeq == 3)
    }

    @Test func aBatchMixingARecordedIdAndNewEventsWritesOnlyTheNewOnes() throws {
        let (scratch, ledger) = try ledgerHoldingTheOriginal()
        defer { withExtendedLifetime(scratch) {} }
        let results = try ledger.append([event("C-5", n: 9), Self.original, event("C-5", n: 10)])
        #expect(results.map(\.seq) == [4, 2, 5])
        #expect(results.map(\.wasAlreadyRecorded) == [false, true, false])
        #expect(try allEvents(of: ledger).map(\.seq) == [1, 2, 3, 4, 5])
        #expect(try ledger.event(seq: 5).endsBatch)
    }

    @Test func anIdRepeatedWithinOneBatchIsWrittenOnce() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        let results = try ledger.append([Self.original, event(n: 1), Self.original])
        #expect(results == [
            AppendResult(seq: 1, id: Self.id, wasAlreadyRecorded: false), results[1],
            AppendResult(seq: 1, id: Self.id, wasAlreadyRecorded: true),
        ])
        #expect(try allEvents(of: ledger).map(\.id) == [Self.id, results[1].id])
    }

    @Test func anIdRepeatedWithinOneBatchWithDifferentContentRefusesTheBatch() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        var altered = Self.original
        altered.payload = ["pence": 1]
        let before = snapshot(of: scratch.ledgerPath)
        let error = #expect(throws: LedgerError.self) { try ledger.append([Self.original, event(n: 1), altered]) }
        guard case .duplicateEventID(let id, _, let index) = error else {
            Issue.record("expected a duplicate id, got \(String(describing: error))")
            return
        }
        #expect(id == Self.id.description)
        #expect(index == 2)
        #expect(error?.message.contains("seq -1") == false, "the message names a seq that does not exist: \(error!.message)")
        #expect(snapshot(of: scratch.ledgerPath) == before)
    }
}
