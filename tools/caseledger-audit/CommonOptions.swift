import CaseAudit
import CaseLedger
import CLIKit

/// The options every report command shares, and how to read them.
enum CommonOptions {
    static let ledger = OptionSpec(
        "ledger", valueName: "DIR", help: "The ledger directory (opened read-only).", environment: "CASELEDGER_LEDGER",
        isRequired: true)
    static let format = OptionSpec(
        "format", short: "f", valueName: "FORMAT", help: "text for the terminal, md, html (one self-contained file), json or csv.",
        allowedValues: ReportFormat.allCases.map(\.rawValue), defaultValue: "text")
    static let output = OptionSpec("output", short: "o", valueName: "FILE", help: "Write the report to FILE instead of standard output.")
    static let asKnownAt = OptionSpec(
        "as-known-at", valueName: "TIME", help: "Only what had been recorded by TIME: \(UKTime.timeHelp).")
    static let inForceOn = OptionSpec(
        "in-force-on", valueName: "DATE", help: "What applied on DATE (YYYY-MM-DD), with decisions recorded later and back-dated.")
    static func copy(default value: Copy) -> OptionSpec {
        OptionSpec(
            "copy", valueName: "WHOSE", help: "customer: plain language, third-party information withheld and marked; staff: everything.",
            allowedValues: Copy.allCases.map(\.rawValue), defaultValue: value.rawValue)
    }
    static let verificationRecord = OptionSpec(
        "verification-record", valueName: "FILE",
        help: "Check what the report reads against the verification record FILE (written by 'verify --verification-record FILE') "
            + "and verify only the events recorded since, instead of verifying the whole ledger.")
    static let largePrint = FlagSpec("large-print", help: "Large print (HTML): a larger type size for reading and printing.")

    /// The options of a case report, with `copy` defaulting to `defaultCopy`.
    static func reportOptions(copy defaultCopy: Copy) -> [OptionSpec] {
        [ledger, format, output, copy(default: defaultCopy), asKnownAt, inForceOn, verificationRecord]
    }

    /// The format and print size given (`--format`, `--large-print`).
    static func render(_ a: ParsedArguments) throws(UsageError) -> RenderOptions {
        // issue 18: panel — `easy-read` (allowed only where a command declares it) is an HTML page.
        RenderOptions(
            format: a.option("format") == easyRead ? .html : try a.option("format", as: ReportFormat.self) ?? .text,
            largePrint: a.flag("large-print"), madeOn: CalendarDate(Timestamp.now()),
            // issue 18: scripts — the terminal's width, or $COLUMNS; 100 into a file (-o) or a pipe.
            textWidth: TerminalWidth.current(toFile: a.option("output").map { $0 != "-" } ?? false))
    }

    // issue 18: panel
    /// The format value of the Easy Read page (`trail --format easy-read`).
    static let easyRead = "easy-read"
    /// `--format` of a report that also has an Easy Read page.
    static let formatWithEasyRead = OptionSpec(
        "format", short: "f", valueName: "FORMAT",
        help: "text for the terminal, md, html (one self-contained file), json, csv, or easy-read (the Easy Read summary for the person, as an HTML page).",
        allowedValues: ReportFormat.allCases.map(\.rawValue) + [easyRead], defaultValue: "text")

    /// A time option, or nil when absent: an RFC 3339 UTC time, or a date meaning the end of that
    /// day in UK time (`UKTime.instant`, the one meaning both tools give it); a usage error when
    /// it is neither.
    static func time(_ a: ParsedArguments, _ name: String) throws(UsageError) -> Timestamp? {
        try a.option(name, as: UKTime.timeHelp) { text throws(UsageError) in UKTime.instant(text) }
    }

    /// A date option, or nil when absent; a usage error when it is not a date.
    static func date(_ a: ParsedArguments, _ name: String) throws(UsageError) -> CalendarDate? {
        try a.option(name, as: "a date such as 2026-04-01") { text throws(UsageError) in CalendarDate(text) }
    }
}

/// Where a report is read from and goes to, and how it looks: `--ledger`, `--format`,
/// `--large-print` and `-o`, which every report command takes.
struct ReportTarget {
    /// The ledger directory.
    var ledger: String
    /// The format and print size.
    var render: RenderOptions
    /// The file to write the report to; standard output when nil.
    var output: String?
    /// True for `--format easy-read` (issue 18: panel).
    var easyRead: Bool

    /// Reads `--ledger`, `--format`, `--large-print` and `-o`.
    init(_ a: ParsedArguments) throws(UsageError) {
        ledger = try a.requiredOption("ledger")
        render = try CommonOptions.render(a)
        output = a.option("output")
        easyRead = a.option("format") == CommonOptions.easyRead
    }

    /// Writes the finished report where `-o` says.
    func write(_ report: String) throws {
        try ReportOutput.write(report, to: output)
    }
}

/// `--as-known-at TIME` and `--in-force-on DATE`, read but not yet checked against a ledger.
struct TimeOptions {
    /// Only what had been recorded by then.
    var asKnownAt: Timestamp?
    /// What applied on that date.
    var inForceOn: CalendarDate?

    /// Reads `--as-known-at` and, when the command declares it, `--in-force-on`.
    init(_ a: ParsedArguments) throws(UsageError) {
        asKnownAt = try CommonOptions.time(a, "as-known-at")
        inForceOn = a.declares(option: "in-force-on") ? try CommonOptions.date(a, "in-force-on") : nil
    }

    /// The time view, checked against the ledger (no time before it began).
    func view(checkedAgainst ledger: AuditLedger) throws -> TimeView {
        if let asKnownAt { try ledger.check(asKnownAt, option: "as-known-at") }
        return TimeView(asKnownAt: asKnownAt, inForceOn: inForceOn)
    }
}

/// The options of a report on one case (`trail`, `explain`, `diff`, `panel-pack`): the case, the
/// target, the point in time, the copy, and the verification record to check reads against.
struct CaseReportOptions: CommandOptions {
    /// The case reference.
    var caseId: String
    /// Ledger, format and output.
    var target: ReportTarget
    /// `--as-known-at` and `--in-force-on`.
    var time: TimeOptions
    /// Whose copy (`panel-pack`, a staff document, declares none: staff).
    var copy: Copy
    /// The verification record to check reads against, instead of verifying the whole ledger.
    var verificationRecord: String?
    /// `trail --evidence DIR`: the folder to write the case's evidence into.
    var evidence: String?

    /// Reads the case argument and the options every case report shares.
    init(_ a: ParsedArguments) throws(UsageError) {
        caseId = a.positional("case")!
        target = try ReportTarget(a)
        time = try TimeOptions(a)
        copy = a.declares(option: "copy") ? try a.option("copy", as: Copy.self) ?? .customer : .staff
        verificationRecord = a.option("verification-record")
        evidence = a.declares(option: "evidence") ? a.option("evidence") : nil
    }

    /// No file written inside the ledger (the evidence folder checked as itself, when it exists,
    /// and by where it would be made).
    func validate() throws(ValidationError) {
        // issue 18: panel
        if target.easyRead, evidence != nil {
            throw ValidationError("--format easy-read cannot be given with --evidence: the evidence folder holds the full trail; choose text, md, html, json or csv")
        }
        try OutsideLedger.check(
            ledger: target.ledger, writing: ["output": target.output, "evidence": evidence.map { $0 + "/" + EvidenceFolder.readme }],
            directories: ["evidence": evidence])
    }

    /// The ledger, verified whole, or checked against `--verification-record`.
    func openLedger() throws -> AuditLedger {
        try AuditLedger.open(at: target.ledger, verification: verificationRecord.map { .againstRecord($0) } ?? .whole)
    }
}

