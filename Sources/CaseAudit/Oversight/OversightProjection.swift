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
    /// brought up to date with `OversightRebuild.findingsNeeded`, or rebuilt from scratch);
    /// otherwise throws `FindingsPending`, naming the cases, and makes no report.
    public func compliance(caseFilter: String? = nil, rules: [ComplianceRule] = []) throws(FindingsPending) -> ComplianceReport {
        // issue 18: fold18. Keeps events/INVARIANTS.md rule 64: a report missing a case's findings would say the case has none.
        let ids = cases.keys.sorted()
        let pending = ids.filter { cases[$0]!.findingsPending }
        if !pending.isEmpty { throw FindingsPending(cases: pending, headSeq: headSeq) }
        return ComplianceReport(
            findings: ids.flatMap { cases[$0]!.findings }, casesChecked: caseFilter.map { [$0] } ?? ids, caseFilter: caseFilter, rules: rules,
            view: TimeView(inForceOn: basis.inForceOn), asOf: basis.asOf)
    }
}

// issue 16: tidy16
/// A compliance report was asked of an oversight projection holding cases whose findings a
/// `caseload` run left pending (events/INVARIANTS.md rule 64): the report would say those cases
/// have no findings. Every path that reports works pending cases out first
/// (`OversightRebuild.findingsNeeded`), so this is a fault of the program, never of the ledger.
public struct FindingsPending: Error, Hashable, Sendable, CustomStringConvertible {
    /// The cases whose findings were not worked out, by reference.
    public var cases: [String]
    /// The seq the projection reflects.
    public var headSeq: Int64

    /// `cases` of a projection at `headSeq` have findings pending.
    public init(cases: [String], headSeq: Int64) {
        self.cases = cases
        self.headSeq = headSeq
    }

    /// `findings-pending`.
    public var code: String { "findings-pending" }

    /// One line for the person who must act.
    public var message: String {
        let some = cases.prefix(5).joined(separator: ", ") + (cases.count > 5 ? " and \(cases.count - 5) more" : "")
        return "no compliance report is made: the oversight projection at seq \(headSeq) holds \(cases.count) case\(cases.count == 1 ? "" : "s") "
            + "whose findings a caseload run left to be worked out (\(some)), and a report would say \(cases.count == 1 ? "it has" : "they have") none. "
            + "The ledger is not at fault: run compliance again without --checkpoint (or remove the checkpoint file), and report this fault in caseledger-audit"
    }

    /// The message.
    public var description: String { message }
}
