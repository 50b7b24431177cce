import Foundation
import Testing

@Suite struct CaseledgerCommandTests {
    let caseledger = Executable.caseledger

    func jsonLines(_ lines: String...) -> Data { Data((lines.joined(separator: "\n") + "\n").utf8) }

    @Test func initAppendVerifyAndStreamWorkTogether() throws {
        let tmp = TemporaryDirectory()
        let ledger = tmp.child("ledger")
        #expect(try caseledger.run(["init", ledger]).exitCode == 0)
        let appended = try caseledger.run(
            ["append", "--ledger", ledger],
            stdin: jsonLines(
                #"{"stream": "N-1001", "type": "noteTaken", "actor": "S-1", "data": {"route": "self"}}"#,
                #"{"stream": "N-1001", "type": "noteAdded", "actor": "S-1", "data": {"pence": 2340}}"#))
        #expect(appended.exitCode == 0, "\(appended.stderr)")
        #expect(appended.stdout.split(separator: "\n").count == 2)
        #expect(appended.stdout.contains(#""seq":2"#))

        let verified = try caseledger.run(["verify", "--ledger", ledger])
        #expect(verified.exitCode == 0)
        #expect(verified.stdout.hasPrefix("intact: 2 events"))

        let stream = try caseledger.run(["stream", "N-1001"], environment: ["CASELEDGER_LEDGER": ledger])
        #expect(stream.exitCode == 0)
        let lines = stream.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].contains(#""data":{"pence":2340}"#))
    }

    @Test func aMissingLedgerOptionIsAUsageErrorWithExitCode64() throws {
        let run = try caseledger.run(["verify"], environment: ["CASELEDGER_LEDGER": nil])
        #expect(run.exitCode == 64)
        #expect(run.stderr.contains("--ledger"))
    }

    @Test(arguments: ["init", "append", "verify", "stream"])
    func everyCommandHasHelp(command: String) throws {
        let run = try caseledger.run([command, "--help"])
        #expect(run.exitCode == 0)
        #expect(run.stdout.contains("USAGE"))
    }
}
