/// The process a person is to be involved in, for which independent advocacy is considered
/// (Care Act 2014 s67(2)-(3): assessments, care and support planning, reviews; s68: safeguarding
/// enquiries and reviews).
public enum AdvocacyProcess: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<AdvocacyProcess>()

    /// A needs assessment (s9).
    case needsAssessment
    /// A carer's assessment (s10).
    case carersAssessment
    /// Preparing the care and support plan or support plan (s25).
    case supportPlanning
    /// A review of the plan (s27).
    case review
    /// A safeguarding enquiry (s42) or safeguarding adults review (s44) (s68).
    case safeguardingEnquiry

    /// The process in words: "the needs assessment".
    public var words: String {
        switch self {
        case .needsAssessment: "the needs assessment"
        case .carersAssessment: "the carer's assessment"
        case .supportPlanning: "support planning"
        case .review: "the review"
        case .safeguardingEnquiry: "the safeguarding enquiry"
        }
    }
}
