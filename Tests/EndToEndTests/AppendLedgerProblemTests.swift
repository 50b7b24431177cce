import Foundation
import LedgerStore
import Testing

/// `caseledger append` to a directory that is missing, is not a ledger, or cannot be written is
/// refused with one line naming the problem and exit 3; a wrong command line exits 64.
@Suite struct AppendLedgerProblemTests {
    let input = stdin([inputLine(n: 1)])

    @Test func aLedgerThatDoesNotExistIsRefused() throws {
        let tmp = TemporaryDirectory()
        let run = try Executable.caseledger.run(["append", "--ledger", tmp.child("nowhere")], stdin: input)
        BadAppendInputTests.expectRefusal(run, mentions: ["no ledger at \(tmp.child("nowhere"))"], code: "ledger-not-found")
        #expect(!FileManager.default.fileExists(atPath: tmp.child("nowhere")))
    }

    @Test func aDirectoryThatIsNotALedgerIsRefusedAndLeftAlone() throws {
        let tmp = TemporaryDirectory()
        let dir = tmp.child("other")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false)
        try Data("notes\n".utf8).write(to: URL(fileURLWithPath: dir + "/notes.txt"))
        let before = snapshot(of: dir)
        let run = try Executable.caseledger.run(["append", "--ledger", dir], stdin: input)
        BadAppendInputTests.expectRefusal(run, mentions: ["is not a caseledger ledger", "ledger.json"], code: "not-a-ledger")
        #expect(snapshot(of: dir) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["notes.txt"])
    }

    /// Tests run as root, whom file modes do not stop. A read-only bind mount (in a private mount
    /// namespace, via unshare) stops root; failing that, the command runs as nobody (via setpriv);
    /// as any other user, chmod suffices. The test is skipped only when none of these is possible.
    @Test(.enabled(if: UnwritableDirectory.method != nil, "cannot make a directory unwritable here: not root with unshare or setpriv, and chmod does not stop this user"))
    func aLedgerThatCannotBeWrittenIsRefusedAndLeftAlone() throws {
        let tmp = TemporaryDirectory()
        let dir = tmp.child("ledger")
        try Ledger.create(at: dir).append([NewEvent(stream: "C-1", type: "noteAdded", actor: "S-1", payload: [:])])
        let before = snapshot(of: dir)
        let run = try UnwritableDirectory.runAppend(ledger: dir, stdin: input)
        BadAppendInputTests.expectRefusal(run, mentions: ["could not write in \(dir)"], anyOf: ["Read-only file system", "Permission denied"], code: "io-error")
        #expect(snapshot(of: dir) == before)
    }

    @Test(arguments: [["append"], ["append", "--ledger"], ["append", "--ledger", "/tmp", "--colour", "red"], ["append", "--ledger", "/tmp", "extra"]])
    func aWrongCommandLineExits64(arguments: [String]) throws {
        let run = try Executable.caseledger.run(arguments, stdin: input, environment: ["CASELEDGER_LEDGER": nil])
        #expect(run.exitCode == 64)
        #expect(run.stdout.isEmpty)
        #expect(!run.stderr.isEmpty)
    }
}
