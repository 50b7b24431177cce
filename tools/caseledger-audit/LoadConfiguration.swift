import CaseAudit
import CaseLedger
import CaseService

/// The configuration the reports use, and where it came from: the configuration in force at
/// `asKnownAt` (the report's `--as-known-at`; now when not given) in the ledger's `configuration`
/// stream (published with `caseledger config publish`), read through `CaseService`: of those
/// recorded by then, the one in force on that day, so a report as known at a past time uses the
/// figures the council had then.
///
/// When none is published, or the stream cannot be read, the built-in defaults below, and the
/// source says so: reviews 6 weeks after a new or changed plan, 6 months after a new direct
/// payment, and at least every 12 months (statutory guidance); no charging rate tables (the
/// audit never recalculates a contribution: each financial assessment records its own figures
/// and the rate table it used).
func loadConfiguration(_ ledger: AuditLedger, asKnownAt: Timestamp? = nil) throws -> (configuration: Configuration, source: String) {
    let defaults = Configuration(chargingRateTables: [], reviewIntervals: ReviewIntervals())
    // Reading the stream is checked like every read (a ledger that fails its checks gives no
    // report); only a configuration that cannot be decoded falls back to the defaults.
    let stored = try ledger.storedEvents(inStream: Streams.configuration)
    do {
        let all = try CaseService.publishedConfigurations(in: stored, upcaster: ledger.upcaster)
        guard let published = PublishedConfiguration.inForce(at: asKnownAt ?? .now(), among: all) else {
            let when = asKnownAt.map { "in force at \($0.rfc3339)" } ?? "in force now"
            return (defaults, "built-in defaults (no configuration \(when) is published in the ledger)")
        }
        return (published.configuration,
            "the configuration in force from \(published.published.effectiveFrom), published by \(published.actor) at \(published.recordedAt.rfc3339) (seq \(published.seq))")
    } catch {
        return (defaults, "built-in defaults (the ledger's configuration could not be read: \(error.message))")
    }
}
