import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("A state folded over the effective events, completed, equals the state rebuilt from scratch")
struct CompleteRebuildTests {
    static let seeds: [UInt64] = Array(1...40)

    /// `CaseState()` moved on by `evolve` over `events`, in order (as the compliance walk folds).
    static func foldedByEvolve(_ events: [RecordedCaseEvent]) -> CaseState {
        var s = CaseState()
        for e in events { s.evolve(e) }
        return s
    }

    @Test("given a generated history, when its effective events are folded by evolve and completed, then it is the rebuilt state",
        arguments: seeds)
    func completedEqualsRebuilt(seed: UInt64) {
        var g = HistoryGenerator(seed: seed)
        let history = g.run(attempts: 150)
        var s = Self.foldedByEvolve(CaseState.effectiveEvents(history))
        s.completeRebuild(from: history)
        #expect(s == CaseState(rebuiltFrom: history), "seed \(seed)")
    }

    @Test("given generated histories, then some hold corrections, so the corrected path is checked")
    func someHistoriesAreCorrected() {
        let corrected = Self.seeds.filter { seed in
            var g = HistoryGenerator(seed: seed)
            return g.run(attempts: 150).contains { $0.kind == .eventCorrected }
        }
        #expect(corrected.count >= 3, "only seeds \(corrected) record corrections")
    }

    @Test("given a history with no correction, then its effective events are its events")
    func uncorrectedEventsAreTheirOwn() {
        var g = HistoryGenerator(seed: 3)
        let history = g.run(attempts: 150).filter { $0.kind != .eventCorrected }
        #expect(CaseState.effectiveEvents(history) == history)
    }

    @Test("given a corrected event, then its effective event is the latest correction's, keeping its own envelope")
    func latestCorrectionWins() throws {
        let history = try #require((1...40).lazy.map { seed -> [RecordedCaseEvent] in
            var g = HistoryGenerator(seed: UInt64(seed))
            return g.run(attempts: 150)
        }.first { $0.contains { $0.kind == .eventCorrected } })
        let effective = CaseState.effectiveEvents(history)
        #expect(effective.count == history.filter { $0.kind != .eventCorrected }.count)
        #expect(!effective.contains { $0.kind == .eventCorrected })
        var latest: [String: CaseEvent] = [:]
        for e in history { if case .eventCorrected(let c) = e.event { latest[c.supersedes] = c.corrected } }
        for e in effective {
            let original = try #require(history.first { $0.id == e.id })
            #expect((e.seq, e.stream, e.recordedAt, e.actor) == (original.seq, original.stream, original.recordedAt, original.actor))
            #expect(e.event == latest[e.id] ?? original.event)
        }
    }

    @Test("given no events, when completed, then it is the state of a case with no events")
    func emptyHistory() {
        var s = CaseState()
        s.completeRebuild(from: [])
        #expect(s == CaseState(rebuiltFrom: []))
        #expect(CaseState.effectiveEvents([]).isEmpty)
    }

    @Test("given a history of corrections only, when completed, then it is the rebuilt state")
    func correctionsOnly() throws {
        let corrections = (1...40).flatMap { seed -> [RecordedCaseEvent] in
            var h = HistoryGenerator(seed: UInt64(seed))
            return h.run(attempts: 150).filter { $0.kind == .eventCorrected }
        }
        try #require(!corrections.isEmpty)
        var s = Self.foldedByEvolve(CaseState.effectiveEvents(corrections))
        s.completeRebuild(from: corrections)
        #expect(s == CaseState(rebuiltFrom: corrections))
    }

    @Test("given a history with many corrections, some of one event and some of none, when completed, then it is the rebuilt state",
        arguments: [2, 5, 9])
    func manyCorrections(count: Int) throws {
        var g = HistoryGenerator(seed: 11)
        var history = g.run(attempts: 150).filter { $0.kind != .eventCorrected }
        let originals = Array(history.prefix(count))
        let last = try #require(history.last)
        func correction(of id: String, _ event: CaseEvent, days: Int) -> RecordedCaseEvent {
            let moved = event.replacingMetadata(DecisionMetadata(actingRole: event.metadata.actingRole, effectiveDate: event.effectiveDate.adding(days: days)))
            let c = EventCorrected(metadata: DecisionMetadata(actingRole: event.metadata.actingRole, effectiveDate: last.effectiveDate),
                supersedes: id, corrected: moved)
            return RecordedCaseEvent(seq: last.seq + Int64(history.count), id: "correction-\(history.count)", stream: last.stream,
                recordedAt: last.recordedAt, actor: last.actor, event: .eventCorrected(c))
        }
        for e in originals { history.append(correction(of: e.id, e.event, days: -1)) }
        history.append(correction(of: originals[0].id, originals[0].event, days: -2))
        history.append(correction(of: "no-such-event", originals[1].event, days: -3))
        var s = Self.foldedByEvolve(CaseState.effectiveEvents(history))
        s.completeRebuild(from: history)
        let rebuilt = CaseState(rebuiltFrom: history)
        #expect(s == rebuilt)
        #expect(rebuilt.corrections.count == count)
        #expect(CaseState.effectiveEvents(history).first?.effectiveDate == originals[0].effectiveDate.adding(days: -2))
    }
}

