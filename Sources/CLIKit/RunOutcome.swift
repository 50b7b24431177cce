/// What a command run should print and how the process should exit.
public struct RunOutcome: Equatable, Sendable {
    /// Text for standard output (help), ending in a newline, or empty.
    public var output: String
    /// Text for standard error (one error, ending in a newline), or empty.
    public var diagnostic: String
    /// The process exit status.
    public var exitCode: ExitCode

    /// Describes an outcome.
    public init(output: String = "", diagnostic: String = "", exitCode: ExitCode) {
        self.output = output
        self.diagnostic = diagnostic
        self.exitCode = exitCode
    }

    /// The outcome for an error thrown while parsing or running `program`:
    /// - `UsageError`: its two-line rendering, exit 64.
    /// - `CommandFailure`: `program subcommand: message [code]`, exit 3.
    /// - `ReportableError`: `program: message [code]`, exit 3 (2 for an `IncompleteOutput`, 1 for
    ///   `FindingsReported`).
    /// - anything else: `program: description`, exit 3.
    /// Newlines inside messages of the last two become spaces so each is one line.
    // Keeps events/INVARIANTS.md rule 49: one exit code for one kind of outcome.
    public static func failure(_ error: any Error, program: String) -> RunOutcome {
        let line: String
        var code = ExitCode.failure
        switch error {
        case let usage as UsageError:
            return RunOutcome(diagnostic: usage.rendered + "\n", exitCode: .usage)
        case let failure as CommandFailure:
            line = "\(failure.command.joined(separator: " ")): \(failure.message) [\(failure.code)]"
        case let reportable as any ReportableError:
            line = "\(program): \(reportable.message) [\(reportable.code)]"
            if reportable is any IncompleteOutput { code = .incomplete }
            if reportable is any FindingsReported { code = .findings }
        default:
            line = "\(program): \(error)"
        }
        let flat = line.split(whereSeparator: \.isNewline).joined(separator: " ")
        return RunOutcome(diagnostic: flat + "\n", exitCode: code)
    }
}
