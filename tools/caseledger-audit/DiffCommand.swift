import CaseAudit
import CLIKit

/// `caseledger-audit diff CASE --from T1 --to T2`: what changed between two times.
enum DiffCommand {
    static let spec = CommandSpec(
        name: "diff", abstract: "What changed in a case between two recorded times, and which events changed it.",
        discussion: """
            Compares the case as known at --from with the case as known at --to (recorded times), and lists every event \
            recorded in between. With --in-force-on the figures compared are those in force on that date. --as-known-at, \
            when given, caps --to.
            """,
        arguments: [ArgumentSpec("case", help: "The case reference, e.g. C-1001.")],
        options: CommonOptions.reportOptions(copy: .staff) + [
            OptionSpec("from", valueName: "TIME", help: "The earlier recorded time.", isRequired: true),
            OptionSpec("to", valueName: "TIME", help: "The later recorded time.", isRequired: true),
        ],
        flags: [CommonOptions.largePrint])

    static func run(_ a: ParsedArguments) throws {
        let ledger = try CommonOptions.openLedger(a)
        let view = try CommonOptions.view(a, ledger: ledger)
        guard let from = try CommonOptions.time(a, "from"), var to = try CommonOptions.time(a, "to") else {
            throw a.usageError("give both --from TIME and --to TIME")
        }
        try ledger.check(from, option: "from")
        try ledger.check(to, option: "to")
        if let cap = view.asKnownAt, cap < to { to = cap }
        guard from <= to else { throw AuditError.reversedInterval(from: from, to: to) }
        let history = try ledger.caseHistory(a.positional("case")!)
        let diff = CaseDiff(
            history: history, from: from, to: to, inForceOn: view.inForceOn, copy: CommonOptions.copy(a),
            configuration: try loadConfiguration(ledger, asKnownAt: view.asKnownAt).configuration)
        let report = AuditReport.diff(diff).render(CommonOptions.render(a), integrity: try ledger.integrity(asKnownAt: view.asKnownAt))
        try ReportOutput.write(report, to: a.option("output"))
    }
}
