import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("The compliance walk folds the case once for the caseload too")
struct FoldedOnceTests {
    static let seeds: [UInt64] = Array(1...40)
    static let asOf = day("2027-06-01")

    @Test("given a generated history, when the rules walk its effective events, then the walk's case completed is the rebuilt case",
        arguments: seeds)
    func walkFoldsAsARebuild(seed: UInt64) {
        var g = HistoryGenerator(seed: seed)
        let history = g.run(attempts: 150)
        let input = ComplianceInput(
            caseId: "C-1", events: CaseState.effectiveEvents(history), staffEvents: [], asOf: Self.asOf,
            configuration: { _ in TestConfiguration.standard })
        var steps = 0
        var walked = input.walk { _ in steps += 1 }
        walked.completeRebuild(from: history)
        #expect(steps == input.events.count)
        #expect(walked == CaseState(rebuiltFrom: history), "seed \(seed)")
    }

    @Test("given no events, when walked, then the walk's case is the case with no events")
    func emptyWalk() {
        let input = ComplianceInput(caseId: "C-1", events: [], staffEvents: [], asOf: Self.asOf, configuration: { _ in TestConfiguration.standard })
        #expect(input.walk { _ in Issue.record("no step expected") } == CaseState())
    }

    @Test("given a generated history, then its oversight from the walk's fold equals the one from a separate rebuild", arguments: seeds)
    func oversightSameEitherWay(seed: UInt64) {
        var g = HistoryGenerator(seed: seed)
        let history = g.run(attempts: 150)
        let deadlines = CaseDeadlines(configuration: TestConfiguration.standard)
        func oversight(inForceOn: CalendarDate?) -> CaseOversight {
            CaseOversight(
                caseId: "C-1", events: history, staff: StaffTimeline([]), deadlines: deadlines, asOf: Self.asOf, inForceOn: inForceOn,
                configuration: { _ in TestConfiguration.standard })
        }
        // In force on a day after every event: every event is seen, but the case is rebuilt apart.
        #expect(oversight(inForceOn: nil) == oversight(inForceOn: day("2100-01-01")), "seed \(seed)")
    }
}
