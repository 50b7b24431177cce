/// Intent: complete a financial assessment. The contribution is worked out from the charging rate
/// table in force on the effective date.
public struct CompleteFinancialAssessment: PayloadObject, Hashable {
    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The id to give the assessment, e.g. "F-1".
    public var financialAssessmentId: String
    /// Full assessment, declined to disclose, or exempt.
    public var basis: FinancialAssessmentBasis
    /// Exemptions that apply.
    public var exemptions: [ContributionExemption]
    /// Capital in pence.
    public var capital: Money
    /// Weekly income in pence.
    public var weeklyIncome: Money
    /// The Minimum Income Guarantee category (a key of the rate table).
    public var incomeCategory: String?
    /// Disability-related expenditure, weekly, in pence.
    public var weeklyDisabilityRelatedExpenditure: Money
    /// Housing costs, weekly, in pence.
    public var weeklyHousingCosts: Money

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        financialAssessmentId: String,
        basis: FinancialAssessmentBasis,
        exemptions: [ContributionExemption] = [],
        capital: Money = .zero,
        weeklyIncome: Money = .zero,
        incomeCategory: String? = nil,
        weeklyDisabilityRelatedExpenditure: Money = .zero,
        weeklyHousingCosts: Money = .zero
    ) {
        self.metadata = metadata
        self.financialAssessmentId = financialAssessmentId
        self.basis = basis
        self.exemptions = exemptions
        self.capital = capital
        self.weeklyIncome = weeklyIncome
        self.incomeCategory = incomeCategory
        self.weeklyDisabilityRelatedExpenditure = weeklyDisabilityRelatedExpenditure
        self.weeklyHousingCosts = weeklyHousingCosts
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        financialAssessmentId = try r("financialAssessmentId")
        basis = try r("basis")
        exemptions = try r("exemptions")
        capital = try r("capital")
        weeklyIncome = try r("weeklyIncome")
        incomeCategory = try r.optional("incomeCategory")
        weeklyDisabilityRelatedExpenditure = try r("weeklyDisabilityRelatedExpenditure")
        weeklyHousingCosts = try r("weeklyHousingCosts")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("financialAssessmentId", financialAssessmentId)
        w.set("basis", basis)
        w.set("exemptions", exemptions)
        w.set("capital", capital)
        w.set("weeklyIncome", weeklyIncome)
        w.optional("incomeCategory", incomeCategory)
        w.set("weeklyDisabilityRelatedExpenditure", weeklyDisabilityRelatedExpenditure)
        w.set("weeklyHousingCosts", weeklyHousingCosts)
    }
}
