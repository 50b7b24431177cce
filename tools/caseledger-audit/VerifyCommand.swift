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

            With --verification-record FILE it also writes what it verified (the head, and every event's place and hash) to \
            FILE, replacing it whole. Keep the file where the ledger's writers cannot change it and make it again regularly \
            (for example nightly): trail, explain, diff and panel-pack given it re-hash only the events they read, matching each \
            against the record, and verify the events recorded since, so a report on one case takes milliseconds however long \
            the ledger is.
            """,
        options: [CommonOptions.ledger, CommonOptions.format, CommonOptions.output, CommonOptions.asKnownAt, record],
        flags: [CommonOptions.largePrint])

    static let record = OptionSpec(
        "verification-record", valueName: "FILE",
        help: "When the ledger is intact, also write a verification record to FILE (outside the ledger): reports given it with "
            + "--verification-record check what they read against it instead of verifying the whole ledger again.")

    static func run(_ a: ParsedArguments) throws {
        let path = try a.requiredOption("ledger")
        let ledger = try AuditLedger.open(at: path, verification: a.option("verification-record").map { .wholeWritingRecord(to: $0) } ?? .whole)
        let known = try CommonOptions.time(a, "as-known-at")
        if let known { try ledger.check(known, option: "as-known-at") }
        let report = AuditReport.verification.render(CommonOptions.render(a), integrity: try ledger.integrity(asKnownAt: known))
        try ReportOutput.write(report, to: a.option("output"))
    }
}
