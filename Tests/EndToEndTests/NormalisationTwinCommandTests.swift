import Foundation
import LedgerJSON
import LedgerStore
import Testing

/// `caseledger append`, `stream` and `verify`, and the independent verifier, keep apart two
/// payload members whose names differ only by Unicode normalisation ("e\u{301}" and "\u{E9}"),
/// as events/FORMAT.md says (keys compared by UTF-16 code units; INVARIANTS rule 65). Before,
/// `append` refused such input as one key written twice.
@Suite struct NormalisationTwinCommandTests {
    let caseledger = Executable.caseledger
    static let id = "0192f1a0-0000-7000-8000-000000000065"

    /// One `caseledger append` input line whose data holds both spellings of é (and, as a list,
    /// both again), with `value` under the decomposed one.
    static func line(value: Int) -> String {
        "{\"id\": \"\(id)\", \"stream\": \"N-1065\", \"type\": \"noteTaken\", \"actor\": \"S-1\", "
            + "\"data\": {\"\u{E9}\": 2, \"e\u{301}\": \(value), \"l\": [{\"e\\u0301\": \"a\", \"\\u00e9\": \"b\"}]}}\n"
    }

    /// The data's canonical bytes as text: members in code-unit order, the decomposed spelling first.
    static let canonical = "{\"e\u{301}\":1,\"l\":[{\"e\u{301}\":\"a\",\"\u{E9}\":\"b\"}],\"\u{E9}\":2}"

    @Test(arguments: [1, 2])
    func appendStreamAndVerifyKeepBothMembers(formatVersion: Int) throws {
        let tmp = TemporaryDirectory()
        let ledger = tmp.child("ledger")
        // `init` makes a version 2 ledger; a version 1 ledger is made by the storage (as older builds made them).
        if formatVersion == 2 {
            #expect(try caseledger.run(["init", ledger]).exitCode == 0)
        } else {
            _ = try Ledger.create(at: ledger, formatVersion: 1)
        }
        let before = try caseledger.run(["append", "--ledger", ledger], stdin: Data(Self.line(value: 1).utf8))
        #expect(before.exitCode == 0, "\(before.stderr)")

        let stream = try caseledger.run(["stream", "N-1065"], environment: ["CASELEDGER_LEDGER": ledger])
        #expect(stream.exitCode == 0, "\(stream.stderr)")
        #expect(stream.stdout.utf8.contains(Array(("\"data\":" + Self.canonical).utf8)), "stream showed: \(stream.stdout)")

        let verified = try caseledger.run(["verify", "--ledger", ledger])
        #expect(verified.exitCode == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(verified.stdout.hasPrefix("intact: 1 event"))
        let python = try pythonVerify(ledger)
        #expect(python.exitCode == 0, "python said: \(python.stderr)")

        let event = try Ledger.open(at: ledger).event(seq: 1)
        #expect(event.payload.map(CanonicalJSON.encode) == Array(Self.canonical.utf8))
        if formatVersion == 2 { #expect(event.partSalts?.count == 3) }

        // The same id and the same content is the same event; a change under one spelling is not.
        let again = try caseledger.run(["append", "--ledger", ledger], stdin: Data(Self.line(value: 1).utf8))
        #expect(again.exitCode == 0, "\(again.stderr)")
        let changed = try caseledger.run(["append", "--ledger", ledger], stdin: Data(Self.line(value: 7).utf8))
        #expect(changed.exitCode != 0)
        #expect(try allEvents(of: Ledger.open(at: ledger)).count == 1)
    }
}
