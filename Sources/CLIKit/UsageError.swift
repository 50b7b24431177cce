/// The command line was wrong: an unknown option, a missing value, a value not allowed.
///
/// Runners print it to standard error and exit with `ExitCode.usage` (64).
public struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The command as typed, program name first, such as `["caseledger", "append"]`.
    public var command: [String]
    /// What was wrong, written for the person at the keyboard, without a trailing period.
    public var message: String

    /// Creates a usage error for `command` (program name first).
    public init(command: [String], message: String) {
        self.command = command
        self.message = message
    }

    /// Two lines without a trailing newline:
    /// `caseledger append: error: <message>` and `See 'caseledger append --help'.`
    public var rendered: String {
        let name = command.joined(separator: " ")
        return "\(name): error: \(message)\nSee '\(name) --help'."
    }

    /// The same text as `rendered`.
    public var description: String { rendered }
}
