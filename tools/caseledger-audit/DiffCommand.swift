import CaseAudit
import CaseLedger
import CLIKit

/// `caseledger-audit diff CASE --from T1 --to T2`: what changed between two times.
enum DiffCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "diff", abstract: "What changed in a case between two recorded times, and which events changed it.",
        discussion: """
            Compares the case as known at --from with the case as known at --to (recorded times), and lists every event \
            recorded in between. With --in-force-on the figures compared are those in force on that date. --as-known-at, \
            when given, caps --to.
            """,
        arguments: [ArgumentSpec("case", help: "The case reference, e.g. C-1001.")],
        options: CommonOptions.reportOptions(copy: .staff) + [
            OptionSpec("from", valueName: "TIME", help: "The earlier recorded time: \(UKTime.timeHelp).", isRequired: true),
            OptionSpec("to", valueName: "TIME", help: "The later recorded time: \(UKTime.timeHelp).", isRequired: true),
        ],
        flags: [CommonOptions.largePrint])

    /// The options of `diff`: the two recorded times, and those of every case report.
    struct Options: CommandOptions {
        /// The case, ledger, format, time and copy.
        var report: CaseReportOptions
        /// The earlier recorded time.
        var from: Timestamp
        /// The later recorded time.
        var to: Timestamp

        /// Reads the case report's options, then `--from` and `--to`.
        init(_ a: ParsedArguments) throws(UsageError) {
            report = try CaseReportOptions(a)
            guard let from = try CommonOptions.time(a, "from"), let to = try CommonOptions.time(a, "to") else {
                throw a.usageError("give both --from TIME and --to TIME")
            }
            (self.from, self.to) = (from, to)
        }

        /// No file written inside the ledger.
        func validate() throws(ValidationError) {
            try report.validate()
            // issue 18: scripts — a reversed range is a usage error (64), as in `export cld`.
            guard from <= to else { throw ValidationError("--from \(from.rfc3339) is after --to \(to.rfc3339): give the earlier time first") }
        }
    }

    static func run(_ o: Options) throws {
        let ledger = try o.report.openLedger()
        let view = try o.report.time.view(checkedAgainst: ledger)
        var to = o.to
        try ledger.check(o.from, option: "from")
        try ledger.check(to, option: "to")
        if let cap = view.asKnownAt, cap < to { to = cap }
        guard o.from <= to else {
            // issue 18: scripts — --as-known-at earlier than --from contradicts it: a usage error (64) like a reversed range.
            throw UsageError(
                command: ["caseledger-audit", "diff"],
                message: "--from \(o.from.rfc3339) is after --as-known-at \(to.rfc3339), which ends the difference: give a later --as-known-at")
        }
        // Nothing recorded after --to is shown: an event that cannot be read, recorded later, does not stop the diff.
        let history = try ledger.caseHistory(o.report.caseId, readableBy: to)
        let diff = CaseDiff(
            history: history, from: o.from, to: to, inForceOn: view.inForceOn, copy: o.report.copy,
            configuration: try ledger.configuration(asKnownAt: view.asKnownAt).configuration)
        try o.report.target.write(AuditReport.diff(diff).render(o.report.target.render, integrity: try ledger.integrity(asKnownAt: view.asKnownAt)))
    }
}
