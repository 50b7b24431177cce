import Foundation
import LedgerJSON
import LedgerStore
import Testing

/// tools/verify-ledger.py, written from FORMAT.md alone, agrees with Verifier on intact ledgers of
/// every shape this code writes: the same event count, head hash and RFC 6962 root. (On damage the tamper
/// tests check that both name the same place.)
@Suite struct IndependentVerifierTests {
    enum Shape: String, CaseIterable, CustomTestStringConvertible {
        case empty, oneEvent, manyBatchesInManySegments, awkwardPayloads, emptyLastSegment, withIndexAndTornFiles
        var testDescription: String { rawValue }
    }

    static func build(_ shape: Shape, at dir: String) throws {
        let ledger = try Ledger.create(at: dir)
        let note = { (n: Int64, payload: JSONValue) in NewEvent(stream: "C-\(n % 4)", type: "noteAdded", actor: "S-17", payload: payload) }
        switch shape {
        case .empty: break
        case .oneEvent: try ledger.append([note(1, ["n": 1])])
        case .manyBatchesInManySegments:
            ledger.segmentMaxBytes = 4_000
            for b in Int64(0)..<40 { try ledger.append((0...(b % 5)).map { note(b * 10 + $0, ["n": .integer(b * 10 + $0)]) }) }
        case .awkwardPayloads:
            let payloads: [JSONValue] = [
                ["text": "café – naïve – 日本語 – 😀", "quote": "\"\\/", "controls": "\u{0}\u{1}\u{8}\t\n\u{c}\r\u{1f}\u{7f}"],
                ["big": .integer(JSONValue.maxSafeInteger), "small": .integer(-JSONValue.maxSafeInteger), "zero": 0, "minus": -42],
                ["nested": ["a": [1, [2, [3, ["deep": true]]], nil, false], "empty": [:], "list": []]],
                ["\u{FF61}": 1, "😀": 2, "é": 3, "z": 4, "Z": 5, "": 6, "a\u{0}b": 7],
                [:],
            ]
            try ledger.append(payloads.enumerated().map { note(Int64($0.offset), $0.element) })
            try ledger.append([NewEvent(stream: "C-1.2:3_4", type: "x.y-z_9", schema: 7, actor: "Ünïcödé actor 🙂", payload: ["n": 1])])
        case .emptyLastSegment:
            try ledger.append([note(1, ["n": 1]), note(2, ["n": 2])])
            try Data().write(to: URL(fileURLWithPath: dir + "/" + SegmentFile.name(firstSeq: 3)))
        case .withIndexAndTornFiles:
            for n in Int64(1)...20 { try ledger.append([note(n, ["n": .integer(n)])]) }
            ledger.saveIndex()
            let segment = dir + "/" + SegmentFile.name(firstSeq: 1)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: segment))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("{\"hash\":\"0123".utf8))
            try handle.close()
            // The next append that writes sets the torn tail aside.
            try Ledger.open(at: dir, mode: .readWrite).append([note(21, ["n": 21])])
            guard FileManager.default.fileExists(atPath: dir + "/index/head.bin"),
                  try FileManager.default.contentsOfDirectory(atPath: dir + "/torn").count == 1
            else { throw FixtureError(description: "the index or the torn file is missing") }
        }
    }

    @Test(arguments: Shape.allCases)
    func bothVerifiersFindTheSameEventsAndHead(shape: Shape) throws {
        let tmp = TemporaryDirectory()
        let dir = tmp.child("ledger")
        try Self.build(shape, at: dir)
        let report = try Verifier.verify(ledgerAt: dir)
        #expect(report.isIntact)
        let python = try pythonVerify(dir)
        #expect(python.exitCode == 0, "\(python.stderr)")
        #expect(python.stdout == "intact: \(report.events) events, head \(report.headHash.hex), Merkle tree root \(report.root.hex)\n")
        let cli = try Executable.caseledger.run(["verify", "--ledger", dir])
        #expect(cli.exitCode == 0)
        #expect(cli.stdout.hasSuffix("head seq \(report.events) hash \(report.headHash.hex)\n"))
    }
}
