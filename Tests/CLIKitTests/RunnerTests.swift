import CLIKit
import Testing

private struct LedgerDamaged: ReportableError {
    var code: String { "ledger-damaged" }
    var message: String { "record 12 fails its checksum; restore the ledger from a backup" }
}

private struct PlainFailure: Error, CustomStringConvertible {
    var description: String
}

private func outcome(
    _ argv: [String], run: CommandRunner.Body = { _, _ in }
) -> RunOutcome {
    CommandRunner.outcome(spec: Sample.root, arguments: argv, environment: [:], run: run)
}

@Suite struct Runner {
    @Test func aSuccessfulCommandPrintsNothingItselfAndExitsZero() {
        var seen: (path: [String], ledger: String?)?
        let result = outcome(["stream", "-l", "L"]) { path, arguments in
            seen = (path, arguments.option("ledger"))
        }
        #expect(result == RunOutcome(exitCode: .success))
        #expect(seen?.path == ["stream"])
        #expect(seen?.ledger == "L")
    }

    @Test func helpGoesToStandardOutputWithANewlineAndExitsZero() {
        var ran = false
        let result = outcome(["staff", "--help"]) { _, _ in ran = true }
        let text = HelpFormatter.render(Sample.staff, path: ["caseledger", "staff"])
        #expect(result == RunOutcome(output: text + "\n", exitCode: .success))
        #expect(!ran)
    }

    @Test func aUsageErrorGoesToStandardErrorAndExitsSixtyFour() {
        var ran = false
        let result = outcome(["apend"]) { _, _ in ran = true }
        #expect(result == RunOutcome(
            diagnostic: """
                caseledger: error: unknown command 'apend'; did you mean 'append'?
                See 'caseledger --help'.

                """,
            exitCode: .usage))
        #expect(!ran)
    }

    @Test func aUsageErrorThrownByTheCommandAlsoExitsSixtyFour() {
        let result = outcome(["stream", "-l", "L"]) { _, arguments in
            throw arguments.usageError("the ledger 'L' is not a directory")
        }
        #expect(result == RunOutcome(
            diagnostic: "caseledger stream: error: the ledger 'L' is not a directory\nSee 'caseledger stream --help'.\n",
            exitCode: .usage))
    }

    @Test func aReportableErrorIsOneLineWithItsCodeAndExitsOne() {
        let result = outcome(["stream", "-l", "L"]) { _, _ in throw LedgerDamaged() }
        #expect(result == RunOutcome(
            diagnostic: "caseledger: record 12 fails its checksum; restore the ledger from a backup [ledger-damaged]\n",
            exitCode: .failure))
    }

    @Test func anyOtherErrorIsOneLineAndExitsOne() {
        let result = outcome(["stream", "-l", "L"]) { _, _ in
            throw PlainFailure(description: "disk on fire\nsecond line\r\nthird")
        }
        #expect(result == RunOutcome(
            diagnostic: "caseledger: disk on fire second line third\n", exitCode: .failure))
    }

    @Test func anOutputFailureIsReportedWithItsReason() {
        let result = RunOutcome.failure(OutputError(stream: "standard output", errorNumber: 28), program: "caseledger")
        #expect(result == RunOutcome(
            diagnostic: "caseledger: cannot write to standard output: No space left on device [output-failed]\n",
            exitCode: .failure))
    }

    @Test func exitCodesFollowSysexits() {
        #expect(ExitCode.success.rawValue == 0)
        #expect(ExitCode.failure.rawValue == 1)
        #expect(ExitCode.usage.rawValue == 64)
    }
}
