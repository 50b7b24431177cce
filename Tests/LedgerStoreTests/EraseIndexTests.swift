import Foundation
import LedgerJSON
@testable import LedgerStore
import Testing

// issue 16/17: mend16 — `erase` moves the index to the rewritten lines instead of rebuilding it
// from the log: the index it saves is byte for byte the one a rebuild saves, and the handle reads
// and appends afterwards as a fresh one does.
@Suite struct EraseIndexTests {
    typealias Pair = MirrorErasureTests.Pair

    /// The index cache's files of the ledger at `path`.
    static func indexFiles(_ path: String) -> [String: Data] {
        snapshot(of: path + "/index").filter { !$0.key.hasPrefix("tree") }
    }

    /// The index cache a rebuild from the log saves, for the ledger at `path` (copied aside).
    static func rebuiltIndexFiles(_ path: String, scratch: Scratch, name: String) throws -> [String: Data] {
        let copy = scratch.path + "/" + name
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        try FileManager.default.removeItem(atPath: copy + "/index")
        let fresh = try Ledger.open(at: copy, mode: .readWrite)
        fresh.saveIndex()
        return indexFiles(copy)
    }

    @Test(arguments: [[2], [1, 12], [3, 4, 5, 9, 10, 11, 12], [7]])
    func theIndexAnErasureSavesIsTheOneARebuildSavesAndTheHandleGoesOnAsAFreshOne(seqs: [Int64]) throws {
        let p = try Pair(events: 12)
        try p.erase(seqs, remove: false)
        try p.append(2)
        let handle = try Ledger.open(at: p.ledger, mode: .readWrite)
        handle.segmentMaxBytes = 1_500
        let outcome = try handle.erase(seqs.map { ErasedPart(seq: Int($0), pointer: "/secret") })
        #expect(outcome.erased.count == seqs.count && !outcome.segmentsRewritten.isEmpty)
        let saved = Self.indexFiles(p.ledger)
        #expect(!saved.isEmpty)
        #expect(saved == (try Self.rebuiltIndexFiles(p.ledger, scratch: p.scratch, name: "rebuilt-\(seqs.count)")), "the saved index differs from a rebuilt one")
        // The same handle reads every event as a fresh handle does, and appends after the erasure.
        let fresh = try Ledger.open(at: p.ledger, mode: .readOnly)
        for seq in 1...fresh.headSeq { #expect(try handle.event(seq: seq) == fresh.event(seq: seq), "seq \(seq)") }
        #expect(try handle.events(inStream: "C-1") == fresh.events(inStream: "C-1"))
        try handle.append([NewEvent(stream: "C-1", type: "noteAdded", actor: "S-1", payload: ["n": 99, "secret": "after"])])
        try handle.append([NewEvent(stream: "C-2", type: "noteAdded", actor: "S-1", payload: ["n": 100, "secret": "after"])])
        handle.saveIndex()
        #expect(try Verifier.verify(ledgerAt: p.ledger).fault == nil)
        #expect(Self.indexFiles(p.ledger) == (try Self.rebuiltIndexFiles(p.ledger, scratch: p.scratch, name: "again-\(seqs.count)")))
        let reread = try Ledger.open(at: p.ledger, mode: .readOnly)
        for seq in 1...reread.headSeq { #expect(try handle.event(seq: seq) == reread.event(seq: seq), "seq \(seq)") }
    }

    @Test func anErasureOfTheLastSegmentKeepsAnUnfinishedTailAfterItAndTheNextAppendSetsItAsideAsBefore() throws {
        let p = try Pair(events: 12)
        try p.erase([12], remove: false)
        // An unfinished batch after the last committed line (a writer killed mid-batch).
        let last = try #require(try segmentNames(in: p.ledger).last)
        let torn = Array(#"{"hash":"0000"#.utf8)
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: p.ledger + "/" + last))
        file.seekToEndOfFile()
        file.write(Data(torn))
        try file.close()
        let handle = try Ledger.open(at: p.ledger, mode: .readWrite)
        _ = try handle.erase([ErasedPart(seq: 12, pointer: "/secret")])
        #expect(try bytes(of: p.ledger + "/" + last).suffix(torn.count).elementsEqual(torn))
        #expect(Self.indexFiles(p.ledger) == (try Self.rebuiltIndexFiles(p.ledger, scratch: p.scratch, name: "rebuilt")))
        try handle.append([NewEvent(stream: "C-1", type: "noteAdded", actor: "S-1", payload: ["n": 99, "secret": "after"])])
        #expect(try Verifier.verify(ledgerAt: p.ledger).fault == nil)
        let fresh = try Ledger.open(at: p.ledger, mode: .readOnly)
        for seq in 1...fresh.headSeq { #expect(try handle.event(seq: seq) == fresh.event(seq: seq), "seq \(seq)") }
    }
}
