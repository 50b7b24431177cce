/// Every rule `decide` enforces, with its stable code (the raw value) and what it requires.
/// Codes never change meaning; new rules get new codes.
public enum Rule: String, CaseIterable, Sendable, Hashable {
    // Who and when
    case staffUnknown = "staff-unknown"
    case actingRoleNotHeld = "acting-role-not-held"
    case recordedTimeBackdated = "recorded-time-backdated"
    case registerAuthorityMissing = "register-authority-missing"
    // The case's life
    case caseNotOpened = "case-not-opened"
    case caseAlreadyOpened = "case-already-opened"
    case caseClosed = "case-closed"
    case caseNotClosed = "case-not-closed"
    case idAlreadyUsed = "id-already-used"
    case reasonsRequired = "reasons-required"
    case amountInvalid = "amount-invalid"
    case restrictedFieldUnknown = "restricted-field-unknown"
    case allocatedWorkerUnknown = "allocated-worker-unknown"
    // Assessment and eligibility
    case assessmentOutcomesIncomplete = "assessment-outcomes-incomplete"
    case assessmentKindMismatch = "assessment-kind-mismatch"
    case assessmentUnknown = "assessment-unknown"
    case eligibilityThreePartTest = "eligibility-three-part-test"
    case eligibilityNotDetermined = "eligibility-not-determined"
    case eligibilityNoticeIncomplete = "eligibility-notice-incomplete"
    case eligibilityRequired = "eligibility-required"
    // Money
    case rateTableMissing = "rate-table-missing"
    case contributionExempt = "contribution-exempt"
    case exemptionUnnamed = "exemption-unnamed"
    case contributionInFreeReablement = "contribution-in-free-reablement"
    case contributionNotAssessed = "contribution-not-assessed"
    case budgetContributionMismatch = "budget-contribution-mismatch"
    case budgetSplitMismatch = "budget-split-mismatch"
    case budgetAboveIndicativeUnauthorised = "budget-above-indicative-unauthorised"
    case indicativeBudgetMissing = "indicative-budget-missing"
    // Reablement
    case reablementAlreadyActive = "reablement-already-active"
    case reablementNotActive = "reablement-not-active"
    // Support plan and sign-off
    case planUnknown = "plan-unknown"
    case planVersionNotCurrent = "plan-version-not-current"
    case planLinesInvalid = "plan-lines-invalid"
    case planComponentsMissing = "plan-components-missing"
    case planCostExceedsBudget = "plan-cost-exceeds-budget"
    case personalBudgetMissing = "personal-budget-missing"
    case signOffAuthorityMissing = "sign-off-authority-missing"
    case signOffLimitExceeded = "sign-off-limit-exceeded"
    case planAlreadySignedOff = "plan-already-signed-off"
    // Delivery
    case planNotSignedOff = "plan-not-signed-off"
    case deliveryLineUnknown = "delivery-line-unknown"
    case directPaymentExcludedService = "direct-payment-excluded-service"
    case deliveryExceedsBudget = "delivery-exceeds-budget"
    // Review, withdrawal, closure
    case reviewAlreadyCompleted = "review-already-completed"
    case reviewCustomerNotInvited = "review-customer-not-invited"
    case reviewOutcomeInconsistent = "review-outcome-inconsistent"
    case withdrawalWithoutReview = "withdrawal-without-review"
    case withdrawalAlreadyDecided = "withdrawal-already-decided"
    case withdrawalNotDecided = "withdrawal-not-decided"
    case closureBeforeWithdrawalNotice = "closure-before-withdrawal-notice"
    // Challenges, panel, complaints
    case challengeUnknown = "challenge-unknown"
    case challengedEventUnknown = "challenged-event-unknown"
    case challengeNotOpen = "challenge-not-open"
    case challengeEscalationOrder = "challenge-escalation-order"
    case panelChallengeNotReferred = "panel-challenge-not-referred"
    case complaintUnknown = "complaint-unknown"
    case complaintAlreadyAcknowledged = "complaint-already-acknowledged"
    case complaintNotAcknowledged = "complaint-not-acknowledged"
    case complaintAlreadyResponded = "complaint-already-responded"
    case complaintResponseIncomplete = "complaint-response-incomplete"
    // Capacity, corrections, disputes
    case bestInterestsRequiresLackOfCapacity = "best-interests-requires-lack-of-capacity"
    case correctionTargetUnknown = "correction-target-unknown"
    case correctionTypeMismatch = "correction-type-mismatch"
    case correctionTargetNotCorrectable = "correction-target-not-correctable"
    case disputeTargetUnknown = "dispute-target-unknown"
    // Staff register
    case staffAlreadyAdded = "staff-already-added"
    case staffNotOnRegister = "staff-not-on-register"
    case roleAlreadyHeld = "role-already-held"
    case roleNotHeld = "role-not-held"
    case signOffLimitNotHeld = "sign-off-limit-not-held"

    /// The stable code, e.g. "plan-components-missing".
    public var code: String { rawValue }
}
