import Foundation
import LedgerStore
import Testing

/// `caseledger-audit verify --verification-record FILE` writes a record; case reports given it
/// say the same as with a whole verification, with a statement of exactly what they re-checked,
/// and refuse a ledger that no longer matches it. Nothing in the ledger is ever written.
@Suite struct VerificationRecordCommandTests {
    let audit = Executable.audit
    let tmp = TemporaryDirectory()
    var ledger: String { tmp.child("ledger") }
    var record: String { tmp.child("verified.rec") }

    init() throws {
        try AuditLedgerFixture.create(at: tmp.child("ledger"))
    }

    /// `text` with every run of whitespace made one space (reports wrap their lines).
    func flat(_ text: String) -> String { text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ") }

    /// The report without its integrity statement.
    func body(_ text: String) -> String {
        String(text[..<(text.range(of: "Ledger head when this report was made")?.lowerBound ?? text.endIndex)])
    }

    func makeRecord() throws {
        let run = try audit.run(["verify", "--ledger", ledger, "--verification-record", record])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(flat(run.stdout).contains("A verification record of this verification was written to \(record)."))
        #expect(FileManager.default.fileExists(atPath: record))
    }

    @Test(arguments: [["trail", "C-1001"], ["explain", "C-1001", "eligibility"], ["diff", "C-1001", "--from", "2026-04-01", "--to", "2026-04-10"],
                      ["panel-pack", "C-1001"]])
    func aReportWithTheRecordSaysWhatItSaysWithoutAndWhatWasChecked(args: [String]) throws {
        try makeRecord()
        let before = snapshot(of: ledger)
        let whole = try audit.run(args + ["--ledger", ledger])
        let checked = try audit.run(args + ["--ledger", ledger, "--verification-record", record])
        #expect(checked.exitCode == 0, "\(checked.stderr)")
        #expect(checked.stderr.isEmpty)
        #expect(body(checked.stdout) == body(whole.stdout))
        #expect(flat(checked.stdout).contains("Checked against the verification record \(record), which holds a verification of the whole ledger through seq 8"))
        #expect(flat(checked.stdout).contains("nothing has been recorded since."))
        #expect(flat(checked.stdout).contains("Other events were not re-checked for this report."))
        #expect(!checked.stdout.contains("Verification passed: all"))
        #expect(snapshot(of: ledger) == before)
    }

    @Test func asKnownAtWithTheRecordNamesTheSameEarlierHeadCheckedAgainstIt() throws {
        try makeRecord()
        let args = ["trail", "C-1001", "--ledger", ledger, "--as-known-at", "2026-04-08T12:00:00Z"]
        let whole = try audit.run(args + ["--format", "json"])
        let checked = try audit.run(args + ["--verification-record", record, "--format", "json"])
        #expect(checked.exitCode == 0, "\(checked.stderr)")
        func integrity(_ text: String) throws -> [String: Any] {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            return try #require(json["integrity"] as? [String: Any])
        }
        let a = try integrity(whole.stdout), b = try integrity(checked.stdout)
        #expect(b["knownAtSeq"] as? Int == 4)
        #expect(b["knownAtSeq"] as? Int == a["knownAtSeq"] as? Int)
        #expect(b["knownAtHash"] as? String == a["knownAtHash"] as? String)
    }

    @Test func theJSONStatementNamesTheRecordAndTheCounts() throws {
        try makeRecord()
        let run = try audit.run(["trail", "C-1001", "--ledger", ledger, "--verification-record", record, "--format", "json"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let integrity = try #require(json["integrity"] as? [String: Any])
        let checked = try #require(integrity["checkedAgainstRecord"] as? [String: Any])
        #expect(checked["record"] as? String == record)
        #expect(checked["recordHeadSeq"] as? Int == 8)
        #expect(checked["eventsSince"] as? Int == 0)
        #expect((checked["eventsMatched"] as? Int ?? 0) >= 2)
    }

    @Test func eventsRecordedSinceTheRecordAreVerifiedAndCounted() throws {
        try makeRecord()
        let writer = try Ledger.open(at: ledger, mode: .readWrite)
        try writer.append([NewEvent(stream: "C-2002", type: "noteAdded", actor: "S-1", payload: ["n": .integer(1)])])
        let run = try audit.run(["trail", "C-1001", "--ledger", ledger, "--verification-record", record])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Ledger head when this report was made: seq 9"))
        #expect(flat(run.stdout).contains("the 1 event recorded since was re-hashed and every link checked."))
    }

    @Test func aLineChangedAfterTheRecordStopsTheReportWithOneLine() throws {
        try makeRecord()
        try Ledger.open(at: ledger, mode: .readWrite).saveIndex()  // as a writer leaves it: opening reads from the index's end
        let segment = ledger + "/segment-0000000000000001.jsonl"
        var text = try String(contentsOfFile: segment, encoding: .utf8)
        // seq 5 of the fixture is C-1001's; make it say another worker decided (the line keeps its length).
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[4].contains("\"seq\":5,\"stream\":\"C-1001\""))
        lines[4] = Substring(lines[4].replacingOccurrences(of: "\"actor\":\"S-1\"", with: "\"actor\":\"S-2\""))
        text = lines.joined(separator: "\n")
        try text.write(toFile: segment, atomically: false, encoding: .utf8)
        let before = snapshot(of: tmp.path)

        let run = try audit.run(["trail", "C-1001", "--ledger", ledger, "--verification-record", record])
        #expect(run.exitCode == 3)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("the ledger no longer matches the verification record \(record)"), "\(run.stderr)")
        #expect(run.stderr.contains("at segment-0000000000000001.jsonl line 5 (seq 5)"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(snapshot(of: tmp.path) == before)
    }

    @Test func aRecordOfAnotherLedgerIsRefused() throws {
        try makeRecord()
        let other = DemoLedgerTests.committed
        let run = try audit.run(["trail", "C-1001", "--ledger", other, "--verification-record", record])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("the verification record \(record) was not made from the ledger at \(other)"), "\(run.stderr)")
    }

    @Test func aMissingOrDamagedRecordIsRefusedWithWhatToDo() throws {
        let missing = try audit.run(["trail", "C-1001", "--ledger", ledger, "--verification-record", record])
        #expect(missing.exitCode == 3)
        #expect(missing.stderr.contains("\(record) is not a usable verification record"), "\(missing.stderr)")
        #expect(missing.stderr.contains("Make a new one with 'caseledger-audit verify --ledger DIR --verification-record FILE'"))
        try Data("not a record".utf8).write(to: URL(fileURLWithPath: record))
        let damaged = try audit.run(["trail", "C-1001", "--ledger", ledger, "--verification-record", record])
        #expect(damaged.exitCode == 3)
        #expect(damaged.stderr.contains("\(record) is not a usable verification record"), "\(damaged.stderr)")
    }

    @Test func aRecordInAMissingDirectoryIsNamedInTheError() throws {
        let path = tmp.child("no-such-dir") + "/ledger.rec"
        let run = try audit.run(["verify", "--ledger", ledger, "--verification-record", path])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("could not write the verification record \(path): No such file or directory"), "\(run.stderr)")
        #expect(!run.stderr.contains(".tmp-"))
    }

    @Test func aDamagedLedgerGetsNoRecord() throws {
        let segment = ledger + "/segment-0000000000000001.jsonl"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: segment)))
        bytes[bytes.count / 2] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: segment))
        let run = try audit.run(["verify", "--ledger", ledger, "--verification-record", record])
        #expect(run.exitCode == 1)
        #expect(!FileManager.default.fileExists(atPath: record))
    }
}
