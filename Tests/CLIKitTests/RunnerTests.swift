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

    // issue 18: scripts — one code for one kind of outcome (old code: failure and findings were both 1).
    @Test func exitCodesTellFindingsFromFailures() {
        #expect(ExitCode.success.rawValue == 0)
        #expect(ExitCode.findings.rawValue == 1)
        #expect(ExitCode.incomplete.rawValue == 2)
        #expect(ExitCode.failure.rawValue == 3)
        #expect(ExitCode.usage.rawValue == 64)
        #expect(Set(ExitCode.allCases.map(\.rawValue)).count == ExitCode.allCases.count)
        for code in ExitCode.allCases { #expect(ExitCode.table.contains("\(code.rawValue) ")) }
    }

    struct Found: FindingsReported {
        var code: String { "found" }
        var message: String { "two findings" }
    }

    struct Broken: ReportableError {
        var code: String { "broken" }
        var message: String { "it broke" }
    }

    @Test func findingsExitOneAndOtherErrorsExitThree() {
        #expect(RunOutcome.failure(Found(), program: "p") == RunOutcome(diagnostic: "p: two findings [found]\n", exitCode: .findings))
        #expect(RunOutcome.failure(Broken(), program: "p") == RunOutcome(diagnostic: "p: it broke [broken]\n", exitCode: .failure))
        #expect(RunOutcome.failure(Broken(), program: "p").exitCode.rawValue == 3)
    }

    // issue 18: scripts — text wrapped to the terminal's width (old code: always 100).
    @Test func theWidthIsColumnsThenTheTerminalThenAFixedWidth() {
        #expect(TerminalWidth.columns(environment: "60", terminal: 132) == 60)
        #expect(TerminalWidth.columns(environment: nil, terminal: 132) == 132)
        #expect(TerminalWidth.columns(environment: nil, terminal: nil) == 100)
        #expect(TerminalWidth.columns(environment: "wide", terminal: 90) == 90)
        #expect(TerminalWidth.columns(environment: "0", terminal: nil) == 100)
        #expect(TerminalWidth.columns(environment: "5", terminal: nil) == 20)
        #expect(TerminalWidth.columns(environment: "99999", terminal: nil) == 1000)
    }

    // issue 18: scripts — help wrapped to the terminal's width too (old code: always 80).
    @Test func helpIsColumnsThenTheTerminalThenEightyAndNeverUnderForty() {
        #expect(TerminalWidth.forHelp(environment: "132", terminal: 90) == 132)
        #expect(TerminalWidth.forHelp(environment: nil, terminal: 120) == 120)
        #expect(TerminalWidth.forHelp(environment: nil, terminal: nil) == 80)
        #expect(TerminalWidth.forHelp(environment: "25", terminal: nil) == 40)
    }

    @Test func helpIsWrappedToTheWidthTheRunnerIsGiven() throws {
        var spec = CommandSpec(name: "tool", abstract: "A tool.")
        spec.discussion = Array(repeating: "Every word of this discussion is a short one.", count: 8).joined(separator: " ")
        func widest(_ width: Int) -> Int {
            let outcome = CommandRunner.outcome(spec: spec, arguments: ["--help"], environment: [:], helpWidth: width) { _, _ in }
            return outcome.output.split(separator: "\n").map(\.count).max() ?? 0
        }
        #expect(widest(60) <= 60)
        #expect(widest(80) > 60)
        #expect(widest(80) <= 80)
        #expect(widest(132) > 80)
        #expect(widest(132) <= 132)
        let plain = CommandRunner.outcome(spec: spec, arguments: ["--help"], environment: [:]) { _, _ in }
        #expect(plain.output == HelpFormatter.render(spec, path: ["tool"]) + "\n")
    }

    // issue 18: scripts — `--version` (old code: an unknown option, 64).
    @Test func versionIsPrintedOnlyWhenTheProgramHasOne() throws {
        var spec = CommandSpec(name: "tool", abstract: "A tool.", subcommands: [CommandSpec(name: "go", abstract: "Go.")])
        #expect(throws: UsageError.self) { try CommandLineParser.parse(spec: spec, arguments: ["--version"], environment: [:]) }
        spec.version = "tool 1.2.3"
        #expect(try CommandLineParser.parse(spec: spec, arguments: ["--version"], environment: [:]) == .help(text: "tool 1.2.3"))
        #expect(throws: UsageError.self) { try CommandLineParser.parse(spec: spec, arguments: ["--version", "go"], environment: [:]) }
    }
}
