/// The personal budget was set (Care Act s26): the weekly total, the customer's contribution and
/// the council's contribution, which add up exactly.
///
/// Stored as event type `personalBudgetSet`, schema 1.
public struct PersonalBudgetSet: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "personalBudgetSet"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The plan the budget funds, when one exists.
    public var planId: String?
    /// The personal budget, weekly, in pence.
    public var weeklyTotal: Money
    /// The amount the customer pays, weekly, in pence.
    public var weeklyCustomerContribution: Money
    /// The amount the council pays, weekly, in pence.
    public var weeklyCouncilContribution: Money
    /// The indicative budget at the time, for comparison.
    public var indicativeWeeklyAmount: Money?
    /// True when the budget exceeds the indicative budget (authorised under the scheme of
    /// delegation).
    public var aboveIndicative: Bool

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        planId: String? = nil,
        weeklyTotal: Money,
        weeklyCustomerContribution: Money,
        weeklyCouncilContribution: Money,
        indicativeWeeklyAmount: Money? = nil,
        aboveIndicative: Bool
    ) {
        self.metadata = metadata
        self.planId = planId
        self.weeklyTotal = weeklyTotal
        self.weeklyCustomerContribution = weeklyCustomerContribution
        self.weeklyCouncilContribution = weeklyCouncilContribution
        self.indicativeWeeklyAmount = indicativeWeeklyAmount
        self.aboveIndicative = aboveIndicative
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        planId = try r.optional("planId")
        weeklyTotal = try r("weeklyTotal")
        weeklyCustomerContribution = try r("weeklyCustomerContribution")
        weeklyCouncilContribution = try r("weeklyCouncilContribution")
        indicativeWeeklyAmount = try r.optional("indicativeWeeklyAmount")
        aboveIndicative = try r("aboveIndicative")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.optional("planId", planId)
        w.set("weeklyTotal", weeklyTotal)
        w.set("weeklyCustomerContribution", weeklyCustomerContribution)
        w.set("weeklyCouncilContribution", weeklyCouncilContribution)
        w.optional("indicativeWeeklyAmount", indicativeWeeklyAmount)
        w.set("aboveIndicative", aboveIndicative)
    }
}
