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
        "as-known-at", valueName: "TIME", help: "Only what had been recorded by TIME (RFC 3339 UTC, or a date meaning its 00:00 UTC).")
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

    /// The ledger of a case report, verified whole, or checked against `--verification-record`.
    static func openLedger(_ a: ParsedArguments) throws -> AuditLedger {
        let record = a.option("verification-record")
        return try AuditLedger.open(at: try a.requiredOption("ledger"), verification: record.map { .againstRecord($0) } ?? .whole)
    }

    /// The render options given.
    static func render(_ a: ParsedArguments) -> RenderOptions {
        RenderOptions(format: ReportFormat(rawValue: a.option("format") ?? "text") ?? .text, largePrint: a.flag("large-print"))
    }

    /// The copy given.
    static func copy(_ a: ParsedArguments) -> Copy { Copy(rawValue: a.option("copy") ?? "customer") ?? .customer }

    /// A time option, or nil when absent; a usage error when it is not a valid time.
    static func time(_ a: ParsedArguments, _ name: String) throws -> Timestamp? {
        guard let text = a.option(name) else { return nil }
        guard let t = Timestamp(rfc3339: text) else {
            throw a.usageError("--\(name) must be an RFC 3339 UTC time such as 2026-05-01T12:00:00Z, or a date such as 2026-05-01; got '\(text)'")
        }
        return t
    }

    /// The time view given, checked against the ledger (no time before it began).
    static func view(_ a: ParsedArguments, ledger: AuditLedger) throws -> TimeView {
        let known = try time(a, "as-known-at")
        if let known { try ledger.check(known, option: "as-known-at") }
        var date: CalendarDate?
        if let text = a.option("in-force-on") {
            guard let d = CalendarDate(text) else {
                throw a.usageError("--in-force-on must be a date such as 2026-04-01; got '\(text)'")
            }
            date = d
        }
        return TimeView(asKnownAt: known, inForceOn: date)
    }

    /// The case's history, refusing a case that had nothing recorded by `--as-known-at`.
    static func history(_ caseId: String, ledger: AuditLedger, view: TimeView) throws -> CaseHistory {
        let history = try ledger.caseHistory(caseId)
        if let t = view.asKnownAt, let first = history.events.first, first.recordedAt > t {
            throw AuditError.caseNotYetOpened(caseId: caseId, at: t, firstRecordedAt: first.recordedAt)
        }
        return history
    }
}
