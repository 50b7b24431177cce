import CaseAudit
import CaseLedger
import CLIKit

/// `caseledger-audit verify`: the integrity of the whole ledger.
enum VerifyCommand: OptionsCommand {
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

    /// The options of `verify`.
    struct Options: CommandOptions {
        /// Ledger, format and output.
        var target: ReportTarget
        /// The time whose last event to name.
        var asKnownAt: Timestamp?
        /// Where to write a verification record, when asked.
        var writeRecord: String?

        /// Reads the options.
        init(_ a: ParsedArguments) throws(UsageError) {
            target = try ReportTarget(a)
            asKnownAt = try CommonOptions.time(a, "as-known-at")
            writeRecord = a.option("verification-record")
        }

        /// Neither the report nor the record written inside the ledger.
        func validate() throws(ValidationError) {
            try OutsideLedger.check(ledger: target.ledger, writing: ["output": target.output, "verification-record": writeRecord])
        }
    }

    static func run(_ o: Options) throws {
        let ledger = try AuditLedger.open(at: o.target.ledger, verification: o.writeRecord.map { .wholeWritingRecord(to: $0) } ?? .whole)
        if let known = o.asKnownAt { try ledger.check(known, option: "as-known-at") }
        try o.target.write(AuditReport.verification.render(o.target.render, integrity: try ledger.integrity(asKnownAt: o.asKnownAt)))
    }
}
