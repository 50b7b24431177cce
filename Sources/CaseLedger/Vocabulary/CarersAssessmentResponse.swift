/// A carer's answer to the offer of a carer's assessment (Care Act 2014 s10).
public enum CarersAssessmentResponse: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<CarersAssessmentResponse>()

    /// The carer has not answered yet.
    case notYetAnswered
    /// The carer accepted the assessment.
    case accepted
    /// The carer refused the assessment (s10(7)).
    case refused
}
