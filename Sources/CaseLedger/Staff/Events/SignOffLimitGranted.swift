/// A member of staff may sign off support plans costing up to a weekly limit from the effective
/// date (replacing any earlier limit).
///
/// Stored as event type `signOffLimitGranted`, schema 1.
public struct SignOffLimitGranted: StaffEventPayload {
    /// The stored event type name.
    public static let typeName = "signOffLimitGranted"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The member of staff.
    public var staffId: String
    /// The highest weekly plan cost they may sign off, in pence.
    public var weeklyLimit: Money

    /// A value with every field given.
    public init(metadata: DecisionMetadata, staffId: String, weeklyLimit: Money) {
        self.metadata = metadata
        self.staffId = staffId
        self.weeklyLimit = weeklyLimit
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        staffId = try r("staffId")
        weeklyLimit = try r("weeklyLimit")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("staffId", staffId)
        w.set("weeklyLimit", weeklyLimit)
    }
}
