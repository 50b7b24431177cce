import CaseLedger
import LedgerStore

extension CaseService {
    /// The stored events of `stream`, in order.
    func stored(_ stream: String) throws(ServiceError) -> [StoredEvent] {
        do { return try ledger.events(inStream: stream) } catch { throw .store(error) }
    }

    /// Every event of case `id`, upcast and decoded, in order.
    public func caseEvents(_ id: String) throws(ServiceError) -> [RecordedCaseEvent] {
        var out: [RecordedCaseEvent] = []
        for e in try stored(id) {
            let payload = try payloadOf(e)
            do {
                let current = try upcaster.upcastCaseEvent(type: e.type, schema: Int(e.schema), payload: payload)
                out.append(try RecordedCaseEvent(
                    seq: e.seq, id: e.id.description, stream: e.stream, recordedAt: e.recordedAt, actor: e.actor,
                    type: current.type, schema: current.schema, payload: current.payload))
            } catch {
                throw .unreadableEvent(stream: e.stream, seq: e.seq, type: e.type, schema: e.schema, error)
            }
        }
        return out
    }

    /// Every event of the staff register, upcast and decoded, in order.
    public func staffEvents() throws(ServiceError) -> [RecordedStaffEvent] {
        var out: [RecordedStaffEvent] = []
        for e in try stored(Streams.staff) {
            let payload = try payloadOf(e)
            do {
                let current = try upcaster.upcast(type: e.type, schema: Int(e.schema), payload: payload)
                out.append(try RecordedStaffEvent(
                    seq: e.seq, id: e.id.description, recordedAt: e.recordedAt, actor: e.actor,
                    type: current.type, schema: current.schema, payload: current.payload))
            } catch {
                throw .unreadableEvent(stream: e.stream, seq: e.seq, type: e.type, schema: e.schema, error)
            }
        }
        return out
    }

    /// The staff register as known at `instant` (every event when nil).
    public func staffRegister(asKnownAt instant: Timestamp? = nil) throws(ServiceError) -> StaffRegister {
        let events = try staffEvents()
        guard let instant else { return StaffRegister(events) }
        return StaffRegister(events.filter { $0.recordedAt <= instant })
    }

    /// Every configuration published, upcast and decoded, in order.
    public func publishedConfigurations() throws(ServiceError) -> [PublishedConfiguration] {
        try CaseService.publishedConfigurations(in: try stored(Streams.configuration), upcaster: upcaster)
    }

    /// The configurations published in `events` (the `configuration` stream's), upcast through
    /// `upcaster` and decoded, in order: for a reader that reads the stream itself.
    public static func publishedConfigurations(in events: [StoredEvent], upcaster: Upcaster) throws(ServiceError) -> [PublishedConfiguration] {
        var out: [PublishedConfiguration] = []
        for e in events {
            let payload = try payloadOf(e)
            do throws(PayloadDecodingError) {
                let current = try upcaster.upcast(type: e.type, schema: Int(e.schema), payload: payload)
                guard current.type == ConfigurationPublished.typeName else {
                    throw PayloadDecodingError(field: "", problem: "\"\(current.type)\" is not a known configuration event type")
                }
                guard current.schema == ConfigurationPublished.schemaVersion else {
                    throw PayloadDecodingError(
                        field: "",
                        problem: "schema \(current.schema) of event type \"\(current.type)\" is not supported (this build reads schema \(ConfigurationPublished.schemaVersion))")
                }
                out.append(PublishedConfiguration(
                    seq: e.seq, id: e.id.description, recordedAt: e.recordedAt, actor: e.actor,
                    published: try ConfigurationPublished(json: current.payload, at: "")))
            } catch {
                throw .unreadableEvent(stream: e.stream, seq: e.seq, type: e.type, schema: e.schema, error)
            }
        }
        return out
    }

    /// The configuration in force at decision time `instant` (see
    /// `PublishedConfiguration.inForce(at:among:)`), nil when none is.
    public func configuration(inForceAt instant: Timestamp) throws(ServiceError) -> PublishedConfiguration? {
        PublishedConfiguration.inForce(at: instant, among: try publishedConfigurations())
    }

    /// The payload, or an error for an erased one (a case's events are read whole).
    private func payloadOf(_ e: StoredEvent) throws(ServiceError) -> JSONValue { try CaseService.payloadOf(e) }

    private static func payloadOf(_ e: StoredEvent) throws(ServiceError) -> JSONValue {
        guard let payload = e.payload else {
            throw .unreadableEvent(
                stream: e.stream, seq: e.seq, type: e.type, schema: e.schema,
                PayloadDecodingError(field: "", problem: "its payload was erased"))
        }
        return payload
    }
}
