/// Exit codes shared by every caseledger executable (sysexits.h: 64 is EX_USAGE).
public enum ExitCode: Int32, Sendable {
    /// The command did what was asked.
    case success = 0
    /// The command failed: damage, a conflict, or rejected input. Nothing was written.
    case failure = 1
    /// The command did what it could and wrote its output, but it is incomplete: what was left
    /// out is named on standard error (e.g. a council-wide report without a case it cannot read).
    case incomplete = 2
    /// The command line itself was wrong.
    case usage = 64
}
