/// The five things a customer may challenge (Wiltshire policy, Monitoring and evaluation).
public enum ChallengeSubject: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<ChallengeSubject>()

    /// The accuracy of the assessment.
    case assessmentAccuracy
    /// The value of the council's contribution to the personal budget.
    case councilContribution
    /// The cost of the customer's own contribution.
    case customerContribution
    /// The nature of the support agreed in the support plan.
    case supportInPlan
    /// A decision on community or residential care.
    case communityOrResidentialCare

    /// The subject in the policy's words.
    public var words: String {
        switch self {
        case .assessmentAccuracy: "the accuracy of the assessment"
        case .councilContribution: "the value of the council's contribution to the personal budget"
        case .customerContribution: "the cost of the customer's contribution"
        case .supportInPlan: "the nature of the support agreed in the support plan"
        case .communityOrResidentialCare: "a decision on community or residential care"
        }
    }
}
