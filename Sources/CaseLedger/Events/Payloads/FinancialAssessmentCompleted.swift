/// A financial assessment set the customer's weekly contribution from the effective date: the
/// basis, any exemption, the rate table used and every figure of the calculation, in pence.
///
/// Stored as event type `financialAssessmentCompleted`, schema 1.
public struct FinancialAssessmentCompleted: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "financialAssessmentCompleted"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The financial assessment's id, e.g. "F-1".
    public var financialAssessmentId: String
    /// Full assessment, declined to disclose, or exempt.
    public var basis: FinancialAssessmentBasis
    /// Exemptions that apply; any exemption makes the contribution zero.
    public var exemptions: [ContributionExemption]
    /// The charging rate table used, when one was needed.
    public var rateTableId: String?
    /// The date that rate table is valid from.
    public var rateTableValidFrom: CalendarDate?
    /// Capital assessed, in pence.
    public var capital: Money
    /// Weekly income assessed, in pence.
    public var weeklyIncome: Money
    /// The Minimum Income Guarantee category applied.
    public var incomeCategory: String?
    /// The Minimum Income Guarantee disregarded, weekly, in pence.
    public var weeklyMinimumIncomeGuarantee: Money
    /// Disability-related expenditure disregarded, weekly, in pence.
    public var weeklyDisabilityRelatedExpenditure: Money
    /// Housing costs disregarded, weekly, in pence.
    public var weeklyHousingCosts: Money
    /// Tariff income from capital between the limits, weekly, in pence.
    public var weeklyTariffIncome: Money
    /// True when the customer pays the full cost of their care (capital above the upper limit, or
    /// declined to disclose).
    public var paysFullCost: Bool
    /// The assessed weekly contribution in pence (when paying full cost, the cost of the personal
    /// budget is charged instead).
    public var weeklyContribution: Money

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        financialAssessmentId: String,
        basis: FinancialAssessmentBasis,
        exemptions: [ContributionExemption] = [],
        rateTableId: String? = nil,
        rateTableValidFrom: CalendarDate? = nil,
        capital: Money,
        weeklyIncome: Money,
        incomeCategory: String? = nil,
        weeklyMinimumIncomeGuarantee: Money,
        weeklyDisabilityRelatedExpenditure: Money,
        weeklyHousingCosts: Money,
        weeklyTariffIncome: Money,
        paysFullCost: Bool,
        weeklyContribution: Money
    ) {
        self.metadata = metadata
        self.financialAssessmentId = financialAssessmentId
        self.basis = basis
        self.exemptions = exemptions
        self.rateTableId = rateTableId
        self.rateTableValidFrom = rateTableValidFrom
        self.capital = capital
        self.weeklyIncome = weeklyIncome
        self.incomeCategory = incomeCategory
        self.weeklyMinimumIncomeGuarantee = weeklyMinimumIncomeGuarantee
        self.weeklyDisabilityRelatedExpenditure = weeklyDisabilityRelatedExpenditure
        self.weeklyHousingCosts = weeklyHousingCosts
        self.weeklyTariffIncome = weeklyTariffIncome
        self.paysFullCost = paysFullCost
        self.weeklyContribution = weeklyContribution
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        financialAssessmentId = try r("financialAssessmentId")
        basis = try r("basis")
        exemptions = try r("exemptions")
        rateTableId = try r.optional("rateTableId")
        rateTableValidFrom = try r.optional("rateTableValidFrom")
        capital = try r("capital")
        weeklyIncome = try r("weeklyIncome")
        incomeCategory = try r.optional("incomeCategory")
        weeklyMinimumIncomeGuarantee = try r("weeklyMinimumIncomeGuarantee")
        weeklyDisabilityRelatedExpenditure = try r("weeklyDisabilityRelatedExpenditure")
        weeklyHousingCosts = try r("weeklyHousingCosts")
        weeklyTariffIncome = try r("weeklyTariffIncome")
        paysFullCost = try r("paysFullCost")
        weeklyContribution = try r("weeklyContribution")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("financialAssessmentId", financialAssessmentId)
        w.set("basis", basis)
        w.set("exemptions", exemptions)
        w.optional("rateTableId", rateTableId)
        w.optional("rateTableValidFrom", rateTableValidFrom)
        w.set("capital", capital)
        w.set("weeklyIncome", weeklyIncome)
        w.optional("incomeCategory", incomeCategory)
        w.set("weeklyMinimumIncomeGuarantee", weeklyMinimumIncomeGuarantee)
        w.set("weeklyDisabilityRelatedExpenditure", weeklyDisabilityRelatedExpenditure)
        w.set("weeklyHousingCosts", weeklyHousingCosts)
        w.set("weeklyTariffIncome", weeklyTariffIncome)
        w.set("paysFullCost", paysFullCost)
        w.set("weeklyContribution", weeklyContribution)
    }
}
