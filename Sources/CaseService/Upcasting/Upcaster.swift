import CaseLedger

// Keeps events/INVARIANTS.md rule 5: old schemas are upcast when read, never rewritten.
/// Reads stored events of older schemas as the current schema ("upcasting on read"). Stored
/// bytes are never rewritten: the hash chain commits to them. A schema change adds a version
/// (the event's `schema` in the envelope) and registers a step from the old version; readers
/// then see only current payloads.
///
/// Steps chain: (`t`, 1) → (`t`, 2) → (`t`, 3), and a type rename (`old`, 1) → (`new`, 1).
/// `CaseService` runs every event it reads (case, staff register and configuration streams,
/// and the corrected payload inside an `eventCorrected`) through its upcaster before decoding.
public struct Upcaster: Sendable {
    /// The steps, by the (type, schema) they read.
    private var steps: [Key: UpcastStep] = [:]

    private struct Key: Hashable, Sendable {
        let type: String
        let schema: Int
    }

    /// An upcaster with `steps`. Two steps reading the same (type, schema) is a programming
    /// error and traps.
    public init(_ steps: [UpcastStep] = []) {
        for step in steps { register(step) }
    }

    /// The steps this build ships with. Every stored schema of this build is current, so there
    /// are none yet; a step is added here with the schema change that needs it.
    public static let standard = Upcaster()

    /// Adds a step. It must lead somewhere new: a higher schema, or another type.
    public mutating func register(_ step: UpcastStep) {
        precondition(step.toSchema > step.schema || step.toType != step.type, "an upcast step must raise the schema or rename the type")
        let key = Key(type: step.type, schema: step.schema)
        precondition(steps[key] == nil, "two upcast steps read \(step.type) schema \(step.schema)")
        steps[key] = step
    }

    /// True when no step is registered.
    public var isEmpty: Bool { steps.isEmpty }

    /// The event as the current schema: applies steps while one reads the (type, schema) at
    /// hand. Returns the input unchanged when none does. Fails with an error naming the field
    /// when a step cannot read the payload, or when steps go round in a circle.
    public func upcast(type: String, schema: Int, payload: JSONValue) throws(PayloadDecodingError) -> (type: String, schema: Int, payload: JSONValue) {
        var current = (type: type, schema: schema, payload: payload)
        var seen: Set<Key> = []
        while let step = steps[Key(type: current.type, schema: current.schema)] {
            guard seen.insert(Key(type: current.type, schema: current.schema)).inserted else {
                throw PayloadDecodingError(field: "", problem: "the upcast steps from \(type) schema \(schema) go round in a circle")
            }
            current = (step.toType, step.toSchema, try step.transform(current.payload))
        }
        return current
    }

    /// A case event payload upcast, and for an `eventCorrected` the corrected payload inside it
    /// too (its `correctedType`, `correctedSchema` and `corrected` members).
    public func upcastCaseEvent(type: String, schema: Int, payload: JSONValue) throws(PayloadDecodingError) -> (type: String, schema: Int, payload: JSONValue) {
        var event = try upcast(type: type, schema: schema, payload: payload)
        guard event.type == EventCorrected.typeName, !isEmpty, var members = event.payload.objectValue,
            let innerType = members["correctedType"]?.stringValue, let innerSchema = members["correctedSchema"]?.integerValue,
            let inner = members["corrected"]
        else { return event }
        let corrected: (type: String, schema: Int, payload: JSONValue)
        do {
            corrected = try upcast(type: innerType, schema: Int(innerSchema), payload: inner)
        } catch {
            throw PayloadDecodingError(field: error.field.isEmpty ? "corrected" : "corrected.\(error.field)", problem: error.problem)
        }
        members["correctedType"] = .string(corrected.type)
        members["correctedSchema"] = .integer(Int64(corrected.schema))
        members["corrected"] = corrected.payload
        event.payload = .object(members)
        return event
    }
}
