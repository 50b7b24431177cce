/// How the contribution was worked out.
public enum FinancialAssessmentBasis: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<FinancialAssessmentBasis>()

    /// Income and capital assessed against the rate table in force.
    case fullAssessment
    /// The customer chose not to disclose their finances, so pays the full cost.
    case declinedToDisclose
    /// An exemption applies, so nothing is charged and finances are not assessed.
    case exempt
}
