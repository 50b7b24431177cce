import CaseLedger

/// The configuration in force at any decision time among a ledger's publications, worked out
/// once, so that judging a million events looks each one up instead of filtering every
/// publication again.
///
/// Guarantee: `configuration(at: t)` is `PublishedConfiguration.inForce(at: t, among:
/// publications)?.configuration` for every `t`. A publication counts from the later of its
/// recorded time and the start (00:00 UTC) of its `effectiveFrom` day, so the answer changes
/// only at those instants; between them it is kept, worked out once.
public struct ConfigurationTimeline: Sendable {
    /// The instants the answer changes at, in time order (one per publication).
    private let changes: [Timestamp]
    /// `inForce[k]`: the configuration in force from `changes[k]` until the next change.
    private let inForce: [Configuration]

    /// The timeline of `publications` (a ledger's, in any order).
    public init(_ publications: [PublishedConfiguration]) {
        let ordered = publications
            .map { (counts: max($0.recordedAt, $0.published.effectiveFrom.startOfDay), publication: $0) }
            .sorted { $0.counts < $1.counts }
        var best: PublishedConfiguration?
        var changes: [Timestamp] = [], inForce: [Configuration] = []
        for (counts, p) in ordered {
            if best.map({ ($0.published.effectiveFrom, $0.seq) < (p.published.effectiveFrom, p.seq) }) ?? true { best = p }
            changes.append(counts)
            inForce.append(best!.configuration)
        }
        self.changes = changes
        self.inForce = inForce
    }

    /// The configuration in force at decision time `instant`; nil when none is.
    public func configuration(at instant: Timestamp) -> Configuration? {
        var low = 0, high = changes.count
        while low < high {
            let mid = (low + high) / 2
            if changes[mid] <= instant { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : inForce[low - 1]
    }
}
