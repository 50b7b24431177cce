import Foundation
import LedgerStore
import Testing

/// Bad input to `caseledger append` is refused with one clear line naming the problem, exit 3,
/// and the ledger byte-for-byte unchanged, even when valid lines came before and after it in the
/// same batch (all or nothing).
@Suite struct BadAppendInputTests {
    struct BadLine: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        /// Text the error line must contain, all of it.
        let mentions: [String]
        /// Text of which the error line must contain at least one (wording owned by the JSON parser).
        var mentionsAnyOf: [String] = []
        var code = "invalid-input"
        var testDescription: String { name }
    }

    static func line(_ text: String) -> [UInt8] { Array(text.utf8) }
    static let atLine2 = "line 2 of the input"

    static let cases: [BadLine] = [
        BadLine(name: "malformed JSON", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": {"n": 2}"#),
                mentions: [atLine2], mentionsAnyOf: ["JSON", "end"]),
        BadLine(name: "not an object", bytes: line(#"["C-1001", "noteAdded"]"#), mentions: [atLine2, "expected a JSON object"]),
        BadLine(name: "stream is a number", bytes: line(#"{"stream": 1001, "type": "noteAdded", "actor": "S-17", "data": {}}"#),
                mentions: [atLine2, #""stream" must be a string"#]),
        BadLine(name: "actor is null", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "actor": null, "data": {}}"#),
                mentions: [atLine2, #""actor" must be a string"#]),
        BadLine(name: "schema is a string", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "schema": "1", "actor": "S-17", "data": {}}"#),
                mentions: [atLine2, #""schema" must be an integer"#]),
        BadLine(name: "data is not an object", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": "paid"}"#),
                mentions: [atLine2, "must be a JSON object"]),
        BadLine(name: "a float where an integer belongs", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": {"pence": 12.5}}"#),
                mentions: [atLine2], mentionsAnyOf: ["12.5", "integer", "whole number"]),
        BadLine(name: "a float schema", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "schema": 1.0, "actor": "S-17", "data": {}}"#),
                mentions: [atLine2], mentionsAnyOf: ["1.0", "integer", "whole number"]),
        BadLine(name: "an exponent", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": {"pence": 1e3}}"#),
                mentions: [atLine2], mentionsAnyOf: ["1e3", "exponent", "integer"]),
        BadLine(name: "an empty stream id", bytes: line(#"{"stream": "", "type": "noteAdded", "actor": "S-17", "data": {}}"#),
                mentions: [atLine2, "the stream id is empty"]),
        BadLine(name: "a stream id with a space", bytes: line(#"{"stream": "C 1001", "type": "noteAdded", "actor": "S-17", "data": {}}"#),
                mentions: [atLine2, #"the stream id "C 1001" may use only"#]),
        BadLine(name: "a type starting with a digit", bytes: line(#"{"stream": "C-1001", "type": "1note", "actor": "S-17", "data": {}}"#),
                mentions: [atLine2, "must start with a letter"]),
        BadLine(name: "schema 0", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "schema": 0, "actor": "S-17", "data": {}}"#),
                mentions: [atLine2, "schema version must be 1 or more"]),
        BadLine(name: "a missing field", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "data": {}}"#),
                mentions: [atLine2, #"the field "actor" is missing"#]),
        BadLine(name: "an unknown field", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": {}, "colour": "red"}"#),
                mentions: [atLine2, #"unknown field "colour""#]),
        BadLine(name: "expectedVersion -1", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": {}, "expectedVersion": -1}"#),
                mentions: [atLine2, #""expectedVersion" must be"#]),
        BadLine(name: "expectedVersion \"never\"", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": {}, "expectedVersion": "never"}"#),
                mentions: [atLine2, #""expectedVersion" must be"#]),
        BadLine(name: "expectedVersion true", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": {}, "expectedVersion": true}"#),
                mentions: [atLine2, #""expectedVersion" must be"#]),
        BadLine(name: "an expectedVersion the stream is not at", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": {}, "expectedVersion": 7}"#),
                mentions: ["event 2 of the batch expected stream C-1001 to be at version 7, but it has 2 events"], code: "version-conflict"),
        BadLine(name: "an id that is not a UUID", bytes: line(#"{"id": "123", "stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": {}}"#),
                mentions: [atLine2, #""id" must be a UUID"#]),
        BadLine(name: "a recorded id with other content", bytes: line(#"{"id": "0f8fad5b-d9cb-469f-a165-70867728950e", "stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": {"n": 99}}"#),
                mentions: ["event 2 of the batch reuses id 0f8fad5b-d9cb-469f-a165-70867728950e, already recorded as seq 1"], code: "duplicate-event-id"),
        BadLine(name: "invalid UTF-8", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": {"note": "caf"#) + [0xFF] + line(#""}}"#),
                mentions: [atLine2, "UTF-8"]),
        BadLine(name: "an overlong UTF-8 encoding", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": {"note": ""#) + [0xC0, 0xAF] + line(#""}}"#),
                mentions: [atLine2, "UTF-8"]),
        BadLine(name: "a raw control character in a string", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": {"note": "a"#) + [0x01] + line(#"b"}}"#),
                mentions: [atLine2], mentionsAnyOf: ["control"]),
        BadLine(name: "a duplicate key", bytes: line(#"{"stream": "C-1001", "stream": "C-1002", "type": "noteAdded", "actor": "S-17", "data": {}}"#),
                mentions: [atLine2], mentionsAnyOf: ["twice", "duplicate"]),
        BadLine(name: "a 10 MB line", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": {"note": ""#) + [UInt8](repeating: 0x61, count: 10 << 20) + line(#""}}"#),
                mentions: [atLine2, "longer than the 1048576-byte limit"]),
        BadLine(name: "an event whose stored line would pass 1 MiB", bytes: line(#"{"stream": "C-1001", "type": "noteAdded", "actor": "S-17", "data": {"note": ""#) + [UInt8](repeating: 0x61, count: 1_048_300) + line(#""}}"#),
                mentions: ["event 2 of the batch", "over the 1048576-byte limit"], code: "invalid-event"),
    ]

    /// A ledger holding one event (seq 1, with the id the duplicate case reuses).
    static func ledger(in tmp: TemporaryDirectory) throws -> String {
        let dir = tmp.child("ledger")
        try Ledger.create(at: dir).append([NewEvent(id: EventID("0f8fad5b-d9cb-469f-a165-70867728950e"), stream: "C-1001", type: "noteAdded", actor: "S-17", payload: ["n": 1])])
        return dir
    }

    /// Checks the one error line and that nothing was printed or written.
    static func expectRefusal(_ run: Executable.Run, mentions: [String], anyOf: [String] = [], code: String) {
        #expect(run.exitCode == 3)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("caseledger: ") && run.stderr.hasSuffix(" [\(code)]\n"), "\(run.stderr)")
        #expect(run.stderr.filter { $0 == "\n" }.count == 1, "not one line: \(run.stderr)")
        for text in mentions { #expect(run.stderr.contains(text), "\(run.stderr.prefix(400))") }
        if !anyOf.isEmpty { #expect(anyOf.contains { run.stderr.contains($0) }, "\(run.stderr.prefix(400))") }
    }

    @Test(arguments: cases)
    func aBadLineIsRefusedWithOneClearLineAndNothingIsWritten(bad: BadLine) throws {
        let tmp = TemporaryDirectory()
        let dir = try Self.ledger(in: tmp)
        let before = snapshot(of: dir)
        let input = Data(Array(inputLine(n: 2).utf8) + [0x0A] + bad.bytes + [0x0A] + Array(inputLine(n: 3).utf8) + [0x0A])
        let run = try Executable.caseledger.run(["append", "--ledger", dir], stdin: input)
        Self.expectRefusal(run, mentions: bad.mentions, anyOf: bad.mentionsAnyOf, code: bad.code)
        #expect(snapshot(of: dir) == before)
    }

    @Test(arguments: ["", "\n", "  \n\t\n\r\n"])
    func inputWithNoEventsIsRefused(input: String) throws {
        let tmp = TemporaryDirectory()
        let dir = try Self.ledger(in: tmp)
        let before = snapshot(of: dir)
        let run = try Executable.caseledger.run(["append", "--ledger", dir], stdin: Data(input.utf8))
        Self.expectRefusal(run, mentions: ["no events on standard input"], code: "invalid-input")
        #expect(snapshot(of: dir) == before)
    }

    @Test func aRefusedBatchLeavesEvenATornTailUntouched() throws {
        let tmp = TemporaryDirectory()
        let dir = try Self.ledger(in: tmp)
        let segment = URL(fileURLWithPath: dir + "/" + SegmentFile.name(firstSeq: 1))
        try (try Data(contentsOf: segment) + Data(#"{"hash":"01"#.utf8)).write(to: segment)
        let before = snapshot(of: dir)
        let run = try Executable.caseledger.run(["append", "--ledger", dir], stdin: stdin([inputLine(n: 2), "{"]))
        Self.expectRefusal(run, mentions: ["line 2 of the input"], code: "invalid-input")
        #expect(snapshot(of: dir) == before)
    }

    @Test func aGoodBatchStillAppendsAfterARefusedOne() throws {
        let tmp = TemporaryDirectory()
        let dir = try Self.ledger(in: tmp)
        _ = try Executable.caseledger.run(["append", "--ledger", dir], stdin: stdin([inputLine(n: 2), "{"]))
        let run = try Executable.caseledger.run(["append", "--ledger", dir], stdin: stdin([inputLine(n: 2), inputLine(n: 3)]))
        #expect(run.exitCode == 0)
        #expect(run.stdout.contains(#""seq":2"#) && run.stdout.contains(#""seq":3"#))
    }
}
