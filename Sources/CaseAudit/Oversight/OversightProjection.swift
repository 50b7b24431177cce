import CaseLedger
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Every case's caseload facts and compliance findings, as of one point in the ledger (its seq
/// and hash): what `caseload` and `compliance` over the whole ledger are made from, and what a
/// checkpoint saves. Holds per-case results only, never events.
public struct OversightProjection: Hashable, Sendable {
    /// The seq of the last event reflected.
    public var headSeq: Int64
    /// That event's hash (hex).
    public var headHash: String
    /// What it was worked out under.
    public var basis: OversightBasis
    /// Every case's results, by case reference.
    public var cases: [String: CaseOversight]
    /// issue 18: fastload. How the events up to `headSeq` were verified, when the run that
    /// worked it out says so (set by that run before it saves a checkpoint; never by a rebuild).
    public var provenance: CheckpointProvenance?

    /// A projection.
    public init(headSeq: Int64, headHash: String, basis: OversightBasis, cases: [String: CaseOversight]) {
        self.headSeq = headSeq
        self.headHash = headHash
        self.basis = basis
        self.cases = cases
    }

    /// The caseload judged on `on`: deadlines' statuses judged again on that day with the
    /// calendar of `configuration` (the one the deadlines were worked out with), workers' names
    /// from `staff`.
    public func caseload(
        on: CalendarDate, filter: CaseloadFilter, staff: StaffRegister, configuration: Configuration, configurationSource: String
    ) -> Caseload {
        caseload(on: on, filter: filter, staff: staff, configuration: configuration, configurationSource: configurationSource, parts: Self.rowParts)
    }

    // issue 18: fold18
    /// How many parts `caseload` builds its rows in at once: one per core, at most two (the
    /// second core is otherwise idle at that point of a run from a checkpoint).
    static let rowParts = max(1, min(2, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))

    /// `caseload(on:filter:staff:configuration:configurationSource:)` with the cases, by
    /// reference, cut into `parts` runs built at once, one builder each, joined in order: the same
    /// caseload for any number of parts (`CaseloadBuilder.append(_:)`).
    public func caseload(
        on: CalendarDate, filter: CaseloadFilter, staff: StaffRegister, configuration: Configuration, configurationSource: String, parts: Int
    ) -> Caseload {
        let ids = cases.keys.sorted()
        let calendar = DeadlineCalendar(configuration)
        let parts = max(1, min(parts, ids.count))
        let built = ChunkResults<CaseloadBuilder>(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { k in
            var builder = CaseloadBuilder(on: on, view: TimeView(), filter: filter, staff: staff, configuration: configuration)
            for id in ids[ids.count * k / parts..<ids.count * (k + 1) / parts] {
                guard let c = cases[id] else { continue }
                builder.addUnreadable(c.unreadable)
                guard c.isOpen else { continue }
                let judged = c.deadlines.map { d in
                    var j = d
                    j.status = calendar.status(of: d.due, on: on)
                    return j
                }
                builder.add(caseId: id, customerName: c.customerName, stage: c.stage, workerId: c.workerId, deadlines: judged)
            }
            built.put(k, builder)
        }
        var all = CaseloadBuilder(on: on, view: TimeView(), filter: filter, staff: staff, configuration: configuration)
        for builder in built.take() { all.append(builder) }
        return all.build(configurationSource: configurationSource)
    }

    /// The compliance report over every case (or `caseFilter`) and `rules` (all when empty).
    /// Every case's findings must have been worked out (none `findingsPending`: a projection
    /// brought up to date with `OversightRebuild.findingsNeeded`, or rebuilt from scratch).
    public func compliance(caseFilter: String? = nil, rules: [ComplianceRule] = []) -> ComplianceReport {
        // issue 18: fold18. Keeps events/INVARIANTS.md rule 64: a report missing a case's findings would say the case has none.
        precondition(!cases.values.contains { $0.findingsPending }, "compliance from a projection whose findings are pending")
        let ids = cases.keys.sorted()
        return ComplianceReport(
            findings: ids.flatMap { cases[$0]!.findings }, casesChecked: caseFilter.map { [$0] } ?? ids, caseFilter: caseFilter, rules: rules,
            view: TimeView(inForceOn: basis.inForceOn), asOf: basis.asOf)
    }
}
