import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

extension TestCase {
    /// The caseload of this one case judged on `today`, worked out both ways `caseledger-audit
    /// caseload` does: folded from the events (`CaseloadBuilder`), and from the oversight
    /// projection's facts worked out on `computedOn` (as a checkpoint made that day holds them)
    /// and judged again on `today`. The test fails when the two differ.
    func caseload(
        on today: String, computedOn: String? = nil, filter: CaseloadFilter = CaseloadFilter(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Caseload {
        let configuration = configuration
        var builder = CaseloadBuilder(on: day(today), view: TimeView(), filter: filter, staff: staff, configuration: configuration)
        builder.add(caseId: stream, events: recorded)
        let folded = builder.build(configurationSource: "test")
        let facts = CaseOversight(
            caseId: stream, events: recorded, staff: StaffTimeline([]), deadlines: CaseDeadlines(configuration: configuration),
            asOf: day(computedOn ?? today), inForceOn: nil, configuration: { _ in configuration })
        let basis = OversightBasis(asOf: day(computedOn ?? today), inForceOn: nil, staffVersion: 0, configurationVersion: 0, deadlineConfigurationSeq: 0)
        let projection = OversightProjection(headSeq: Int64(recorded.count), headHash: "", basis: basis, cases: [stream: facts])
        let judged = projection.caseload(on: day(today), filter: filter, staff: staff, configuration: configuration, configurationSource: "test")
        #expect(judged == folded, "the projection's caseload differs from the fold's", sourceLocation: sourceLocation)
        return folded
    }

    /// The deadlines of `kind` in this case's caseload row judged on `today` (none when the case
    /// has no row), as `caseload(on:computedOn:filter:)` works them out.
    func due(
        _ kind: DeadlineKind, on today: String, computedOn: String? = nil, filter: CaseloadFilter = CaseloadFilter(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> [Deadline] {
        let rows = caseload(on: today, computedOn: computedOn, filter: filter, sourceLocation: sourceLocation).rows
        return rows.flatMap(\.deadlines).filter { $0.kind == kind }
    }
}
