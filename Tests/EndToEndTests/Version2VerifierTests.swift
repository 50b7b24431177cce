import Foundation
import LedgerJSON
import LedgerStore
import Testing

/// tools/verify-ledger.py, written from FORMAT.md alone, agrees with Verifier on format version 2:
/// ledgers with erased parts, a version 1 ledger beside them, and a part removed without an
/// erasure event (rule 11), found at the same seq by both.
@Suite struct Version2VerifierTests {
    static let payload: JSONValue = ["amount": 1250, "decision": "yes", "notes": .array(["first", ["restricted": true, "text": "x"], "third"])]

    static func authorisation(_ parts: [(Int, [String])]) -> NewEvent {
        let erases = JSONValue.array(parts.map { seq, p in ["seq": .integer(Int64(seq)), "parts": .array(p.map { .string($0) })] })
        return NewEvent(stream: "C-1001", type: "erasureAuthorised", actor: "S-1", payload: ["erases": erases, "reason": "retention"])
    }

    /// Seqs 1 and 2 with parts to erase, seq 3 an ordinary event, seq 4 (in a segment of its own)
    /// the erasure decision; the parts erased.
    static func erasedLedger(at dir: String, version1: Bool = false) throws -> Ledger {
        let ledger = try Ledger.create(at: dir, formatVersion: version1 ? 1 : 2)
        ledger.segmentMaxBytes = 1_000
        try ledger.append([NewEvent(stream: "C-1001", type: "decisionRecorded", actor: "S-1", payload: payload)])
        try ledger.append([NewEvent(stream: "C-1002", type: "decisionRecorded", actor: "S-1", payload: payload)])
        try ledger.append([NewEvent(stream: "C-1001", type: "noteAdded", actor: "S-1", payload: ["n": 3])])
        try ledger.append([authorisation([(1, ["/amount", "/notes/1"]), (2, ["/decision"])])])
        if !version1 {
            _ = try ledger.erase([ErasedPart(seq: 1, pointer: "/amount"), ErasedPart(seq: 1, pointer: "/notes/1"), ErasedPart(seq: 2, pointer: "/decision")])
        }
        return ledger
    }

    @Test(arguments: [false, true])
    func bothVerifiersAgreeOnAnErasedVersion2LedgerAndAVersion1Ledger(version1: Bool) throws {
        let tmp = TemporaryDirectory()
        let dir = tmp.child("ledger")
        let ledger = try Self.erasedLedger(at: dir, version1: version1)
        #expect(try ledger.event(seq: 1).erasedParts == (version1 ? [] : ["/amount", "/notes/1"]))
        let report = try Verifier.verify(ledgerAt: dir)
        #expect(report.isIntact, "\(String(describing: report.fault))")
        let python = try pythonVerify(dir)
        #expect(python.exitCode == 0, "\(python.stderr)")
        #expect(python.stdout == "intact: \(report.events) events, head \(report.headHash.hex), Merkle tree root \(report.root.hex)\n")
        let cli = try Executable.caseledger.run(["verify", "--ledger", dir])
        #expect(cli.exitCode == 0, "\(cli.stderr)")
    }

    @Test func aPartRemovedWithoutAnErasureEventIsTheSameFaultForBoth() throws {
        let tmp = TemporaryDirectory()
        let dir = tmp.child("ledger")
        _ = try Self.erasedLedger(at: dir)
        // The erasure decision's segment removed: the erased parts are now named by nothing.
        let segments = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("segment-") }.sorted()
        try FileManager.default.removeItem(atPath: dir + "/" + segments.last!)
        try? FileManager.default.removeItem(atPath: dir + "/index")
        let report = try Verifier.verify(ledgerAt: dir)
        let fault = try #require(report.fault)
        #expect(fault.position.seq == 1)
        #expect(report.events == 0)
        #expect(fault.reason.contains("a payload part was removed without an erasure event"))
        #expect(fault.reason.hasSuffix("(events/FORMAT.md rule 11)"))
        let python = try pythonVerify(dir)
        #expect(python.exitCode == 1)
        #expect(python.stderr.hasPrefix("fault: \(fault.position.segment) line \(fault.position.line) (seq 1): a payload part was removed without an erasure event"), "\(python.stderr)")
        #expect(python.stderr.hasSuffix("(events/FORMAT.md rule 11)\n"), "\(python.stderr)")
        let cli = try Executable.caseledger.run(["verify", "--ledger", dir])
        #expect(cli.exitCode == 1)
    }

    @Test func aChangedSaltOrErasedDigestIsARule6FaultForBoth() throws {
        for (from, to) in [("\"salts\":{\"/amount\":\"", "\"salts\":{\"/amount\":\"f"), ("\"erased\":{\"/amount\":\"", "\"erased\":{\"/amount\":\"0")] {
            let tmp = TemporaryDirectory()
            let dir = tmp.child("ledger")
            let ledger = try Ledger.create(at: dir)
            try ledger.append([NewEvent(stream: "C-1001", type: "decisionRecorded", actor: "S-1", payload: Self.payload)])
            try ledger.append([Self.authorisation([(1, ["/amount"])])])
            if from.contains("erased") { _ = try ledger.erase([ErasedPart(seq: 1, pointer: "/amount")]) }
            let path = dir + "/" + SegmentFile.name(firstSeq: 1)
            var text = try String(contentsOfFile: path, encoding: .utf8)
            let range = try #require(text.range(of: from))
            // Replace the first hex digit after the key with another, keeping the length.
            let at = range.upperBound
            let old = text[at]
            text.replaceSubrange(at...at, with: old == "f" ? "e" : "f")
            _ = to
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            let report = try Verifier.verify(ledgerAt: dir)
            #expect(report.fault?.position.seq == 1)
            #expect(report.fault?.reason.hasSuffix("(events/FORMAT.md rule 6)") == true, "\(String(describing: report.fault))")
            let python = try pythonVerify(dir)
            #expect(python.exitCode == 1)
            #expect(python.stderr.contains("(seq 1)") && python.stderr.hasSuffix("(events/FORMAT.md rule 6)\n"), "\(python.stderr)")
        }
    }
}
