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
        case .firstReviewLate: return "A new or changed plan is first reviewed within the configured interval after sign-off (guidance: 6 to 8 weeks)."
        case .directPaymentReviewLate: return "A new direct payment is first reviewed within the configured interval after it starts (6 months)."
        case .complaintAcknowledgementLate: return "A complaint is acknowledged within the configured number of working days (3)."
        case .complaintResponseLate: return "A complaint is answered within the configured period (6 months) or the longer period agreed."
        case .noticeMissing: return "Every decision that needs a written notice (a copy of an assessment or plan, the financial assessment, the personal budget, a refused sign-off) is followed by one telling of it, by the day it is due."
        case .eventUnreadable: return "Every event recorded on a case can be read: it has its type's payload, at a schema this version reads."
        default: return ""
        }
    }

    /// The source the rule comes from.
    public var source: String {
        switch self {
        case .planComponentsMissing: "training deck, 7 essential components of a support plan"
        case .planCostExceedsBudget: "training deck, component 4 (must not exceed the agreed amount); Care Act 2014 s25, s26"
        case .signOffLimitExceeded: "Wiltshire policy, sign-off under the council's scheme of delegation"
        // issue 14: h-limits
        case .planNeedsMissing: "Care Act 2014 s25(1)(a)-(c); Care and Support Statutory Guidance 10"
        case .personalBudgetForOtherPlan: "Care Act 2014 s25(1)(e), s26"
        case .budgetSplitMismatch: "Care Act 2014 s26"
        case .contributionExempt: "Charging and Assessment of Resources Regulations 2014 reg 3; Mental Health Act 1983 s117"
        case .contributionInFreeReablement: "Charging and Assessment of Resources Regulations 2014 reg 3 (reablement free for up to 6 weeks)"
        case .eligibilityThreePartTest: "Care and Support (Eligibility Criteria) Regulations 2015 reg 2, reg 3"
        case .eligibilityNoticeMissing: "Care Act 2014 s13(2)"
        case .reviewOverdue: "Care Act 2014 s27 and statutory guidance"
        case .firstReviewLate: "Care Act 2014 s27 and statutory guidance (6 to 8 weeks)"
        case .directPaymentExcludedService: "Care and Support (Direct Payments) Regulations 2014"
        case .directPaymentReviewLate: "Care and Support (Direct Payments) Regulations 2014 reg 7"
        case .withdrawalWithoutReview: "Wiltshire and Cheshire East policies: withdrawal only when needs are no longer eligible"
        case .closureBeforeWithdrawalNotice: "Wiltshire and Cheshire East policies: withdrawal notified in writing"
        case .complaintAcknowledgementLate: "Complaints (England) Regulations 2009 reg 13"
        case .complaintResponseLate: "Complaints (England) Regulations 2009 reg 14"
        // issue 14: corrections
        case .correctionNotAsDecided: "Care Act 2014 s26; Charging and Assessment of Resources Regulations 2014 (a correction records the decision the rules give on its effective date)"
        case .correctionAuthorityMissing: "Wiltshire policy, sign-off under the council's scheme of delegation"
        // issue 14: closing, withdrawal and authority by role
        case .closureWithServicesInForce: "Care Act 2014 s27, s37; Care and Support Statutory Guidance ch. 13; Wiltshire and Cheshire East policies"
        case .decisionRoleNotAllowed: "the council's configuration of who may make each decision (Wiltshire policy: challenges, sign-off, the Risk Enablement Panel)"
        case .staffUnknown: "the council's staff register: decisions are made by its staff while on it"
        // issue 15: notices
        case .noticeMissing: "Care Act 2014 s12(3), s12(4), s25(9), s26, s27; Care and Support (Charging and Assessment of Resources) Regulations 2014 [check] the regulation number; LGSCO principles (giving reasons for decisions)"
        case .noticeRightsMissing: "LGSCO guidance on council decision letters: every letter says how to challenge and complain, and that the Ombudsman can look at a complaint once the council's procedure is finished"
        case .eventUnreadable: "the event catalogue (events/README.md); events are recorded through the rules (events/INVARIANTS.md rule 7)"
        }
    }
}
