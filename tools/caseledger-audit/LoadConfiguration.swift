import CaseAudit
import CaseLedger

/// The configuration the reports use, and where it came from.
///
/// The seam for the configuration stream: until the service layer records the
/// `configurationPublished` event, this returns the built-in defaults below. A later merge points
/// this one function at the configuration stream; nothing else in the audit tool changes.
///
/// Defaults: reviews 6 weeks after a new or changed plan, 6 months after a new direct payment,
/// and at least every 12 months (statutory guidance); no charging rate tables (the audit never
/// recalculates a contribution: each financial assessment records its own figures and the rate
/// table it used).
func loadConfiguration(_ ledger: AuditLedger) -> (configuration: Configuration, source: String) {
    (Configuration(chargingRateTables: [], reviewIntervals: ReviewIntervals()),
     "built-in defaults (the ledger's configuration stream is not read yet)")
}
