import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("The 3-part test's outcome alone agrees with the test in full")
struct EligibilityOutcomeTests {
    /// Every assessment of the generated histories, and each with its first `k` outcomes not
    /// achieved and the others achieved (k from none to all), its condition met or not, and for
    /// a carer health at risk or not.
    static func assessments() -> (adults: [NeedsAssessed], carers: [CarersAssessed]) {
        var adults: [NeedsAssessed] = []
        var carers: [CarersAssessed] = []
        for seed in 1...40 {
            var g = HistoryGenerator(seed: UInt64(seed))
            for e in g.run(attempts: 150) {
                switch e.event {
                case .needsAssessed(let a):
                    for k in 0...a.outcomes.count {
                        for condition in [false, true] {
                            var v = a
                            v.needsArisingFromImpairment = condition
                            for i in v.outcomes.indices { v.outcomes[i].achieved = i >= k }
                            adults.append(v)
                        }
                    }
                case .carersAssessed(let a):
                    for k in 0...a.outcomes.count {
                        for (condition, risk) in [(false, false), (true, false), (true, true), (false, true)] {
                            var v = a
                            v.needsArisingFromCaring = condition
                            v.healthAtRisk = risk
                            for i in v.outcomes.indices { v.outcomes[i].achieved = i >= k }
                            carers.append(v)
                        }
                    }
                default: break
                }
            }
        }
        return (adults, carers)
    }

    @Test("given adults' and carers' assessments, when only the outcome is asked, then it is the full test's")
    func sameOutcome() {
        let (adults, carers) = Self.assessments()
        #expect(!adults.isEmpty)
        for a in adults { #expect(EligibilityTest.isEligible(a) == EligibilityTest.evaluate(a).eligible, "\(a.assessmentId)") }
        #expect(adults.contains { EligibilityTest.isEligible($0) } && adults.contains { !EligibilityTest.isEligible($0) })
        for a in carers { #expect(EligibilityTest.isEligible(a) == EligibilityTest.evaluate(a).eligible, "\(a.assessmentId)") }
    }
}
