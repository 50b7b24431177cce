/// Folds one recorded event into the case state. Never fails and never decides: it records what
/// happened, and an event that refers to something unknown changes only what it can.
///
/// A correction refolds the whole history with the corrected event in place of the one it
/// supersedes (the superseded event stays in `history`).
public func evolve(_ state: CaseState, _ recorded: RecordedCaseEvent) -> CaseState {
    if case .eventCorrected = recorded.event {
        return CaseState.replay(state.history + [recorded])
    }
    var s = state
    s.history.append(recorded)
    s.fold(recorded)
    return s
}

extension CaseState {
    /// Folds `events` from scratch, applying every correction in place of the event it
    /// supersedes (the latest correction of an event wins).
    static func replay(_ events: [RecordedCaseEvent]) -> CaseState {
        var latestCorrection: [String: (id: String, corrected: CaseEvent)] = [:]
        for e in events {
            if case .eventCorrected(let c) = e.event { latestCorrection[c.supersedes] = (e.id, c.corrected) }
        }
        var s = CaseState()
        s.history = events
        for e in events {
            if case .eventCorrected = e.event {
                s.caseId = s.caseId ?? e.stream
                s.lastRecordedAt = e.recordedAt
                continue
            }
            var effective = e
            if let c = latestCorrection[e.id] {
                effective.event = c.corrected
                s.corrections[e.id] = c.id
            }
            s.fold(effective)
            s.lastRecordedAt = e.recordedAt
        }
        if let last = events.last { s.lastRecordedAt = last.recordedAt }
        return s
    }

    /// An entry of a timeline from `e` with `value`.
    func dated<V>(_ e: RecordedCaseEvent, _ value: V?) -> Dated<V> {
        Dated(effectiveDate: e.effectiveDate, seq: e.seq, eventId: e.id, recordedAt: e.recordedAt,
            actor: e.actor, value: value)
    }
}
