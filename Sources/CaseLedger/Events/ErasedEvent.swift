// issue 17: retention
import LedgerJSON

// Keeps events/INVARIANTS.md rule 44: an erased event reads as erased, never as damage.
/// A case event whose personal content was erased under an `erasureAuthorised` decision, as a
/// reader finds it: the members named by the erasure are absent from its payload. What remains is
/// the record that a decision of this type was made: its stored type, the role it was recorded
/// under and its effective date (with the envelope's actor and recorded time), and every member
/// the erasure left. Readers show it as erased, never as damage; `evolve` keeps it in the history
/// and folds nothing from it.
public struct ErasedEvent: CaseEventPayload {
    /// Not a stored type: an erased event keeps its own (`originalType`).
    public static let typeName = "erased"
    /// Not a stored schema: an erased event keeps its own (`originalSchema`).
    public static let schemaVersion = 0
    /// Nothing further is erased from an erased event.
    public static let keptWhenErased: [String] = []

    /// The event's stored type, e.g. "needsAssessed".
    public var originalType: String
    /// The event's stored schema version.
    public var originalSchema: Int
    /// The event's kind when it was not erased (nil for a type this build does not know).
    public var originalKind: CaseEvent.Kind?
    /// The parts erased, each an RFC 6901 JSON Pointer into the payload, e.g. "/reasons".
    public var erasedParts: [String]
    /// The metadata that remains: the acting role and the effective date; reasons, references and
    /// notes when they were not erased (empty when they were).
    public var metadata: DecisionMetadata
    /// Every member that remains, as stored.
    public var remaining: JSONObject

    /// An erased event.
    public init(
        originalType: String, originalSchema: Int, erasedParts: [String], metadata: DecisionMetadata,
        remaining: JSONObject
    ) {
        self.originalType = originalType
        self.originalSchema = originalSchema
        self.originalKind = CaseEvent.kind(ofType: originalType)
        self.erasedParts = erasedParts
        self.metadata = metadata
        self.remaining = remaining
    }

    /// Reads what remains of a payload of `type` (schema `schema`) whose `erasedParts` were
    /// erased. The acting role and the effective date must remain (every type keeps them:
    /// `keptWhenErased`); any other metadata member absent reads as empty.
    public init(type: String, schema: Int, erasedParts: [String], payload: JSONValue) throws(PayloadDecodingError) {
        let r = try PayloadReader(payload)
        let metadata = DecisionMetadata(
            actingRole: try r("actingRole"), effectiveDate: try r("effectiveDate"),
            reasons: try r.optional("reasons") ?? [], references: try r.optional("references") ?? [],
            notes: try r.optional("notes") ?? [], restricted: try r.optional("restricted") ?? [],
            imported: try r.optional("imported"))
        self.init(
            originalType: type, originalSchema: schema, erasedParts: erasedParts.sorted(), metadata: metadata,
            remaining: payload.objectValue ?? [:])
    }

    /// Not read on its own: an erased event is read with its type (`init(type:schema:erasedParts:payload:)`).
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        throw PayloadDecodingError(field: r.path, problem: "an erased event is read with its stored type and the parts erased")
    }

    /// Writes what remains, as stored.
    public func encode(to w: inout PayloadWriter) {
        for (k, v) in remaining.sorted(by: { $0.key < $1.key }) { w.setRaw(k.string, v) }
    }

    /// The top-level members erased, by name: "reasons" for "/reasons" (a part inside a list,
    /// "/notes/2", names its list).
    public var erasedMembers: [String] {
        var seen: [String] = []
        for part in erasedParts {
            let name = String(part.dropFirst().split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            if !seen.contains(name) { seen.append(name) }
        }
        return seen
    }
}

extension CaseEvent {
    /// The kind of stored type `type`, nil for a type this build does not know.
    public static func kind(ofType type: String) -> Kind? { kindsByType[type] }

    /// Every stored type's kind (the kinds are in the order of `decoders`).
    private static let kindsByType: [String: Kind] = Dictionary(uniqueKeysWithValues: zip(allTypeNames, Kind.allCases))

    /// Reads a stored case event of which `erasedParts` were erased (each an RFC 6901 JSON Pointer
    /// into its payload): with none, exactly `decode(type:schema:payload:at:)`; with some, the
    /// `erased` event holding what remains. The one way a reader meets an erased event.
    public static func decode(type: String, schema: Int, payload: JSONValue, erasedParts: [String]) throws(PayloadDecodingError) -> CaseEvent {
        if erasedParts.isEmpty { return try decode(type: type, schema: schema, payload: payload) }
        guard decoders.value(named: type) != nil else {
            throw PayloadDecodingError(field: "", problem: "\"\(type)\" is not a known case event type")
        }
        return .erased(try ErasedEvent(type: type, schema: schema, erasedParts: erasedParts, payload: payload))
    }
}
