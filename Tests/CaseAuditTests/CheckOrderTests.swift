import CaseLedger
import CaseLedgerTestSupport
import Testing

@testable import CaseAudit

@Suite("Every rule run in one walk finds what each finds alone, in check order")
struct CheckOrderTests {
    @Test("given a generated history, when every rule is run together, then the findings are each check's in catalogue order",
        arguments: Array(UInt64(1)...40))
    func sameAsOneByOne(seed: UInt64) {
        var g = HistoryGenerator(seed: seed)
        let events = CaseState.effectiveEvents(g.run(attempts: 150))
        // Years later: every review and reply still missing counts as missed.
        for asOf in [day("2026-06-01"), day("2031-01-01")] {
            let input = ComplianceInput(caseId: "C-1", events: events, staffEvents: [], asOf: asOf, configuration: { _ in TestConfiguration.standard })
            let checks = ComplianceCheck.catalogue
            let together = ComplianceCheck.findings(of: PreparedChecks(checks), in: input).findings
            #expect(together == checks.flatMap { $0.check(input) }, "seed \(seed), as of \(asOf)")
            let reversed = Array(checks.reversed())
            #expect(ComplianceCheck.findings(of: PreparedChecks(reversed), in: input).findings == reversed.flatMap { $0.check(input) }, "seed \(seed)")
        }
    }

    @Test("given generated histories, then some have findings of several checks out of check order as found")
    func coverage() {
        var mixed = false
        for seed in UInt64(1)...40 {
            var g = HistoryGenerator(seed: seed)
            let input = ComplianceInput(
                caseId: "C-1", events: CaseState.effectiveEvents(g.run(attempts: 150)), staffEvents: [], asOf: day("2031-01-01"),
                configuration: { _ in TestConfiguration.standard })
            let rules = Set(ComplianceCheck.findings(of: PreparedChecks(ComplianceCheck.catalogue.reversed()), in: input).findings.map(\.rule))
            mixed = mixed || rules.count >= 2
        }
        #expect(mixed)
    }
}
