import CaseAudit
import CLIKit
import LedgerStore

/// `caseledger-audit trail CASE`: the decision trail.
enum TrailCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "trail", abstract: "Every decision on a case, in order: when, who, what, why, what changed, what followed.",
        discussion: """
            Each decision shows when it was recorded and took effect, who decided (name, role, and their authority that day), \
            what was decided, why (reasons, criteria and policy clauses relied on, evidence), what changed compared with before, \
            what the person was told in writing, and what followed (challenge, escalation, panel decision, complaint, correction). \
            Corrections are shown beside the original: nothing is hidden because it was superseded.

            Every copy opens with an Easy Read summary for the person: short sentences on the decisions that matter now, the \
            money, what happens next, how to ask for a decision to be looked at again or complain, and whom to ask (the \
            council's contact details from the configuration). --format easy-read writes that summary alone as a large-print \
            HTML page.

            The customer's copy (the default) is written for the person and withholds third-party information marked restricted \
            when it was recorded, saying where and how many items were withheld and why; --copy staff shows everything.

            With --evidence DIR (a new or empty directory outside the ledger) the trail goes into DIR as trail.txt (.md, .html, \
            .json, .csv) beside the case's ledger lines exactly as stored (events.jsonl), an inclusion proof for each \
            (proofs/seq-N.tlog-proof, c2sp.org/tlog-proof@v1) against the latest signed checkpoint with its witnesses' \
            cosignatures, the keys the ledger records (keys.txt) and a README.txt for the recipient; anyone can then check it \
            without the ledger ('caseledger-audit check-evidence', or tools/check-evidence.py with Python and openssl). \
            Standard output gets one line saying what was written (the trail too with -o). Refused when the ledger has no \
            signed checkpoint covering the case's events, or when the ledger does not extend its own latest checkpoint.

            The customer's copy's evidence withholds what its trail withholds: instead of events.jsonl it holds disclosed.jsonl, \
            each event's header and hash with every part of its payload disclosed (value and salt), withheld (only its digest, \
            with the reason) or erased (only its digest), so every disclosed part is proven against the signed checkpoint and \
            no withheld value is in the folder (events/FORMAT.md, "A copy that discloses in part"). An event of a format 1 \
            ledger with anything to withhold is given by its header alone. --copy staff --evidence gives the lines whole.
            """,
        arguments: [ArgumentSpec("case", help: "The case reference, e.g. C-1001.")],
        options: CommonOptions.reportOptions(copy: .customer).map { $0.name == "format" ? CommonOptions.formatWithEasyRead : $0 } + [evidence],
        flags: [CommonOptions.largePrint])

    static let evidence = OptionSpec(
        "evidence", valueName: "DIR",
        help: "Write the trail with the case's ledger lines, their inclusion proofs against the latest signed checkpoint, the keys and a README into DIR (new or empty, outside the ledger).")

    static func run(_ o: CaseReportOptions) throws {
        let folder = o.evidence.map { EvidenceOnDisk(folder: $0) }
        try folder?.checkNewOrEmpty()
        let ledger = try o.openLedger()
        let view = try o.time.view(checkedAgainst: ledger)
        let history = try ledger.caseHistory(o.caseId, view: view)
        let trail = DecisionTrail(history: history, view: view, copy: o.copy, configuration: try ledger.configuration(asKnownAt: view.asKnownAt).configuration)
        let report = o.target.easyRead
            ? EasyReadPage.render(trail.easyRead, copy: o.copy, madeOn: o.target.render.madeOn)
            : AuditReport.trail(trail).render(o.target.render, integrity: try integrity(ledger, o, asKnownAt: view.asKnownAt))
        guard let folder else { return try o.target.write(report) }
        let package = try ledger.evidence(
            caseId: o.caseId, trail: (EvidenceFolder.trailName(format: o.target.render.format), Array(report.utf8)), copy: o.copy)
        try folder.write(package.files)
        if o.target.output != nil { try o.target.write(report) }
        let events = package.events
        try StandardStreams.output.write(
            "Evidence for \(o.caseId) written to \(folder.folder): \(events) event\(events == 1 ? "" : "s"), proven against the checkpoint "
                + "of size \(package.checkpoint.size) signed as \(package.checkpoint.origin)"
                + (o.copy == .customer ? " (the customer's copy: \(package.withheld) part\(package.withheld == 1 ? "" : "s") withheld, given only by digest)" : "")
                + ". Read \(folder.folder)/README.txt.\n")
    }

    /// The trail's integrity statement; with --evidence it also says what the evidence proves of this copy.
    private static func integrity(_ ledger: AuditLedger, _ o: CaseReportOptions, asKnownAt: Timestamp?) throws -> IntegrityStatement {
        var statement = try ledger.integrity(asKnownAt: asKnownAt)
        if o.evidence != nil { statement.evidenceCopy = o.copy }
        return statement
    }
}
