import CaseLedger

/// How `caseload` and `compliance` are worked out over a ledger: from the oversight projection
/// (`OversightRebuild`, which may be saved as a checkpoint and read back), or by replaying case
/// histories as known at a time.
public enum OversightMethod: Hashable, Sendable {
    /// The oversight projection of the whole ledger as it stands, from a checkpoint when one is given.
    case projection
    /// Each case's history replayed, as known at `--as-known-at` (or one case's, for `compliance --case`).
    case replay

    /// The caseload's: the projection of the ledger as it stands, or replay as known at a time (the
    /// projection reflects only the ledger's head).
    public static func caseload(asKnownAt: Timestamp?) -> OversightMethod {
        asKnownAt == nil ? .projection : .replay
    }

    /// Compliance's: the projection of the ledger as it stands; replay as known at a time, and for
    /// one case (reading one case's history is cheaper than the whole ledger) unless a checkpoint
    /// is given, which holds every case's findings already.
    public static func compliance(asKnownAt: Timestamp?, caseId: String?, checkpoint: Bool) -> OversightMethod {
        asKnownAt == nil && (caseId == nil || checkpoint) ? .projection : .replay
    }

    /// Why a checkpoint cannot be used as known at `asKnownAt`, or nil when it can: a checkpoint
    /// reflects the whole ledger as it stands, never the ledger as known at a time.
    public static func checkpointRefusal(asKnownAt: Timestamp?) -> String? {
        asKnownAt == nil ? nil : "--checkpoint reflects the whole ledger as it stands: not with --as-known-at"
    }
}
