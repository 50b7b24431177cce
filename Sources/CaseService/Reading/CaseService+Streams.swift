import CaseLedger
import LedgerStore

extension CaseService {
    /// The stored events of `stream`, in order.
    func stored(_ stream: String) throws(ServiceError) -> [StoredEvent] {
        do { return try ledger.events(inStream: stream) } catch { throw .store(error) }
    }

    /// Every event of case `id`, upcast and decoded, in order; only those recorded by
    /// `recordedBy` when given (an event recorded later is not read, so one that cannot be read
    /// does not stop a view of the case as known before it).
    public func caseEvents(_ id: String, recordedBy: Timestamp? = nil) throws(ServiceError) -> [RecordedCaseEvent] {
        let events = try stored(id)
        guard let recordedBy else { return try caseEvents(of: events[...]) }
        return try caseEvents(of: events.prefix { $0.recordedAt <= recordedBy })
    }

    /// The stored events of a case, upcast and decoded, in order.
    func caseEvents(of stored: ArraySlice<StoredEvent>) throws(ServiceError) -> [RecordedCaseEvent] {
        var out: [RecordedCaseEvent] = []
        out.reserveCapacity(stored.count)
        for e in stored { out.append(try CaseService.caseEvent(e, upcaster: upcaster)!) }
        return out
    }

    /// Every event of the staff register, upcast and decoded, in order.
    public func staffEvents() throws(ServiceError) -> [RecordedStaffEvent] {
        var out: [RecordedStaffEvent] = []
        for e in try stored(Streams.staff) {
            out.append(try CaseService.staffEvent(e, upcaster: upcaster))
        }
        return out
    }

    /// A stored event of a case, upcast through `upcaster` and decoded: the one way from storage
    /// to a case event, for `caseEvents(_:)` and for readers that read the stream themselves (the
    /// audit's, from a verified handle or through a verification record). A payload read on a tape
    /// (`StoredEvent.payloadTape`, possibly lent for the call) is decoded from the tape, without
    /// building a JSON value, when `upcaster` has no steps (so none could apply); otherwise the
    /// payload value is upcast and decoded. With `onlyCaseTypes`, nil when the type (upcast) is
    /// not a case event's, instead of the error decoding it gives (for a reader asking whether a
    /// stream is a case at all). Throws `.unreadableEvent` naming the event and the field.
    ///
    /// An event whose parts were erased under an `erasureAuthorised` decision (format version 2:
    /// `StoredEvent.erasedParts`, RFC 6901 JSON Pointers) is read as `CaseEvent.erased`, what
    /// remains of it, never as damage (events/INVARIANTS.md rule 44); `erasedParts`, when given,
    /// stands in for the stored event's own (for readers that build payloads themselves).
    public static func caseEvent(_ e: StoredEvent, upcaster: Upcaster, onlyCaseTypes: Bool = false, erasedParts given: [String]? = nil) throws(ServiceError) -> RecordedCaseEvent? {
        let erasedParts = given ?? e.erasedParts
        let tape = upcaster.isEmpty ? e.payloadTape : nil
        let payload = tape == nil ? try payloadOf(e) : .null
        do throws(PayloadDecodingError) {
            let current = tape == nil
                ? try upcaster.upcastCaseEvent(type: e.type, schema: Int(e.schema), payload: payload)
                : (type: e.type, schema: Int(e.schema), payload: payload)
            // A linear search: asked only by a reader that needs it, of the first event.
            if onlyCaseTypes, !CaseEvent.allTypeNames.contains(current.type) { return nil }
            let event: CaseEvent
            if !erasedParts.isEmpty {
                // issue 17: retention — what remains of an erased event (no upcast: its schema is kept).
                event = try CaseEvent.decode(type: e.type, schema: Int(e.schema), payload: tape?.root.jsonValue ?? payload, erasedParts: erasedParts)
            } else if let tape {
                event = try CaseEvent.decode(type: current.type, schema: current.schema, payload: tape.root)
            } else {
                event = try CaseEvent.decode(type: current.type, schema: current.schema, payload: current.payload)
            }
            return RecordedCaseEvent(seq: e.seq, id: e.id.description, stream: e.stream, recordedAt: e.recordedAt, actor: e.actor, event: event)
        } catch {
            throw .unreadableEvent(stream: e.stream, seq: e.seq, type: e.type, schema: e.schema, error)
        }
    }

    /// A case event of `type` at `schema` with `payload`, upcast through `upcaster` and decoded
    /// exactly as `caseEvent(_:upcaster:onlyCaseTypes:)` reads it once stored: for a writer that
    /// must know, before appending, that every reader will read it (`importHistory`).
    public static func caseEvent(type: String, schema: Int, payload: JSONValue, upcaster: Upcaster) throws(PayloadDecodingError) -> CaseEvent {
        let current = try upcaster.upcastCaseEvent(type: type, schema: schema, payload: payload)
        return try CaseEvent.decode(type: current.type, schema: current.schema, payload: current.payload)
    }

    /// A stored event of the staff register, upcast through `upcaster` and decoded: the one way
    /// from storage to a staff event. Throws `.unreadableEvent` naming the event and the field.
    public static func staffEvent(_ e: StoredEvent, upcaster: Upcaster) throws(ServiceError) -> RecordedStaffEvent {
        let payload = try payloadOf(e)
        do throws(PayloadDecodingError) {
            let current = try upcaster.upcast(type: e.type, schema: Int(e.schema), payload: payload)
            return try RecordedStaffEvent(
                seq: e.seq, id: e.id.description, recordedAt: e.recordedAt, actor: e.actor,
                type: current.type, schema: current.schema, payload: current.payload)
        } catch {
            throw .unreadableEvent(stream: e.stream, seq: e.seq, type: e.type, schema: e.schema, error)
        }
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

    /// The payload of an event read with its payload. (Keys that differ only by Unicode
    /// normalisation are two keys of a `JSONValue`, rule 65, so a sound line always has one.)
    private static func payloadOf(_ e: StoredEvent) throws(ServiceError) -> JSONValue {
        guard let payload = e.payload else {
            throw .unreadableEvent(
                stream: e.stream, seq: e.seq, type: e.type, schema: e.schema,
                PayloadDecodingError(field: "", problem: "its payload was not read"))
        }
        return payload
    }
}
