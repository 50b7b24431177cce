import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("Timelines folded from generated histories")
struct TimelineCurrentTests {
    /// True when `t`'s entries are in effective-date order, then seq, and `hasCurrent` is
    /// `current != nil`.
    static func holds<V>(_ t: EffectiveTimeline<V>) -> Bool {
        let keys = t.entries.map { ($0.effectiveDate, $0.seq) }
        return zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 } && t.hasCurrent == (t.current != nil)
    }

    @Test("given the case after each event, then every timeline is in order and has a current value exactly when current is set",
        arguments: Array(UInt64(1)...40))
    func orderedAndCurrent(seed: UInt64) {
        var g = HistoryGenerator(seed: seed)
        _ = g.run(attempts: 150)
        for (i, s) in g.states.enumerated() {
            #expect(Self.holds(s.allocatedWorker) && Self.holds(s.eligibility) && Self.holds(s.contributions), "seed \(seed), event \(i + 1)")
            #expect(Self.holds(s.personalBudget) && Self.holds(s.planInForce) && Self.holds(s.delivery), "seed \(seed), event \(i + 1)")
        }
    }

    @Test("given generated histories, then some entry was back-dated before another and some timeline ended")
    func coverage() {
        func backDated<V>(_ t: EffectiveTimeline<V>) -> Bool { t.entries.map(\.seq) != t.entries.map(\.seq).sorted() }
        func ended<V>(_ t: EffectiveTimeline<V>) -> Bool { !t.entries.isEmpty && !t.hasCurrent }
        var back = false, end = false
        for seed in UInt64(1)...40 {
            var g = HistoryGenerator(seed: seed)
            let s = CaseState(rebuiltFrom: g.run(attempts: 150))
            back = back || backDated(s.allocatedWorker) || backDated(s.eligibility) || backDated(s.contributions)
                || backDated(s.personalBudget) || backDated(s.planInForce) || backDated(s.delivery)
            end = end || ended(s.contributions) || ended(s.personalBudget) || ended(s.planInForce) || ended(s.delivery)
        }
        #expect(back, "no generated timeline took an entry before another")
        #expect(end, "no generated timeline ended")
    }
}
