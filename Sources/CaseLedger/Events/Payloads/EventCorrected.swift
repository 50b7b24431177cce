/// An earlier event of the same case is superseded by a corrected version of it, with the
/// reason. History is never edited: the superseded event stays, and projections use the
/// correction in its place. The latest correction of an event wins.
///
/// Stored as event type `eventCorrected`, schema 1, with fields `supersedes` (the event id),
/// `correctedType`, `correctedSchema` and `corrected` (the full corrected payload).
public struct EventCorrected: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "eventCorrected"
    /// The payload schema version.
    public static let schemaVersion = 1
    // issue 17: retention
    /// The members that remain when the event's personal content is erased: the role and the
    /// date; the corrected payload is the personal content of the decision it corrects.
    public static let keptWhenErased: [String] = ["actingRole", "effectiveDate"]

    /// Who acted in which role, when it takes effect, why (the reason for the correction).
    public var metadata: DecisionMetadata
    /// The id of the event superseded.
    public var supersedes: String
    /// The corrected event, of the same type as the one it supersedes.
    public var corrected: CaseEvent

    /// A correction of event `supersedes`.
    public init(metadata: DecisionMetadata, supersedes: String, corrected: CaseEvent) {
        self.metadata = metadata
        self.supersedes = supersedes
        self.corrected = corrected
    }

    /// Reads every field; the corrected payload's errors are named under `corrected`.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        supersedes = try r("supersedes")
        let type: String = try r("correctedType")
        let schema: Int = try r("correctedSchema")
        guard let payload = try r.object("corrected") else {
            throw PayloadDecodingError(field: r.pathOf("corrected"), problem: "is missing")
        }
        corrected = try CaseEvent.decode(type: type, schema: schema, reader: payload)
    }

    /// Writes every field.
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("supersedes", supersedes)
        w.set("correctedType", corrected.typeName)
        w.set("correctedSchema", corrected.schemaVersion)
        w.setRaw("corrected", corrected.payload)
    }
}
