extension CaseState {
    /// The events a rebuild folds, in recorded order: every event but the corrections, each
    /// corrected one with the event of its latest correction in place (its own seq, id, stream,
    /// recorded time and actor kept). With no correction among `events`, `events` itself.
    public static func effectiveEvents(_ events: [RecordedCaseEvent]) -> [RecordedCaseEvent] {
        guard events.contains(where: { $0.kind == .eventCorrected }) else { return events }
        var latest: [String: CaseEvent] = [:]
        for e in events where e.kind == .eventCorrected {
            if case .eventCorrected(let c) = e.event { latest[c.supersedes] = c.corrected }
        }
        var out: [RecordedCaseEvent] = []
        out.reserveCapacity(events.count)
        for e in events where e.kind != .eventCorrected {
            if let corrected = latest[e.id] {
                var effective = e
                effective.event = corrected
                out.append(effective)
            } else {
                out.append(e)
            }
        }
        return out
    }

    /// Turns a state folded without history into `CaseState(rebuiltFrom: events)`, without folding
    /// again: `self` must be `CaseState()` moved on by `evolveWithoutHistory(_:)` over
    /// `CaseState.effectiveEvents(events)`, in order. Sets what only a rebuild knows: the history,
    /// the case reference from the first event, the recorded time of the last, and which
    /// correction replaced each corrected event.
    public mutating func completeRebuild(from events: [RecordedCaseEvent]) {
        history = events
        caseId = events.first?.stream
        lastRecordedAt = events.last?.recordedAt
        corrections = [:]
        guard events.contains(where: { $0.kind == .eventCorrected }) else { return }
        var latest: [String: String] = [:]
        for e in events where e.kind == .eventCorrected {
            if case .eventCorrected(let c) = e.event { latest[c.supersedes] = e.id }
        }
        // In recorded order, as a rebuild records them.
        for e in events where e.kind != .eventCorrected {
            if let id = latest[e.id] { corrections[e.id] = id }
        }
    }
}
