/// Exit codes shared by every caseledger executable (sysexits.h: 64 is EX_USAGE). One code for
/// one kind of outcome, the same in both tools (README, "Exit codes"; `ExitCode.table`):
/// a script can tell "the check found something" (1) from "the command failed" (3).
public enum ExitCode: Int32, Sendable, CaseIterable {
    /// The command did what was asked, and a check found nothing wrong.
    case success = 0
    /// issue 18: scripts. The command did what was asked, wrote its report, and the report
    /// found something that needs a person: open compliance findings, a damaged ledger found by
    /// `verify`. Like grep's and diff's 1.
    case findings = 1
    /// The command did what it could and wrote its output, but it is incomplete: what was left
    /// out is named on standard error (e.g. a council-wide report without a case it cannot read).
    case incomplete = 2
    /// issue 18: scripts. The command failed and wrote no report: a refused command (nothing was
    /// written), a ledger that cannot be read or is damaged, a file that cannot be written.
    case failure = 3
    /// The command line itself was wrong (an unknown option, a bad value, options that contradict
    /// each other such as a reversed date range). Nothing was read or written.
    case usage = 64

    /// One line per code, as `--help` and README give them.
    public static let table: String = """
        Exit codes: 0 done (a check found nothing); 1 done, and the report found something (open compliance findings, \
        a damaged ledger found by verify); 2 done, but the output is incomplete (what was left out is named on standard \
        error); 3 failed: nothing was done or written (a refused command, a ledger that cannot be read, a file that \
        cannot be written); 64 the command line was wrong (nothing was read).
        """
}
