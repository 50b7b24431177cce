/// A named member of staff became the case's allocated worker.
///
/// Stored as event type `workerAllocated`, schema 1.
public struct WorkerAllocated: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "workerAllocated"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The allocated worker's staff id.
    public var workerId: String
    /// Their team.
    public var team: String?

    /// A value with every field given.
    public init(metadata: DecisionMetadata, workerId: String, team: String? = nil) {
        self.metadata = metadata
        self.workerId = workerId
        self.team = team
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        workerId = try r("workerId")
        team = try r.optional("team")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("workerId", workerId)
        w.optional("team", team)
    }
}
