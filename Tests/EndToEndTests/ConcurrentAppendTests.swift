import Foundation
import LedgerStore
import Testing

/// Several processes appending at once take turns through the writer lock: the log is one gapless,
/// valid chain holding every event of every process, and readers meanwhile see whole batches only.
@Suite struct ConcurrentAppendTests {
    @Test(.timeLimit(.minutes(5)))
    func fourProcessesAppending500EventsEachGive2000EventsInOneValidChain() throws {
        let tmp = TemporaryDirectory()
        let dir = tmp.child("ledger")
        try Ledger.create(at: dir)
        let children = try (1...4).map { try RunningProcess(.stress, ["append", "--ledger", dir, "--stream", "P-\($0)", "--count", "500"]) }
        let finished = children.map { $0.finish() }
        // A child that fails says why on its standard error (it failed once under heavy load, with
        // the message lost: 2026-12-07).
        #expect(finished.map(\.status) == [0, 0, 0, 0], "\(children.map(\.errors))")

        let ledger = try Ledger.open(at: dir)
        #expect(ledger.headSeq == 2_000)
        #expect(try allEvents(of: ledger).map(\.seq) == Array(1...2_000))
        for (k, result) in finished.enumerated() {
            let events = try ledger.events(inStream: "P-\(k + 1)")
            #expect(events.map { $0.payload?["n"] } == (0..<500).map { .integer($0) }, "process \(k + 1)")
            #expect(events.map(\.seq) == acknowledgedSeqs(result.output), "process \(k + 1)")
        }
        let report = try Verifier.verify(ledgerAt: dir)
        #expect(report.isIntact)
        #expect(report.events == 2_000)
        let python = try pythonVerify(dir)
        #expect(python.exitCode == 0, "\(python.stderr)")
        #expect(python.stdout.hasPrefix("intact: 2000 events"))
    }

    @Test func aFailingChildsStandardErrorIsKeptForTheMessage() throws {
        let tmp = TemporaryDirectory()
        // A regular file where the ledger directory should be (the tool creates a missing ledger).
        #expect(FileManager.default.createFile(atPath: tmp.child("no-ledger-here"), contents: Data("x".utf8)))
        let child = try RunningProcess(.stress, ["append", "--ledger", tmp.child("no-ledger-here"), "--stream", "P-1", "--count", "1"])
        #expect(child.finish().status != 0)
        #expect(child.errors.contains("no-ledger-here"), "\(child.errors)")
    }

    @Test(.timeLimit(.minutes(5)))
    func aReaderRefreshingWhileOthersAppendNeverSeesHalfABatch() throws {
        let tmp = TemporaryDirectory()
        let dir = tmp.child("ledger")
        try Ledger.create(at: dir)
        let children = try (1...2).map {
            try RunningProcess(.stress, ["append", "--ledger", dir, "--stream", "B-\($0)", "--batch", "5", "--count", "40"])
        }
        let reader = try Ledger.open(at: dir)
        while children.contains(where: { $0.process.isRunning }) {
            try reader.refresh()
            #expect(reader.headSeq % 5 == 0, "the reader saw seq \(reader.headSeq), inside a batch")
            #expect(try reader.version(of: "B-1") % 5 == 0 && reader.version(of: "B-2") % 5 == 0)
            usleep(500)
        }
        #expect(children.map { $0.finish().status } == [0, 0])
        try reader.refresh()
        #expect(reader.headSeq == 400)
        #expect(try allEvents(of: reader).filter(\.endsBatch).map(\.seq) == Array(stride(from: Int64(5), through: 400, by: 5)))
    }
}
