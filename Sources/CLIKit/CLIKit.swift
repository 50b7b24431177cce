/// Exit codes shared by every caseledger executable (sysexits.h: 64 is EX_USAGE).
public enum ExitCode: Int32, Sendable {
    /// The command did what was asked.
    case success = 0
    /// The command failed: damage, a conflict, or rejected input. Nothing was written.
    case failure = 1
    /// The command line itself was wrong.
    case usage = 64
}
