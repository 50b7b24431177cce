import Foundation
import LedgerJSON
import LedgerStore
import Testing

/// Issue 16 item 1, "verify is the spec, exactly": a header value the writer refuses is a fault
/// for `verify`, for every reader and for the independent verifier (tools/verify-ledger.py), even
/// when the whole chain after it has been rebuilt around it — at its own seq, citing the rule of
/// events/FORMAT.md it breaks. (Before, 96 such rewrites passed `verify`.)
@Suite struct VerifyIsTheSpecTests {
    /// One rewrite of seq 3 in a ledger of six events, and the rule it breaks.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let rule: Int
        let change: Rechain.Change
        var testDescription: String { name }

        static func header(_ name: String, rule: Int = 3, _ key: String, _ value: JSONValue) -> Case {
            Case(name: name, rule: rule, change: Rechain.Change(header: { $0[key] = value }))
        }
    }

    /// Values of one header member that break a rule, with the rule: each case is named by the
    /// member and the value's JSON (shortened).
    static let breaking: [(key: String, rule: Int, values: [JSONValue])] = [
        ("stream", 3, ["C/1001", "C 1001", "", .string(String(repeating: "C", count: 129)), "C-1001\n", "C-é"]),
        ("actor", 3, ["", .string(String(repeating: "é", count: 64) + "x"), "S-\u{1}17", "S-17\u{1F}", "S-\u{7F}17", "S-\u{85}17", "S-\u{9F}17"]),
        ("type", 3, ["9lives", "plan:signed", "", .string(String(repeating: "t", count: 129))]),
        ("schema", 3, [0, -1]), ("seq", 3, [0]),
        ("id", 3, ["0A0B0C0D-0E0F-4011-8213-141516171819", "0a0b0c0d0e0f40118213141516171819", "{0a0b0c0d-0e0f-4011-8213-141516171819}"]),
        ("recordedAt", 3, [
            "2026-06-01T10:00:00Z", "2026-06-01T10:00:00.000000+00:00", "2026-06-01T10:00:00.000Z", "2026-02-30T10:00:00.000000Z",
            "2026-06-01T24:00:00.000000Z", "2026-06-01 10:00:00.000000Z",
        ]),
        ("payloadDigest", 3, [.string(String(repeating: "a", count: 63))]),
        ("seq", 2, ["3"]), ("schema", 2, ["1"]), ("batchEnd", 2, [0]), ("actor", 2, [.null]), ("zone", 2, ["x"]),
    ]

    static let cases: [Case] = breaking.flatMap { key, rule, values in
        values.map { value in
            .header("\(key) \(String(decoding: CanonicalJSON.encode(value).prefix(40), as: UTF8.self))", rule: rule, key, value)
        }
    } + [
        Case(name: "payloadDigest in uppercase", rule: 3, change: Rechain.Change(header: { $0["payloadDigest"] = .string($0["payloadDigest"]!.stringValue!.uppercased()) })),
        Case(name: "prev in uppercase", rule: 3, change: Rechain.Change(header: { $0["prev"] = .string($0["prev"]!.stringValue!.uppercased()) })),
        Case(name: "a header member missing", rule: 2, change: Rechain.Change(header: { $0["type"] = nil })),
        Case(name: "hash in uppercase", rule: 2, change: Rechain.Change(hashText: { $0.uppercased() })),
        Case(name: "payload null, header untouched", rule: 2, change: Rechain.Change(payload: Array("null".utf8))),
        Case(name: "payload null with its digest", rule: 2, change: Rechain.Change(payload: Array("null".utf8), recomputeDigest: true)),
        Case(name: "payload an array", rule: 2, change: Rechain.Change(payload: Array("[1]".utf8), recomputeDigest: true)),
        Case(name: "payload nested 65 deep", rule: 2, change: Rechain.Change(payload: VerifyIsTheSpecTests.nested(65), recomputeDigest: true)),
        Case(name: "payload not canonical", rule: 4, change: Rechain.Change(payload: Array(#"{"b":1,"a":2}"#.utf8), recomputeDigest: true)),
    ]

    /// A payload of `depth` nested objects, the payload itself the first: `{"a":{"a":…{}…}}`.
    static func nested(_ depth: Int) -> [UInt8] {
        Array((String(repeating: "{\"a\":", count: depth - 1) + "{}" + String(repeating: "}", count: depth - 1)).utf8)
    }

    /// Six events in three batches of two, in one segment.
    static func ledger(in tmp: TemporaryDirectory) throws -> String {
        let dir = tmp.child("ledger")
        // Format version 1: the rewrites below follow the version 1 layout (the payload hashed
        // whole); version 2 has its own tests (Version2VerifierTests, FormatVersion2Tests).
        let ledger = try Ledger.create(at: dir, formatVersion: 1)
        for b in Int64(0)..<3 {
            try ledger.append((1...2).map { k in
                NewEvent(stream: "C-100\(b)", type: "noteAdded", actor: "S-17", payload: ["n": .integer(b * 2 + Int64(k)), "note": "café"])
            })
        }
        return dir
    }

    /// The damage opening the ledger at `dir` for reading reports, or nil when it opens.
    static func damage(openingLedgerAt dir: String) -> (LogPosition, String)? {
        let opened = Result { () throws(LedgerError) in try Ledger.open(at: dir) }
        guard case .failure(let error) = opened else { return nil }
        guard case .damaged(let at, let reason) = error else { return (LogPosition(segment: "-", line: 0, seq: 0), "\(error)") }
        return (at, reason)
    }

    static let place = LogPosition(segment: SegmentFile.name(firstSeq: 1), line: 3, seq: 3)

    @Test(arguments: cases)
    func aRewriteBreakingARuleIsAFaultAtItsSeqForEveryVerifierAndReader(_ c: Case) throws {
        let tmp = TemporaryDirectory()
        let dir = try Self.ledger(in: tmp)
        try Rechain.rewrite(dir, seq: 3, c.change)

        let report = try Verifier.verify(ledgerAt: dir)
        let fault = try #require(report.fault, "verify passed \(c.name)")
        #expect(fault.position == Self.place)
        #expect(fault.reason.hasSuffix("(events/FORMAT.md rule \(c.rule))"), "verify said: \(fault.reason)")
        #expect(report.events == 2)

        let python = try pythonVerify(dir)
        #expect(python.exitCode == 1)
        #expect(python.position == Self.place.description, "python said: \(python.stderr)")
        #expect(python.stderr.hasSuffix("(events/FORMAT.md rule \(c.rule))\n"), "python said: \(python.stderr)")

        // Every reader: opening the ledger reads and checks the log from the start.
        let (at, reason) = try #require(Self.damage(openingLedgerAt: dir))
        #expect(at == Self.place)
        #expect(reason.hasSuffix("(events/FORMAT.md rule \(c.rule))"), "the reader said: \(reason)")
    }

    /// Payload keys are compared by UTF-16 code units, never normalised (FORMAT.md, RFC 8785):
    /// "e\u0301" and "é" are two keys, and in code-unit order the payload is sound for every
    /// verifier and reader; in the other order it is not canonical (rule 4) for both verifiers.
    /// (Before, `verify` refused them as one key written twice; then readers read such a payload
    /// without a value.)
    @Test(arguments: [true, false])
    func keysDifferingOnlyByNormalisationAreTwoKeys(inCodeUnitOrder: Bool) throws {
        let tmp = TemporaryDirectory()
        let dir = try Self.ledger(in: tmp)
        let payload = inCodeUnitOrder ? "{\"e\u{301}\":1,\"\u{E9}\":2}" : "{\"\u{E9}\":2,\"e\u{301}\":1}"
        try Rechain.rewrite(dir, seq: 3, Rechain.Change(payload: Array(payload.utf8), recomputeDigest: true))
        let report = try Verifier.verify(ledgerAt: dir)
        let python = try pythonVerify(dir)
        if inCodeUnitOrder {
            #expect(report.isIntact, "\(String(describing: report.fault))")
            #expect(python.stdout == "intact: 6 events, head \(report.headHash.hex), Merkle tree root \(report.root.hex)\n", "python said: \(python.stderr)")
            let ledger = try Ledger.open(at: dir)
            #expect(try allEvents(of: ledger).count == 6)
            // Sound, and read with both keys, each with its own value (INVARIANTS rule 65).
            let events = try ledger.events(inStream: "C-1001")
            #expect(events.map(\.seq) == [3, 4])
            let members = try #require(events[0].payload?.objectValue)
            #expect(members.count == 2 && members["e\u{301}"] == 1 && members["\u{E9}"] == 2)
            #expect(events[0].payload.map(CanonicalJSON.encode) == Array(payload.utf8))
        } else {
            #expect(report.fault?.position == Self.place)
            #expect(report.fault?.reason.hasSuffix("(events/FORMAT.md rule 4)") == true, "\(String(describing: report.fault))")
            #expect(python.position == Self.place.description && python.stderr.hasSuffix("(events/FORMAT.md rule 4)\n"), "python said: \(python.stderr)")
        }
    }

    /// `ledger.json` is exactly 43 bytes, the 42 of the manifest and a newline: without the
    /// newline, with a second one or with anything after it, neither verifier takes the directory
    /// for a version 1 ledger.
    @Test(arguments: ["{\"format\":\"caseledger-ledger\",\"version\":1}", "{\"format\":\"caseledger-ledger\",\"version\":1}\n\n",
                      "{\"format\":\"caseledger-ledger\",\"version\":1}\r\n", "{\"format\":\"caseledger-ledger\",\"version\":1} \n"])
    func theManifestIsExactlyItsFortyThreeBytes(manifest: String) throws {
        let tmp = TemporaryDirectory()
        let dir = try Self.ledger(in: tmp)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/ledger.json")).count == 43)
        try Data(manifest.utf8).write(to: URL(fileURLWithPath: dir + "/ledger.json"))
        #expect(throws: LedgerError.self) { _ = try Verifier.verify(ledgerAt: dir) }
        let python = try pythonVerify(dir)
        #expect(python.exitCode == 1 && python.stderr.contains("ledger.json"), "python said: \(python.stderr)")
    }

    /// The control: the same rewrite with nothing changed, and the rules' edge values, pass all three.
    @Test(arguments: [
        Case(name: "nothing changed", rule: 0, change: Rechain.Change()),
        .header("stream of 128 characters", rule: 0, "stream", .string(String(repeating: "C", count: 128))),
        .header("actor of 128 bytes", rule: 0, "actor", .string(String(repeating: "é", count: 64))),
        .header("actor with U+00A0", rule: 0, "actor", "S\u{A0}17"),
        .header("type of 128 characters", rule: 0, "type", .string("t" + String(repeating: "9", count: 127))),
        .header("schema 2^53 - 1", rule: 0, "schema", .integer(JSONValue.maxSafeInteger)),
        Case(name: "payload nested 64 deep", rule: 0, change: Rechain.Change(payload: VerifyIsTheSpecTests.nested(64), recomputeDigest: true)),
    ])
    func aRewriteWithinTheRulesPassesEveryVerifier(_ c: Case) throws {
        let tmp = TemporaryDirectory()
        let dir = try Self.ledger(in: tmp)
        try Rechain.rewrite(dir, seq: 3, c.change)
        let report = try Verifier.verify(ledgerAt: dir)
        #expect(report.isIntact, "\(String(describing: report.fault))")
        #expect(report.events == 6)
        let python = try pythonVerify(dir)
        #expect(python.stdout == "intact: 6 events, head \(report.headHash.hex), Merkle tree root \(report.root.hex)\n", "python said: \(python.stderr)")
        #expect(try allEvents(of: Ledger.open(at: dir)).count == 6)
    }
}
