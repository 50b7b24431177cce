/// What a written notice (`NoticeSent`) tells of. Which decisions each subject fits, and the
/// source requiring it, is `NoticeRequirement` (Sources/CaseLedger/Rules/NoticeRules.swift).
public enum NoticeSubject: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<NoticeSubject>()

    /// A copy of the needs or carer's assessment (Care Act 2014 s12(3), s12(4)).
    case assessmentCopy
    /// A copy of the signed-off care and support plan, or support plan (Care Act 2014 s25(9),
    /// s25(10)).
    case supportPlanCopy
    /// A refused sign-off of a support plan, with its reasons.
    case planSignOffRefused
    /// The personal budget: its cost, the person's and the council's amounts (Care Act 2014 s26).
    case personalBudget
    /// A changed plan or budget (Care Act 2014 s27).
    case planOrBudgetChanged
    /// The financial assessment: the contribution and how it was worked out (Care and Support
    /// (Charging and Assessment of Resources) Regulations 2014).
    case financialAssessment
    /// A refused direct payment, with written reasons (Care and Support (Direct Payments)
    /// Regulations 2014).
    case directPaymentRefused
    /// A direct payment ended, with written reasons (Care and Support (Direct Payments)
    /// Regulations 2014).
    case directPaymentTerminated

    /// The subject in the person's words: "a copy of your assessment".
    public var words: String {
        switch self {
        case .assessmentCopy: "a copy of the assessment"
        case .supportPlanCopy: "a copy of the support plan"
        case .planSignOffRefused: "why the support plan was not signed off"
        case .personalBudget: "the personal budget"
        case .planOrBudgetChanged: "the change to the plan or budget"
        case .financialAssessment: "the financial assessment: the contribution and how it was worked out"
        case .directPaymentRefused: "why a direct payment was refused"
        case .directPaymentTerminated: "why the direct payment was ended"
        }
    }
}
