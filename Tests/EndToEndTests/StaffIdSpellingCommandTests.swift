import Foundation
import LedgerJSON
import Testing

// issue 16: staff ids — `caseledger` refuses a staff id that only looks like a register member's
// (`staff-id-look-alike`, events/INVARIANTS.md rule 67), with the refusal exit code, and the
// ledger directory stays byte for byte as it was.
@Suite struct StaffIdSpellingCommandTests {
    /// Joe's referral recorded, with Kay Kelvin ("S-K", a plain K) on the register as a social
    /// worker; then `arguments` (with `stdin`) run: the run, and whether the ledger directory changed.
    static func refusal(_ arguments: [String], stdin: Data) throws -> (run: Executable.Run, changed: Bool) {
        let story = try CommandLineStory()
        try story.expectSuccess(["staff", "add", "S-K", "--name", "Kay Kelvin", "--role", "socialWorker", "--as", "S-9", "--effectiveDate", "2025-01-01"])
        try story.recordJoe(through: "receiveReferral")
        let before = snapshot(of: story.ledger)
        let run = try story.run(arguments, stdin: stdin)
        return (run, snapshot(of: story.ledger) != before)
    }

    /// The allocation step of Joe's story with `workerId` set to `worker`, as input.
    static func allocation(worker: String) -> Data {
        var object = CommandLineStory.step("allocateWorker").input.objectValue!
        _ = object.updateValue(.string(worker), forKey: "workerId")
        return Data(CanonicalJSON.encode(.object(object)))
    }

    @Test("given Kay Kelvin as S-K, when a staff id spelt with a Kelvin sign acts, publishes, is allocated or is added, then caseledger refuses it naming both spellings and the ledger directory is unchanged",
        arguments: [
            // Acting: the old code recorded the allocation with the actor S-K spelt with a Kelvin sign.
            (["record", "allocateWorker", "--case", "C-1001", "--as", "S-\u{212A}", "--json", "-"], "S-K",
                "the acting member of staff \"S-\u{212A}\" is not on the staff register: it looks like Kay Kelvin's staff id \"S-K\""),
            // Allocated: the old code recorded the Kelvin spelling as the allocated worker.
            (["record", "allocateWorker", "--case", "C-1001", "--as", "S-1", "--json", "-"], "S-\u{212A}",
                "the allocated worker \"S-\u{212A}\" is not on the staff register: it looks like Kay Kelvin's staff id \"S-K\""),
            // Publishing the configuration: the old code took it for S-K (and refused it as not holding the role).
            (["config", "publish", "--json", CommandLineStory.root.appendingPathComponent("events/config/england-2026.json").path, "--as", "S-\u{212A}"], "S-1",
                "the acting member of staff \"S-\u{212A}\" is not on the staff register: it looks like Kay Kelvin's staff id \"S-K\""),
            // Added: the old code refused it as already added (staff-already-added), as if it were S-K.
            (["staff", "add", "S-\u{212A}", "--name", "Ken Kay", "--role", "socialWorker", "--as", "S-9"], "S-1",
                "staff id \"S-\u{212A}\" cannot be added: it looks like Kay Kelvin's staff id \"S-K\""),
        ])
    func aLookAlikeStaffIdIsRefusedAndNothingChanges(arguments: [String], worker: String, message: String) throws {
        let (run, changed) = try Self.refusal(arguments, stdin: Self.allocation(worker: worker))
        #expect(run.exitCode == 3, "\(run.stderr)")
        #expect(run.stderr.contains("[staff-id-look-alike]"), "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.contains("U+212A KELVIN SIGN where the register has U+004B LATIN CAPITAL LETTER K"), "\(run.stderr)")
        #expect(!changed)
    }

    @Test("given Kay Kelvin as S-K, when history naming the allocated worker S-K with a Kelvin sign is imported, then it is imported as it is and the case reads it as another id")
    func importedHistoryWithALookAlikeIsReadAsAnotherId() throws {
        let story = try CommandLineStory()
        try story.expectSuccess(["staff", "add", "S-K", "--name", "Kay Kelvin", "--role", "socialWorker", "--as", "S-9", "--effectiveDate", "2025-01-01"])
        let lines = try paulsHistory(as: "C-2002").map { line -> String in
            guard var e = try JSONParser.parse(line).objectValue, e["type"] == "workerAllocated", var data = e["data"]?.objectValue else { return line }
            data["workerId"] = .string("S-\u{212A}")
            e["data"] = .object(data)
            return CanonicalJSON.string(.object(e))
        }
        let history = story.directory.child("history.jsonl")
        #expect(FileManager.default.createFile(atPath: history, contents: Data(lines.map { $0 + "\n" }.joined().utf8)))
        try story.expectSuccess(["import", "--from", "CareFirst", "--as", "S-9", history])
        let shown = try story.expectSuccess(["case", "show", "C-2002"])
        #expect(shown.stdout.contains("Allocated worker: S-\u{212A}"), "\(shown.stdout)")
        #expect(!shown.stdout.contains("Kay Kelvin"), "\(shown.stdout)")
        let trail = try Executable.audit.run(["trail", "C-2002", "--copy", "staff", "--ledger", story.ledger])
        #expect(trail.exitCode == 0, "\(trail.stderr)")
        #expect(trail.stdout.contains("S-\u{212A} (not on the staff register)"), "\(trail.stdout)")
    }
}
