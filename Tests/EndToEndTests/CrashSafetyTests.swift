import CaseLedgerTestSupport
import Foundation
import LedgerStore
import Testing

/// A child process appending in a loop is SIGKILLed at random moments. After every kill the
/// ledger reopens for writing, every append that had returned is there whole, no batch is there in
/// part, and after the next append (which sets aside any torn tail) the chain verifies.
@Suite struct CrashSafetyTests {
    /// Six ledgers of ten kills each: 60 kills. Each seed gives a repeatable sequence of batch
    /// sizes and kill delays (the moments themselves depend on the machine).
    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6]
    static let killsPerLedger = 10
    /// Events per batch: the large ones make writes of many pages, which a kill can cut short.
    static let batchSizes = [1, 2, 7, 40, 150]

    struct Acknowledged {
        let stream: String
        let batch: Int
        let seqs: [Int64]
    }

    @Test(.timeLimit(.minutes(5)), arguments: seeds)
    func everyAcknowledgedAppendSurvivesSIGKILLAndTheChainVerifies(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let tmp = TemporaryDirectory()
        let dir = tmp.child("ledger")
        try Ledger.create(at: dir)
        var rounds: [Acknowledged] = []
        for round in 1...Self.killsPerLedger {
            let batch = Self.batchSizes[Int(random.next() % UInt64(Self.batchSizes.count))]
            let stream = "R-\(round)"
            let child = try RunningProcess(.stress, ["append", "--ledger", dir, "--stream", stream, "--batch", String(batch)])
            // Mostly kill while it appends; sometimes while it starts up and recovers the last tail.
            var output = random.next() % 4 == 0 ? Data() : child.firstOutput()
            usleep(UInt32(random.next() % 25_000))
            child.kill()
            let (_, rest) = child.finish()
            output += rest
            #expect(child.process.terminationReason == .uncaughtSignal, "round \(round): the child ended by itself")
            let acknowledged = Acknowledged(stream: stream, batch: batch, seqs: acknowledgedSeqs(output))
            rounds.append(acknowledged)

            let ledger = try Ledger.open(at: dir, mode: .readWrite)
            try check(acknowledged, in: ledger, round: round)
            // The next append that writes sets any torn tail aside.
            try ledger.append([NewEvent(stream: "recovered", type: "noteAdded", actor: "S-1", payload: ["round": .integer(Int64(round))])])
            let report = try Verifier.verify(ledgerAt: dir)
            #expect(report.fault == nil, "round \(round)")
            #expect(report.events == ledger.headSeq)
        }
        // Later recoveries never took away what earlier rounds had acknowledged.
        let final = try Ledger.open(at: dir)
        for (k, acknowledged) in rounds.enumerated() { try check(acknowledged, in: final, round: k + 1) }
        #expect(rounds.reduce(0) { $0 + $1.seqs.count } > 0)
        let python = try pythonVerify(dir)
        #expect(python.exitCode == 0, "\(python.stderr)")
        #expect(python.stdout.hasPrefix("intact: \(final.headSeq) events"))
    }

    /// Every acknowledged batch is present, whole and in order; the stream holds whole batches only.
    func check(_ acknowledged: Acknowledged, in ledger: Ledger, round: Int) throws {
        let batch = acknowledged.batch
        #expect(ledger.headSeq >= acknowledged.seqs.max() ?? 0, "round \(round): an acknowledged seq is missing")
        let stream = try ledger.events(inStream: acknowledged.stream)
        #expect(stream.count % batch == 0, "round \(round): \(stream.count) events is not whole batches of \(batch)")
        #expect(stream.count >= acknowledged.seqs.count * batch, "round \(round): acknowledged events are missing")
        #expect(stream.map { $0.payload?["n"] } == (0..<stream.count).map { .integer(Int64($0)) }, "round \(round)")
        for (i, last) in acknowledged.seqs.enumerated() {
            let i = Int64(i), k = Int64(batch)
            let event = try ledger.event(seq: last)
            #expect(event.stream == acknowledged.stream && event.endsBatch, "round \(round): seq \(last)")
            #expect(event.payload?["n"] == .integer(i * k + k - 1), "round \(round): seq \(last)")
        }
    }
}
