/// An error meant to be shown to a person, with a stable code scripts can match on.
///
/// Runners print it as one line, `caseledger: <message> [<code>]`, and exit with
/// `ExitCode.failure` (3).
public protocol ReportableError: Error {
    /// A short stable identifier in lowercase words joined by hyphens, such as `ledger-damaged`.
    var code: String { get }
    /// What went wrong and what to do about it, written for the person who must act.
    var message: String { get }
}

/// A `ReportableError` whose command wrote its output but could not make it complete: runners
/// print it as any reportable error and exit with `ExitCode.incomplete` (2), so a script can tell
/// "written, with parts left out" from "failed" (3).
public protocol IncompleteOutput: ReportableError {}

/// issue 18: scripts. A `ReportableError` whose command did its work and wrote its report, and the
/// report found something a person must look at (open compliance findings, a damaged ledger found
/// by `verify`): runners print it as any reportable error and exit with `ExitCode.findings` (1),
/// so a script can tell "found something" from "failed" (3).
public protocol FindingsReported: ReportableError {}
