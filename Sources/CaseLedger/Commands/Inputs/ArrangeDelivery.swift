/// Intent: arrange how the signed-off plan is delivered.
public struct ArrangeDelivery: PayloadObject, Hashable {
    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The plan.
    public var planId: String
    /// The arrangements.
    public var arrangements: [DeliveryArrangement]

    /// A value with every field given.
    public init(metadata: DecisionMetadata, planId: String, arrangements: [DeliveryArrangement] = []) {
        self.metadata = metadata
        self.planId = planId
        self.arrangements = arrangements
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        planId = try r("planId")
        arrangements = try r("arrangements")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("planId", planId)
        w.set("arrangements", arrangements)
    }
}
