import CaseAudit
import CLIKit
import LedgerStore

extension LedgerError: ReportableError {}
extension AuditError: ReportableError {}
extension FindingsPending: ReportableError {}
extension RecordCheckError: ReportableError {}

/// The `caseledger-audit` command: read-only reports on a ledger for customers, panels and
/// auditors. It opens the ledger read-only and never appends.
enum AuditCommand {
    static let spec = CommandSpec(
        name: "caseledger-audit",
        abstract: "Read-only reports on a case ledger: decision trails, explanations, differences, verification.",
        discussion: """
            Opens the ledger read-only and verifies it first: a damaged ledger gives no report, only one line saying where the \
            damage is. Every report ends with an integrity statement (the ledger's head seq and hash, whether verification \
            passed, and the command that re-checks it). Case reports given --verification-record FILE (written by verify) \
            check what they read against it instead, and verify only the events recorded since.

            Time travel: --as-known-at TIME shows only what had been recorded by then; --in-force-on DATE shows what applied \
            on that date, including decisions recorded later and back-dated. TIME is RFC 3339 UTC (2026-05-01T12:00:00Z) or a \
            date, meaning the end of that day in UK time (2026-06-02 is 23:59:59 BST on 2 June), in every command of both \
            tools. Reports give times in UK time with the zone shown (GMT or BST); JSON gives them in UTC.

            \(ExitCode.table) A failure is one line on standard error. --version prints the version.
            """,
        subcommands: [TrailCommand.spec, ExplainCommand.spec, DiffCommand.spec, VerifyCommand.spec,
            CaseloadCommand.spec, ComplianceCommand.spec, PanelPackCommand.spec, ExportCommand.spec,
            // issue 16: witness
            WitnessCommand.spec, CheckForkCommand.spec,
            // issue 16: evidence
            CheckEvidenceCommand.spec],
        // issue 18: scripts
        version: Versions.text(program: "caseledger-audit"))

    static func run(path: [String], arguments: ParsedArguments) throws {
        switch path.first {
        case "trail": try TrailCommand.run(arguments)
        case "explain": try ExplainCommand.run(arguments)
        case "diff": try DiffCommand.run(arguments)
        case "verify": try VerifyCommand.run(arguments)
        case "caseload": try CaseloadCommand.run(arguments)
        case "compliance": try ComplianceCommand.run(arguments)
        case "panel-pack": try PanelPackCommand.run(arguments)
        case "export": try ExportCommand.run(path: path, arguments)
        case "witness": try WitnessCommand.run(arguments)
        case "check-fork": try CheckForkCommand.run(arguments)
        case "check-evidence": try CheckEvidenceCommand.run(arguments)
        default: throw arguments.usageError("unknown command")
        }
    }
}
