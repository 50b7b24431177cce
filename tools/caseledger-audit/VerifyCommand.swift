import CaseAudit
import CLIKit

/// `caseledger-audit verify`: the integrity of the whole ledger.
enum VerifyCommand {
    static let spec = CommandSpec(
        name: "verify", abstract: "Re-hash every event and check every link of the whole ledger.",
        discussion: """
            Exit 0 with the head seq and hash when the ledger is intact; exit 1 with one line naming the segment, line, seq and \
            reason of the first fault when it is not. With --as-known-at, also names the last event recorded by then and its \
            hash, so a report made as known at that time can be tied to the ledger as it stood.
            """,
        options: [CommonOptions.ledger, CommonOptions.format, CommonOptions.output, CommonOptions.asKnownAt],
        flags: [CommonOptions.largePrint])

    static func run(_ a: ParsedArguments) throws {
        let ledger = try AuditLedger.open(at: try a.requiredOption("ledger"))
        let known = try CommonOptions.time(a, "as-known-at")
        if let known { try ledger.check(known, option: "as-known-at") }
        let report = AuditReport.verification.render(CommonOptions.render(a), integrity: try ledger.integrity(asKnownAt: known))
        try ReportOutput.write(report, to: a.option("output"))
    }
}
