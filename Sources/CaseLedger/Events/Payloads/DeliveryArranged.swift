/// How the signed-off plan is delivered: one arrangement (direct payment, managed account,
/// individual service fund, third party or trust, broker) or several (a mixed budget). Replaces
/// earlier arrangements from the effective date.
///
/// Stored as event type `deliveryArranged`, schema 1.
public struct DeliveryArranged: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "deliveryArranged"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The plan delivered.
    public var planId: String
    /// The signed-off version delivered.
    public var planVersion: Int
    /// The arrangements, amounts and frequencies.
    public var arrangements: [DeliveryArrangement]

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        planId: String,
        planVersion: Int,
        arrangements: [DeliveryArrangement] = []
    ) {
        self.metadata = metadata
        self.planId = planId
        self.planVersion = planVersion
        self.arrangements = arrangements
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        planId = try r("planId")
        planVersion = try r("planVersion")
        arrangements = try r("arrangements")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("planId", planId)
        w.set("planVersion", planVersion)
        w.set("arrangements", arrangements)
    }
}
