import CaseLedger

/// A rule the compliance check looks for breaches of in recorded history, with its stable code,
/// what it requires and the source it comes from. Where `decide` enforces the same rule at
/// record time the code is the domain's `Rule` code and the requirement is the domain's own
/// words (`Rule.requirement`); the rules only visible over time (a review, notice or answer
/// that never came) have codes of their own.
public enum ComplianceRule: String, CaseIterable, Hashable, Sendable {
    case planComponentsMissing = "plan-components-missing"
    case planCostExceedsBudget = "plan-cost-exceeds-budget"
    case signOffLimitExceeded = "sign-off-limit-exceeded"
    // issue 14: h-limits
    case planNeedsMissing = "plan-needs-missing"
    case personalBudgetForOtherPlan = "personal-budget-for-other-plan"
    case budgetSplitMismatch = "budget-split-mismatch"
    case contributionExempt = "contribution-exempt"
    case contributionInFreeReablement = "contribution-in-free-reablement"
    case eligibilityThreePartTest = "eligibility-three-part-test"
    case eligibilityNoticeMissing = "eligibility-notice-missing"
    case reviewOverdue = "review-overdue"
    case firstReviewLate = "first-review-late"
    case directPaymentExcludedService = "direct-payment-excluded-service"
    case directPaymentReviewLate = "direct-payment-review-late"
    case withdrawalWithoutReview = "withdrawal-without-review"
    case closureBeforeWithdrawalNotice = "closure-before-withdrawal-notice"
    case complaintAcknowledgementLate = "complaint-acknowledgement-late"
    case complaintResponseLate = "complaint-response-late"
    // issue 14: corrections
    case correctionNotAsDecided = "correction-not-as-decided"
    case correctionAuthorityMissing = "correction-authority-missing"
    // issue 14: closing, withdrawal and authority by role
    case closureWithServicesInForce = "closure-with-services-in-force"
    case decisionRoleNotAllowed = "decision-role-not-allowed"
    case staffUnknown = "staff-unknown"
    // issue 15: direct payments and capacity
    case directPaymentCloseFamilyInHousehold = "direct-payment-close-family-in-household"
    // issue 15: safeguard
    case safeguardingDecisionLate = "safeguarding-decision-late"
    case safeguardingEnquiryMissing = "safeguarding-enquiry-missing"
    case advocateNotArranged = "advocate-not-arranged"
    case subjectAccessAnswerLate = "subject-access-answer-late"
    // issue 15: carers
    case carersAssessmentOfferMissing = "carers-assessment-offer-missing"
    case reablementProgressMissing = "reablement-progress-missing"
    // issue 15: notices
    case noticeMissing = "notice-missing"
    case noticeRightsMissing = "notice-rights-missing"

    // issue 14: readers that cannot be poisoned
    /// An event of the case cannot be read by the domain: not a rule `compliance` checks (no
    /// `--rule` chooses it, and it is not in `allCases`), but what it reports, whatever rules were
    /// asked for, instead of the findings of a case it could not check.
    case eventUnreadable = "event-unreadable"

    /// The rules the compliance checks look for, in the order of `ComplianceCheck.catalogue`:
    /// every case but `eventUnreadable`, which is always reported. A new rule is added here too
    /// (`ComplianceTests` compares this list with the catalogue's).
    public static let allCases: [ComplianceRule] = [
        .planComponentsMissing, .planCostExceedsBudget, .signOffLimitExceeded, .planNeedsMissing, .personalBudgetForOtherPlan,
        .budgetSplitMismatch, .contributionExempt,
        .contributionInFreeReablement, .eligibilityThreePartTest, .eligibilityNoticeMissing, .reviewOverdue, .firstReviewLate,
        .directPaymentExcludedService, .directPaymentReviewLate, .withdrawalWithoutReview, .closureBeforeWithdrawalNotice,
        .complaintAcknowledgementLate, .complaintResponseLate, .closureWithServicesInForce, .decisionRoleNotAllowed, .staffUnknown,
        // issue 14: corrections
        .correctionNotAsDecided, .correctionAuthorityMissing,
        // issue 15: direct payments and capacity
        .directPaymentCloseFamilyInHousehold,
        // issue 15: safeguard
        .safeguardingDecisionLate, .safeguardingEnquiryMissing, .advocateNotArranged, .subjectAccessAnswerLate,
        // issue 15: carers
        .carersAssessmentOfferMissing, .reablementProgressMissing,
        // issue 15: notices
        .noticeMissing, .noticeRightsMissing,
    ]

    /// The stable code, e.g. "plan-components-missing".
    public var code: String { rawValue }

    /// The domain rule `decide` enforces for this at record time, if any.
    public var domainRule: Rule? { Rule(rawValue: rawValue) }

    /// What the rule requires, in one sentence: the domain's words where `decide` enforces it.
    public var requirement: String {
        if let domainRule { return domainRule.requirement }
        switch self {
        case .eligibilityNoticeMissing: return "Every eligibility determination is followed by a written record of it and its reasons."
        case .reviewOverdue: return "Every plan is reviewed at least every 12 months (the configured routine interval) after the previous review or sign-off."
        case .firstReviewLate: return "A new or changed plan is first reviewed within the configured window after its services started, or after sign-off where none were arranged (guidance: 6 to 8 weeks)."
        case .directPaymentReviewLate: return "A new direct payment is first reviewed within the configured interval after it starts (6 months)."
        case .complaintAcknowledgementLate: return "A complaint is acknowledged within the configured number of working days (3)."
        case .complaintResponseLate: return "A complaint is answered within the configured period (6 months) or the longer period agreed."
        // issue 15: safeguard
        case .safeguardingDecisionLate: return "The council decides whether the s42 enquiry duty applies to a safeguarding concern within the period its local safeguarding procedures set (configured)."
        case .safeguardingEnquiryMissing: return "Where a safeguarding concern meets the s42 duty, the council makes an enquiry or causes one to be made."
        case .advocateNotArranged: return "A person found to need an independent advocate (substantial difficulty being involved, no appropriate person) has one for their assessment, care and support planning and review."
        case .subjectAccessAnswerLate: return "A subject access request is answered within one month of receipt (to the corresponding date next month, or its last day), or three months when extended, with the time awaiting clarification added."
        // issue 15: carers
        case .carersAssessmentOfferMissing: return "A carer named on the case of the person they care for is offered a carer's assessment within the configured period (28 days unless configured) of first being named."
        case .reablementProgressMissing: return "Progress is recorded for every week (the configured progress interval) of a period of reablement while it runs."
        case .noticeMissing: return "Every decision that needs a written notice (a copy of an assessment or plan, the financial assessment, the personal budget, a refused sign-off) is followed by one telling of it, by the day it is due."
        case .eventUnreadable: return "Every event recorded on a case can be read: it has its type's payload, at a schema this version reads."
        default: return ""
        }
    }

    /// The source the rule comes from: the domain's `Rule.source` where `decide` enforces the same
    /// rule (one home), its own for the rules only visible over time.
    public var source: String {
        // issue 15: voice — one home for a rule's source: the domain rule's where it mirrors one.
        switch self {
        case .planComponentsMissing: Rule.planComponentsMissing.source
        case .planCostExceedsBudget: Rule.planCostExceedsBudget.source
        case .signOffLimitExceeded: Rule.signOffLimitExceeded.source
        case .planNeedsMissing: Rule.planNeedsMissing.source
        case .personalBudgetForOtherPlan: Rule.personalBudgetForOtherPlan.source
        case .budgetSplitMismatch: Rule.budgetSplitMismatch.source
        case .contributionExempt: Rule.contributionExempt.source
        case .contributionInFreeReablement: Rule.contributionInFreeReablement.source
        case .eligibilityThreePartTest: Rule.eligibilityThreePartTest.source
        case .directPaymentExcludedService: Rule.directPaymentExcludedService.source
        case .withdrawalWithoutReview: Rule.withdrawalWithoutReview.source
        case .closureBeforeWithdrawalNotice: Rule.closureBeforeWithdrawalNotice.source
        case .correctionNotAsDecided: Rule.correctionNotAsDecided.source
        case .correctionAuthorityMissing: Rule.correctionAuthorityMissing.source
        case .closureWithServicesInForce: Rule.closureWithServicesInForce.source
        case .decisionRoleNotAllowed: Rule.decisionRoleNotAllowed.source
        case .staffUnknown: Rule.staffUnknown.source
        case .eligibilityNoticeMissing: "Care Act 2014 s13(2)"
        case .reviewOverdue: "Care Act 2014 s27; Care and Support Statutory Guidance ch. 13; Wiltshire SDS policy 2014, 5. Review and re-assessments"
        case .firstReviewLate: "Care Act 2014 s27; Care and Support Statutory Guidance para 13.32 [check] (6 to 8 weeks after the service started)"
        case .directPaymentReviewLate: "Care and Support (Direct Payments) Regulations 2014 reg 7"
        case .complaintAcknowledgementLate: "Local Authority Social Services and NHS Complaints (England) Regulations 2009 reg 13"
        case .complaintResponseLate: "Local Authority Social Services and NHS Complaints (England) Regulations 2009 reg 14"
        // issue 15: direct payments and capacity
        case .directPaymentCloseFamilyInHousehold: Rule.directPaymentCloseFamilyInHousehold.source
        // issue 15: safeguard
        case .safeguardingDecisionLate: "Care Act 2014 s42; local multi-agency safeguarding adults procedures (the period, configured)"
        case .safeguardingEnquiryMissing: "Care Act 2014 s42(2)"
        case .advocateNotArranged: "Care Act 2014 s67(2)-(5), s68"
        case .subjectAccessAnswerLate: "UK GDPR Art 12(3), Art 15; ICO guidance on the right of access (time limits)"
        // issue 15: carers
        case .carersAssessmentOfferMissing: "Care Act 2014 s10(1), (3); Wiltshire SDS policy 2014 (we will offer informal carers an assessment); the period is the council's configuration"
        case .reablementProgressMissing: "Wiltshire SDS policy 2014 and Cheshire East personalisation policy 2012: progress monitored on a weekly basis"
        // issue 15: notices
        case .noticeMissing: "Care Act 2014 s12(3), s12(4), s25(9), s26, s27; Care and Support (Charging and Assessment of Resources) Regulations 2014 [check] the regulation number; LGSCO principles (giving reasons for decisions)"
        case .noticeRightsMissing: Rule.noticeRightsMissing.source
        case .eventUnreadable: "the event catalogue (events/README.md); events are recorded through the rules (events/INVARIANTS.md rule 7)"
        }
    }
}
