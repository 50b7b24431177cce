/// A support plan version was signed off by a member of staff holding sign-off authority covering
/// its weekly cost on that date.
///
/// Stored as event type `planSignedOff`, schema 1.
public struct PlanSignedOff: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "planSignedOff"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The plan signed off.
    public var planId: String
    /// The version signed off.
    public var version: Int
    /// The plan's weekly cost in pence.
    public var weeklyCost: Money
    /// The cost for the year (52 weeks) in pence.
    public var annualCost: Money
    /// The agreed personal budget, weekly, in pence.
    public var personalBudgetWeeklyTotal: Money
    /// The signer's sign-off limit, weekly, in pence, on the day of sign-off.
    public var signerWeeklyLimit: Money

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        planId: String,
        version: Int,
        weeklyCost: Money,
        annualCost: Money,
        personalBudgetWeeklyTotal: Money,
        signerWeeklyLimit: Money
    ) {
        self.metadata = metadata
        self.planId = planId
        self.version = version
        self.weeklyCost = weeklyCost
        self.annualCost = annualCost
        self.personalBudgetWeeklyTotal = personalBudgetWeeklyTotal
        self.signerWeeklyLimit = signerWeeklyLimit
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        planId = try r("planId")
        version = try r("version")
        weeklyCost = try r("weeklyCost")
        annualCost = try r("annualCost")
        personalBudgetWeeklyTotal = try r("personalBudgetWeeklyTotal")
        signerWeeklyLimit = try r("signerWeeklyLimit")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("planId", planId)
        w.set("version", version)
        w.set("weeklyCost", weeklyCost)
        w.set("annualCost", annualCost)
        w.set("personalBudgetWeeklyTotal", personalBudgetWeeklyTotal)
        w.set("signerWeeklyLimit", signerWeeklyLimit)
    }
}
