/// The Resource Allocation System gave an indicative weekly budget before support planning.
///
/// Stored as event type `indicativeBudgetCalculated`, schema 1.
public struct IndicativeBudgetCalculated: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "indicativeBudgetCalculated"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The RAS version used.
    public var rasVersion: String
    /// The answers and scores fed to the RAS.
    public var inputs: [RASInput]
    /// The indicative budget, weekly, in pence.
    public var weeklyAmount: Money

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        rasVersion: String,
        inputs: [RASInput] = [],
        weeklyAmount: Money
    ) {
        self.metadata = metadata
        self.rasVersion = rasVersion
        self.inputs = inputs
        self.weeklyAmount = weeklyAmount
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        rasVersion = try r("rasVersion")
        inputs = try r("inputs")
        weeklyAmount = try r("weeklyAmount")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("rasVersion", rasVersion)
        w.set("inputs", inputs)
        w.set("weeklyAmount", weeklyAmount)
    }
}
