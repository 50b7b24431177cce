/// Intent: set the personal budget: total, customer contribution and council contribution, weekly,
/// in pence.
public struct SetPersonalBudget: PayloadObject, Hashable {
    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The plan the budget funds.
    public var planId: String?
    /// The weekly total in pence.
    public var weeklyTotal: Money
    /// The customer's weekly contribution in pence.
    public var weeklyCustomerContribution: Money
    /// The council's weekly contribution in pence.
    public var weeklyCouncilContribution: Money

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        planId: String? = nil,
        weeklyTotal: Money,
        weeklyCustomerContribution: Money,
        weeklyCouncilContribution: Money
    ) {
        self.metadata = metadata
        self.planId = planId
        self.weeklyTotal = weeklyTotal
        self.weeklyCustomerContribution = weeklyCustomerContribution
        self.weeklyCouncilContribution = weeklyCouncilContribution
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        planId = try r.optional("planId")
        weeklyTotal = try r("weeklyTotal")
        weeklyCustomerContribution = try r("weeklyCustomerContribution")
        weeklyCouncilContribution = try r("weeklyCouncilContribution")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.optional("planId", planId)
        w.set("weeklyTotal", weeklyTotal)
        w.set("weeklyCustomerContribution", weeklyCustomerContribution)
        w.set("weeklyCouncilContribution", weeklyCouncilContribution)
    }
}
