import CaseAudit
import CaseLedger
import CaseService
import CLIKit

/// There were findings: the report was written, and the command exits 1 for scripts.
struct ComplianceFindings: FindingsReported {
    let open: Int
    var code: String { "compliance-findings" }
    var message: String { "\(open) open finding\(open == 1 ? "" : "s") of breaches of the rules in the recorded history (the report says which)" }
}

/// `caseledger-audit compliance [--case ID] [--rule CODE]`: rule breaches found in history.
enum ComplianceCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "compliance", abstract: "Rule breaches found in recorded history, over the whole ledger or one case.",
        discussion: """
            Checks every case's recorded history (imported legacy data, events recorded before a rule existed, facts corrected \
            later) against the rules: each finding names the case, the events by ref, the rule's code, what was wrong in plain \
            words and the rule's source. Each event is judged with the staff register as known when it was recorded and the \
            configuration in force then. A breach a later correction put right is still listed, as "corrected by ref N".

            Missing steps (a review, notice or answer that never came) count up to --in-force-on, the day of --as-known-at, \
            or today. Rules: \(ComplianceRule.allCases.map(\.code).joined(separator: ", ")).

            A case an event of which cannot be read (written round the rules) is not checked: each such event is a finding \
            of rule \(ComplianceRule.eventUnreadable.code), whatever --rule asks for, and every other case is checked as usual.

            Exit codes: 0 no open finding; 1 open findings, including events that cannot be read (after writing the report); \
            3 the report could not be made; 64 the command line was wrong.
            """,
        options: [
            CommonOptions.ledger, CommonOptions.format, CommonOptions.output, CommonOptions.asKnownAt, CommonOptions.inForceOn,
            OptionSpec("case", valueName: "ID", help: "Only this case, e.g. C-1001."),
            OptionSpec("rule", valueName: "CODE", help: "Only this rule, e.g. review-overdue.", allowedValues: ComplianceRule.allCases.map(\.code)),
            CheckpointFile.option,
        ],
        flags: [CommonOptions.largePrint, CheckpointFile.verifyWhole])

    /// The options of `compliance`.
    struct Options: CommandOptions {
        /// Ledger, format and output.
        var target: ReportTarget
        /// `--as-known-at` and `--in-force-on`.
        var time: TimeOptions
        /// Only this case, when given.
        var caseId: String?
        /// Only these rules (every rule when empty).
        var rules: [ComplianceRule]
        /// Where the oversight projection is saved, when given.
        var checkpoint: String?
        /// Verify the whole ledger even from a checkpoint.
        var verifyWhole: Bool

        /// Reads the options.
        init(_ a: ParsedArguments) throws(UsageError) {
            target = try ReportTarget(a)
            time = try TimeOptions(a)
            caseId = a.option("case")
            rules = a.option("rule").flatMap(ComplianceRule.init(rawValue:)).map { [$0] } ?? []
            checkpoint = a.option("checkpoint")
            verifyWhole = a.flag("verify-whole")
        }

        /// No file written inside the ledger; the report not written over the checkpoint; no checkpoint with `--as-known-at`.
        func validate() throws(ValidationError) {
            try OutsideLedger.check(ledger: target.ledger, writing: ["output": target.output, "checkpoint": checkpoint])
            try OutsideLedger.checkSeparate(output: target.output, checkpoint: checkpoint)
            if checkpoint != nil, let refusal = OversightMethod.checkpointRefusal(asKnownAt: time.asKnownAt) { throw ValidationError(refusal) }
        }
    }

    static func run(_ o: Options) throws {
        let ((report, view), ledger, saving) = try CheckpointFile.report(ledgerPath: o.target.ledger, checkpoint: o.checkpoint, verifyWhole: o.verifyWhole) {
            ledger, projection in
            let view = try o.time.view(checkedAgainst: ledger)
            let report = try OversightReports(ledger: ledger).compliance(
                view: view, caseId: o.caseId, rules: o.rules, checkpoint: o.checkpoint != nil, projection: projection)
            return (report, view)
        }
        // issue 18: fast18b. CSV written in pieces as it is rendered; either way only once the checkpoint is saved.
        try o.target.write(
            after: saving, integrity: { try ledger.integrity(asKnownAt: view.asKnownAt) },
            csv: { report.csv(integrity: $0, part: $1, of: $2, pieces: $3, $4) }, text: { report.render($0, integrity: $1) })
        // issue 18: fast18b. The results and the ledger (with the checkpoint read) are never freed: the process exits next.
        KeptUntilExit.keep((report, ledger))
        if !report.open.isEmpty { throw ComplianceFindings(open: report.open.count) }
    }
}
