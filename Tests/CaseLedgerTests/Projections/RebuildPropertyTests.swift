import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("State rebuilt from scratch equals state built event by event")
struct RebuildPropertyTests {
    static let seeds: [UInt64] = Array(1...40)

    @Test("over generated histories", arguments: seeds)
    func rebuildEqualsIncremental(seed: UInt64) throws {
        var g = HistoryGenerator(seed: seed)
        let history = g.run(attempts: 150)
        #expect(history.count >= 10, "seed \(seed) recorded only \(history.count) events")
        let rebuilt = CaseState(rebuiltFrom: history)
        #expect(rebuilt == g.c.state, "seed \(seed)")
        #expect(rebuilt.summary(TestConfiguration.standard) == g.c.state.summary(TestConfiguration.standard))
    }

    @Test("as known at any recorded time equals the state built up to then", arguments: seeds)
    func asKnownAtEqualsPrefix(seed: UInt64) throws {
        var g = HistoryGenerator(seed: seed)
        let history = g.run(attempts: 150)
        let full = CaseState(rebuiltFrom: history)
        for i in stride(from: 0, to: history.count, by: max(1, history.count / 12)) {
            let t = history[i].recordedAt
            // Every event of one decision shares its recorded time; take the last such event.
            let last = history.lastIndex { $0.recordedAt <= t }!
            #expect(full.asKnownAt(t) == g.states[last], "seed \(seed), cut at event \(last + 1)")
        }
    }

    @Test("every generated event survives its stored form, and replays from it", arguments: seeds)
    func storedFormReplays(seed: UInt64) throws {
        var g = HistoryGenerator(seed: seed)
        let history = g.run(attempts: 150)
        let decoded = try history.map { r in
            try RecordedCaseEvent(seq: r.seq, id: r.id, stream: r.stream, recordedAt: r.recordedAt, actor: r.actor,
                type: r.event.typeName, schema: r.event.schemaVersion, payload: r.event.payload)
        }
        #expect(decoded == history)
        #expect(decoded.reduce(CaseState(), evolve) == g.c.state)
    }

    @Test("generated histories reach every stage and record corrections")
    func coverage() {
        var stages: Set<Stage> = []
        var types: Set<String> = []
        // Seed 174 reaches delivery with no review open: the first 40 reached it only through
        // services left in force by a closure and a reopening, which closing for a move or a
        // death now ends (ClosureRules.swift).
        for seed in Self.seeds + [174] {
            var g = HistoryGenerator(seed: seed)
            for e in g.run(attempts: 150) { types.insert(e.event.typeName) }
            for s in g.states { stages.insert(s.stage) }
        }
        #expect(stages == Set(Stage.allCases), "stages reached: \(stages)")
        for t in ["planSignedOff", "deliveryArranged", "eventCorrected", "withdrawalDecided", "riskEnablementPanelDecided"] {
            #expect(types.contains(t), "no generated history recorded \(t)")
        }
    }
}
