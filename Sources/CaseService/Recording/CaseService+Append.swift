import CaseLedger
import LedgerStore

extension CaseService {
    /// One event to append: its type, schema and payload.
    struct Pending {
        let type: String
        let schema: Int
        let payload: JSONValue
    }

    /// Appends `events` to `stream` as one batch recorded at `now` (the store raises the time to
    /// the previous event's if the clock is behind). The first event expects the stream at
    /// `version`, and each later one the version after the one before: if anyone recorded on the
    /// stream since it was read, the store refuses the whole batch with `version-conflict`. Ids
    /// come from `eventIDs` when the service has one. With a `clockGuard`, a `now` too far after the
    /// last recorded event is refused unless acknowledged (`.store(.clockJump)`).
    func append(_ events: [Pending], to stream: String, actor: String, version: Int64, now: Timestamp) throws(ServiceError) -> [AppendedEvent] {
        try append([(stream, version, events)], actor: actor, now: now)
    }

    /// Appends the events of several streams as one batch (issue 15: a carer link is recorded on
    /// two cases at once): each group's first event expects its stream at the version given, as
    /// `append(_:to:actor:version:now:)` does for one.
    func append(_ groups: [(stream: String, version: Int64, events: [Pending])], actor: String, now: Timestamp) throws(ServiceError) -> [AppendedEvent] {
        var batch: [NewEvent] = []
        var streams: [(String, Pending)] = []
        for group in groups {
            for (i, e) in group.events.enumerated() {
                batch.append(NewEvent(
                    id: eventIDs?(), stream: group.stream, type: e.type, schema: Int64(e.schema), actor: actor, payload: e.payload,
                    expectedVersion: .exactly(group.version + Int64(i))))
                streams.append((group.stream, e))
            }
        }
        do {
            let results = try ledger.append(batch, clock: { now }, clockGuard: clockGuard)
            var out: [AppendedEvent] = []
            for (result, (stream, event)) in zip(results, streams) {
                let stored = try ledger.event(seq: result.seq)
                out.append(AppendedEvent(
                    seq: result.seq, id: result.id.description, stream: stream, type: event.type, recordedAt: stored.recordedAt))
            }
            return out
        } catch {
            throw .store(error)
        }
    }
}
