extension CaseState {
    /// The events a rebuild folds, in recorded order: every event but the corrections, each
    /// corrected one with the event of its latest correction in place (its own seq, id, stream,
    /// recorded time and actor kept). With no correction among `events`, `events` itself.
    public static func effectiveEvents(_ events: [RecordedCaseEvent]) -> [RecordedCaseEvent] {
        guard events.contains(where: { $0.kind == .eventCorrected }) else { return events }
        let superseded = supersededEvents(events)
        var out: [RecordedCaseEvent] = []
        out.reserveCapacity(events.count)
        var next = 0
        for i in events.indices where events[i].kind != .eventCorrected {
            if next < superseded.count, superseded[next].event == i, case .eventCorrected(let c) = events[superseded[next].correction].event {
                var effective = events[i]
                effective.event = c.corrected
                out.append(effective)
                next += 1
            } else {
                out.append(events[i])
            }
        }
        return out
    }

    /// Each event (not itself a correction) that a correction supersedes, with its latest
    /// correction (the last recorded of those naming it), as indices into `events`, in recorded
    /// order. A case's few corrections are matched by comparing ids, many through a dictionary.
    static func supersededEvents(_ events: [RecordedCaseEvent]) -> [(event: Int, correction: Int)] {
        var named: [(id: String, correction: Int)] = []
        for i in events.indices where events[i].kind == .eventCorrected {
            if case .eventCorrected(let c) = events[i].event { named.append((c.supersedes, i)) }
        }
        guard !named.isEmpty else { return [] }
        var out: [(event: Int, correction: Int)] = []
        if named.count <= 4 {
            for i in events.indices where events[i].kind != .eventCorrected {
                if let latest = named.last(where: { $0.id == events[i].id }) { out.append((i, latest.correction)) }
            }
        } else {
            let latest = Dictionary(named.map { ($0.id, $0.correction) }, uniquingKeysWith: { _, later in later })
            for i in events.indices where events[i].kind != .eventCorrected {
                if let c = latest[events[i].id] { out.append((i, c)) }
            }
        }
        return out
    }

    /// Turns a state folded over the effective events into `CaseState(rebuiltFrom: events)`,
    /// without folding again: `self` must be `CaseState()` moved on by `evolve(_:)` over
    /// `CaseState.effectiveEvents(events)`, in order (as the compliance walk does). Sets what only a
    /// rebuild knows: the history as recorded (corrections included), the case reference from the
    /// first event, the recorded time of the last, and which correction replaced each corrected
    /// event.
    public mutating func completeRebuild(from events: [RecordedCaseEvent]) {
        history = events
        caseId = events.first?.stream
        lastRecordedAt = events.last?.recordedAt
        corrections = [:]
        guard events.contains(where: { $0.kind == .eventCorrected }) else { return }
        // In recorded order, as a rebuild records them.
        for (event, correction) in CaseState.supersededEvents(events) { corrections[events[event].id] = events[correction].id }
    }
}
