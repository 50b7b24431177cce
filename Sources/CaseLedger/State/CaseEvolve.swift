/// Folds one recorded event into the case state. Never fails and never decides: it records what
/// happened, and an event that refers to something unknown changes only what it can.
///
/// A correction refolds the whole history with the corrected event in place of the one it
/// supersedes (the superseded event stays in `history`).
public func evolve(_ state: CaseState, _ recorded: RecordedCaseEvent) -> CaseState {
    var s = state
    s.evolve(recorded)
    return s
}

extension CaseState {
    /// Folds one recorded event into this state in place: `self` becomes `evolve(self, recorded)`,
    /// without copying the case first (for a caller folding many events into one state). The one
    /// way a case is folded (INVARIANTS.md rule 8): a rebuild, the audit's replay and the
    /// compliance walk all come here, and `fold(_:)` applies the facts. The event is taken
    /// `consuming`: a caller that gives it up (`evolve(consume e)`) moves it into `history`
    /// without a retain of its strings and payload.
    public mutating func evolve(_ recorded: consuming RecordedCaseEvent) {
        if recorded.kind == .eventCorrected {
            self = CaseState.replay(history + [recorded])
            return
        }
        fold(recorded)
        history.append(recorded)
    }

    /// Makes room in `history` for `count` events in all, so that folding a case's known events
    /// one by one (as the compliance walk does) grows it once, not by doubling. Changes no fact.
    public mutating func reserveHistory(_ count: Int) {
        history.reserveCapacity(count)
    }

    /// Folds `events` from scratch, applying every correction in place of the event it
    /// supersedes (the latest correction of an event wins).
    static func replay(_ events: [RecordedCaseEvent]) -> CaseState {
        var latestCorrection: [String: (id: String, corrected: CaseEvent)] = [:]
        for e in events where e.kind == .eventCorrected {
            if case .eventCorrected(let c) = e.event { latestCorrection[c.supersedes] = (e.id, c.corrected) }
        }
        var s = CaseState()
        s.history = events
        for e in events {
            if e.kind == .eventCorrected {
                s.caseId = s.caseId ?? e.stream
                s.lastRecordedAt = e.recordedAt
                continue
            }
            if !latestCorrection.isEmpty, let c = latestCorrection[e.id] {
                var effective = e
                effective.event = c.corrected
                s.corrections[e.id] = c.id
                s.fold(effective)
            } else {
                s.fold(e)
            }
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
