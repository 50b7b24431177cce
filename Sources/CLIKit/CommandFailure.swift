/// A `ReportableError` raised by a subcommand, reported under the subcommand's name:
/// `caseledger record: plan P-1 cannot be signed off: … [plan-components-missing]`, exit 3.
public struct CommandFailure: ReportableError {
    /// The command to name, program name first, such as `["caseledger", "record"]`.
    public var command: [String]
    /// The error itself.
    public var underlying: any ReportableError

    /// `underlying`, reported under `command`.
    public init(command: [String], _ underlying: any ReportableError) {
        self.command = command
        self.underlying = underlying
    }

    /// The underlying error's code.
    public var code: String { underlying.code }
    /// The underlying error's message.
    public var message: String { underlying.message }
}
