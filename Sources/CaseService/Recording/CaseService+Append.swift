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
        let batch = events.enumerated().map { i, e in
            NewEvent(
                id: eventIDs?(), stream: stream, type: e.type, schema: Int64(e.schema), actor: actor, payload: e.payload,
                expectedVersion: .exactly(version + Int64(i)))
        }
        do {
            let results = try ledger.append(batch, clock: { now }, clockGuard: clockGuard)
            var out: [AppendedEvent] = []
            for (result, event) in zip(results, events) {
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
