// Keeps events/INVARIANTS.md rule 10: every rule has one home.
/// Every rule `decide` enforces, with its stable code (the raw value) and what it requires.
/// Codes never change meaning; new rules get new codes.
public enum Rule: String, CaseIterable, Sendable, Hashable {
    // Who and when
    /// The acting member of staff must be on the staff register on the decision date.
    case staffUnknown = "staff-unknown"
    /// The acting member of staff must hold the role they act under on the decision date.
    case actingRoleNotHeld = "acting-role-not-held"
    /// A decision is recorded at or after the case's last recorded time: recorded time is never
    /// back-dated (effective dates may be).
    case recordedTimeBackdated = "recorded-time-backdated"
    /// Only a role configured to administer the staff register may change it.
    case registerAuthorityMissing = "register-authority-missing"
    // The case's life
    /// A case starts with a referral; nothing else is recorded before it.
    case caseNotOpened = "case-not-opened"
    /// A case is opened once; a new request on an open case is a review request.
    case caseAlreadyOpened = "case-already-opened"
    /// A closed case takes only challenges, complaints, corrections, dispute markers, written
    /// notices of its decisions and reopening.
    case caseClosed = "case-closed"
    /// Only a closed case can be reopened.
    case caseNotClosed = "case-not-closed"
    /// Ids of assessments, plans, reviews, challenges, complaints and decisions are unique within a
    /// case.
    case idAlreadyUsed = "id-already-used"
    /// Every decision a person could challenge states its reasons (`ReasonsRules`): eligibility
    /// either way, financial assessment, indicative and personal budget, sign-off and its refusal,
    /// review outcome, withdrawal, closure, reopening, correction, escalation and resolution of a
    /// challenge, panel and best-interests decisions.
    case reasonsRequired = "reasons-required"
    /// Amounts of money are never negative.
    case amountInvalid = "amount-invalid"
    /// Fields marked restricted must be fields of the payload.
    case restrictedFieldUnknown = "restricted-field-unknown"
    /// The allocated worker must be on the staff register on the effective date.
    case allocatedWorkerUnknown = "allocated-worker-unknown"
    // Assessment and eligibility
    /// An assessment records every outcome exactly once; an outcome not achieved names at least one
    /// ground, an achieved one none.
    case assessmentOutcomesIncomplete = "assessment-outcomes-incomplete"
    /// An adult's case takes needs assessments; a carer's case takes carer's assessments.
    case assessmentKindMismatch = "assessment-kind-mismatch"
    /// An eligibility determination or notice refers to an assessment of the case.
    case assessmentUnknown = "assessment-unknown"
    /// Eligibility follows the 3-part test: adults unable to achieve 2 or more outcomes, carers any
    /// 1 or health at risk (Eligibility Regulations 2015 reg 2, 3).
    case eligibilityThreePartTest = "eligibility-three-part-test"
    /// A notice of eligibility follows a determination on that assessment.
    case eligibilityNotDetermined = "eligibility-not-determined"
    /// Where no needs are eligible, the notice includes written advice and information (Care Act
    /// s13(5)).
    case eligibilityNoticeIncomplete = "eligibility-notice-incomplete"
    /// Indicative budgets, support plans and personal budgets need needs determined eligible.
    case eligibilityRequired = "eligibility-required"
    // Money
    /// A financial assessment uses a charging rate table in force on its effective date, with the
    /// income category asked for.
    case rateTableMissing = "rate-table-missing"
    /// No contribution is charged where an exemption applies (carers, s117 aftercare, reablement,
    /// CJD).
    case contributionExempt = "contribution-exempt"
    /// A financial assessment on the basis "exempt" names the exemption that applies.
    case exemptionUnnamed = "exemption-unnamed"
    /// No contribution is charged within the free reablement period.
    case contributionInFreeReablement = "contribution-in-free-reablement"
    /// A contribution is charged only after a financial assessment.
    case contributionNotAssessed = "contribution-not-assessed"
    /// The customer's part of the personal budget is their assessed contribution (capped at the
    /// budget).
    case budgetContributionMismatch = "budget-contribution-mismatch"
    /// A personal budget is the council's contribution plus the customer's contribution, exactly.
    case budgetSplitMismatch = "budget-split-mismatch"
    /// A personal budget above the indicative budget is set by someone with sign-off authority
    /// covering it.
    case budgetAboveIndicativeUnauthorised = "budget-above-indicative-unauthorised"
    /// An indicative budget is calculated before support planning starts.
    case indicativeBudgetMissing = "indicative-budget-missing"
    // Reablement
    /// Only one period of reablement runs at a time.
    case reablementAlreadyActive = "reablement-already-active"
    /// Only a running period of reablement can end.
    case reablementNotActive = "reablement-not-active"
    // Support plan and sign-off
    /// The plan must exist on the case.
    case planUnknown = "plan-unknown"
    /// Only the current version of a plan is signed off, refused or delivered.
    case planVersionNotCurrent = "plan-version-not-current"
    /// Plan lines have unique ids and non-negative weekly costs.
    case planLinesInvalid = "plan-lines-invalid"
    /// A plan is signed off only when all 7 essential components are present.
    case planComponentsMissing = "plan-components-missing"
    /// A plan is signed off only when its weekly cost is within the agreed personal budget.
    case planCostExceedsBudget = "plan-cost-exceeds-budget"
    /// A plan is signed off only after the personal budget is set.
    case personalBudgetMissing = "personal-budget-missing"
    /// Sign-off (or its refusal) needs sign-off authority on that date.
    case signOffAuthorityMissing = "sign-off-authority-missing"
    /// The signer's sign-off limit on that date must cover the plan's weekly cost.
    case signOffLimitExceeded = "sign-off-limit-exceeded"
    /// A plan version is signed off once.
    case planAlreadySignedOff = "plan-already-signed-off"
    // Delivery
    /// Delivery is arranged only for a signed-off plan version.
    case planNotSignedOff = "plan-not-signed-off"
    /// Delivery arrangements pay for lines of the signed-off plan.
    case deliveryLineUnknown = "delivery-line-unknown"
    /// No direct payment for permanent residential or nursing care, NHS services or council-
    /// provided services.
    case directPaymentExcludedService = "direct-payment-excluded-service"
    /// Delivery arrangements together stay within the personal budget.
    case deliveryExceedsBudget = "delivery-exceeds-budget"
    // Review, withdrawal, closure
    /// A review is completed once.
    case reviewAlreadyCompleted = "review-already-completed"
    /// The customer is always invited to their review.
    case reviewCustomerNotInvited = "review-customer-not-invited"
    /// Withdrawal is recommended exactly when a review finds the needs no longer eligible.
    case reviewOutcomeInconsistent = "review-outcome-inconsistent"
    /// Services are withdrawn only after the latest review found the needs no longer eligible.
    case withdrawalWithoutReview = "withdrawal-without-review"
    /// Services are withdrawn once (until the case is reopened).
    case withdrawalAlreadyDecided = "withdrawal-already-decided"
    /// A withdrawal notice follows a withdrawal decision.
    case withdrawalNotDecided = "withdrawal-not-decided"
    /// A case is not closed before the written withdrawal notice is recorded.
    case closureBeforeWithdrawalNotice = "closure-before-withdrawal-notice"
    // Challenges, panel, complaints
    /// The challenge must exist on the case.
    case challengeUnknown = "challenge-unknown"
    /// A challenge refers only to decisions recorded on the same case.
    case challengedEventUnknown = "challenged-event-unknown"
    /// Only an open challenge is escalated or resolved.
    case challengeNotOpen = "challenge-not-open"
    /// Challenges escalate allocated worker, line manager, Risk Enablement Panel; a complaint may
    /// follow at any level.
    case challengeEscalationOrder = "challenge-escalation-order"
    /// A Risk Enablement Panel decides on a challenge only once it was referred to the panel.
    case panelChallengeNotReferred = "panel-challenge-not-referred"
    /// The complaint must exist on the case.
    case complaintUnknown = "complaint-unknown"
    /// A complaint is acknowledged once.
    case complaintAlreadyAcknowledged = "complaint-already-acknowledged"
    /// A complaint is acknowledged before it is answered.
    case complaintNotAcknowledged = "complaint-not-acknowledged"
    /// A complaint is answered once.
    case complaintAlreadyResponded = "complaint-already-responded"
    /// A complaint response is signed, states conclusions and explains the right to go to the
    /// Ombudsman.
    case complaintResponseIncomplete = "complaint-response-incomplete"
    // Capacity, corrections, disputes
    /// A best-interests decision is made only for a person found to lack capacity for that
    /// decision.
    case bestInterestsRequiresLackOfCapacity = "best-interests-requires-lack-of-capacity"
    /// A correction references an existing event of the same case.
    case correctionTargetUnknown = "correction-target-unknown"
    /// A correction is of the same event type as the event it supersedes.
    case correctionTypeMismatch = "correction-type-mismatch"
    /// Corrections and dispute markers are not themselves corrected; correct the original event.
    case correctionTargetNotCorrectable = "correction-target-not-correctable"
    // issue 14: corrections
    /// A correction is the decision it corrects, decided again on its effective date against the
    /// case as it stood before the superseded event: it keeps that decision's rules and records
    /// exactly what that decision records (figures from the rate table, the staff register).
    case correctionNotAsDecided = "correction-not-as-decided"
    /// A correction of money decided under the scheme of delegation (a sign-off, a personal
    /// budget above the indicative budget) is recorded by someone whose sign-off authority covers
    /// the corrected amount on the day.
    case correctionAuthorityMissing = "correction-authority-missing"
    /// A dispute marker references an existing event of the same case.
    case disputeTargetUnknown = "dispute-target-unknown"
    // issue 14: h-limits
    /// An amount of money, or a total a decision states, is at most £100,000,000.00
    /// (`AmountLimits.largestAmount`).
    case amountOutOfRange = "amount-out-of-range"
    /// A support plan has at most 200 lines (`AmountLimits.mostPlanLines`).
    case planTooManyLines = "plan-too-many-lines"
    /// A plan is signed off only when it specifies the needs it meets, marking the eligible ones
    /// where needs were found eligible (Care Act 2014 s25(1)(a)-(c)).
    case planNeedsMissing = "plan-needs-missing"
    /// A plan version is signed off only against the personal budget set for that plan version
    /// (Care Act 2014 s25(1)(e), s26).
    case personalBudgetForOtherPlan = "personal-budget-for-other-plan"
    /// A decision takes effect no earlier than 1 January 1900 and at most a year after it is
    /// recorded (`EffectiveDateWindow`); back-dating is allowed.
    case effectiveDateOutOfRange = "effective-date-out-of-range"
    /// A referral gives the customer's name.
    case customerNameMissing = "customer-name-missing"
    // Staff register
    /// A member of staff is added to the register once.
    case staffAlreadyAdded = "staff-already-added"
    /// Roles and limits are granted to staff on the register.
    case staffNotOnRegister = "staff-not-on-register"
    /// A role already held is not granted again.
    case roleAlreadyHeld = "role-already-held"
    /// Only a role held is revoked.
    case roleNotHeld = "role-not-held"
    /// Only a sign-off limit held is revoked.
    case signOffLimitNotHeld = "sign-off-limit-not-held"
    // issue 14: closing, withdrawal and authority by role
    /// A decision is recorded under a role the configuration allows for it (a correction under
    /// the role the corrected decision needed, or one above it).
    case decisionRoleNotAllowed = "decision-role-not-allowed"
    /// A case with services in force is closed only after their withdrawal (review, withdrawal
    /// decision, written notice), or because the person died or another council took over.
    case closureWithServicesInForce = "closure-with-services-in-force"
    // issue 15: notices
    /// A written notice tells of a decision recorded on the case, not one a correction has
    /// since replaced (Care Act 2014 s12(3), s25(9), s26).
    case noticeDecisionUnknown = "notice-decision-unknown"
    /// A written notice's subject fits the decision it tells of (`NoticeRequirement.of`).
    case noticeSubjectMismatch = "notice-subject-mismatch"
    /// A written notice states the right to challenge the decision, the right to complain, and
    /// that the Local Government and Social Care Ombudsman can look at a complaint once the
    /// council's procedure is finished (LGSCO guidance).
    case noticeRightsMissing = "notice-rights-missing"
    /// A written notice states what was decided and why in words, to whom it was sent, and the
    /// language when it is in another language (LGSCO principles: giving reasons for decisions).
    case noticeContentMissing = "notice-content-missing"
    // issue 14: one way in for domain events
    /// Only `caseledger import` marks an event as imported; a decision recorded live never
    /// carries the marker.
    case importedMarkerReserved = "imported-marker-reserved"
    /// History is imported by someone holding a role allowed to administer the staff register.
    case importAuthorityMissing = "import-authority-missing"
    /// History is imported before a case is used: never into a case holding decisions recorded live.
    case importIntoLiveCase = "import-into-live-case"
    // issue 15: direct payments and capacity
    /// A capacity assessment's finding follows its test: the person lacks capacity exactly when an
    /// impairment of the mind or brain leaves them unable to understand, retain, use or weigh the
    /// information, or communicate the decision.
    case capacityFindingContradictsTest = "capacity-finding-contradicts-test"
    /// A decision names a capacity assessment recorded on the case.
    case capacityAssessmentUnknown = "capacity-assessment-unknown"
    /// A capacity assessment names who assessed and the decision it is about.
    case capacityAssessmentIncomplete = "capacity-assessment-incomplete"
    /// A direct payment agreement names who receives the payment and states how its use is
    /// monitored and reviewed.
    case directPaymentAgreementIncomplete = "direct-payment-agreement-incomplete"
    /// A best-interests decision relies only on an assessment in force that found the person lacks
    /// capacity for that same decision.
    case bestInterestsCapacityNotLacking = "best-interests-capacity-not-lacking"
    /// A direct payment pays a spouse, civil partner, partner or close family member living in
    /// the same household only where the council recorded that it is necessary, with reasons.
    case directPaymentCloseFamilyInHousehold = "direct-payment-close-family-in-household"
    /// A direct payment arrangement naming a close relative states the payee and whether they live
    /// in the same household.
    case directPaymentPayeeUnstated = "direct-payment-payee-unstated"
    /// A necessity decision says what it is necessary for: meeting needs or administration.
    case directPaymentNecessityUnstated = "direct-payment-necessity-unstated"
    /// An authorised person receives a direct payment only where an assessment in force found the
    /// person lacks capacity to request it.
    case authorisedPersonNeedsIncapacity = "authorised-person-needs-incapacity"
    /// The person, or a person they nominated, receives a direct payment only while no assessment
    /// in force finds the person lacks capacity to request it.
    case directPaymentRecipientNeedsCapacity = "direct-payment-recipient-needs-capacity"
    /// Direct payments are terminated only where a direct payment is in force.
    case directPaymentNotInForce = "direct-payment-not-in-force"

    // issue 15: safeguard
    /// A safeguarding decision, enquiry or outcome refers to a concern recorded on the case
    /// (Care Act 2014 s42).
    case safeguardingConcernUnknown = "safeguarding-concern-unknown"
    /// The decision whether the s42 duty applies answers each of its three conditions, and the
    /// duty applies exactly when all three hold (Care Act 2014 s42(1)).
    case safeguardingDutyTest = "safeguarding-duty-test"
    /// A concern is decided once; an enquiry is started once and only where the s42 duty applies;
    /// the outcome is recorded once, after the decision and, where the duty applies, after the
    /// enquiry (Care Act 2014 s42(2)).
    case safeguardingOutOfOrder = "safeguarding-out-of-order"
    /// A safeguarding outcome states the action taken (or that none is) and whether each outcome
    /// the person wanted from the enquiry was met.
    case safeguardingOutcomeIncomplete = "safeguarding-outcome-incomplete"
    /// An advocacy consideration finds substantial difficulty exactly when it names one of the
    /// four areas of s67(4), and names the appropriate person it finds (Care Act 2014 s67(4)-(5)).
    case advocacyConsiderationInconsistent = "advocacy-consideration-inconsistent"
    /// A subject access decision refers to a request recorded on the case.
    case subjectAccessRequestUnknown = "subject-access-request-unknown"
    /// A subject access request made on the person's behalf states the requester's authority.
    case subjectAccessAuthorityMissing = "subject-access-authority-missing"
    /// A subject access request is answered once and nothing follows the answer; it is extended
    /// once; clarification is sought while none is awaited and received only when sought.
    case subjectAccessOutOfOrder = "subject-access-out-of-order"
    /// The time to answer a subject access request is extended within the first month, before the
    /// answer was due (UK GDPR Art 12(3)).
    case subjectAccessExtensionLate = "subject-access-extension-late"
    // issue 15: carers
    /// A carer link names another open case on the ledger, not this one (Care Act 2014 s10, s20).
    case carerLinkCaseUnknown = "carer-link-case-unknown"
    /// A carer link joins a carer's case to the case of the adult they care for, with the
    /// relationship (Care Act 2014 s10, s20).
    case carerLinkKindMismatch = "carer-link-kind-mismatch"
    /// A carer's assessment is offered on the case of the person cared for, to a named carer,
    /// and an offer is answered once (Care Act 2014 s10(1), (3)).
    case carersAssessmentOfferInvalid = "carers-assessment-offer-invalid"
    /// A carer's refusal of an assessment is recorded in the carer's own words (Care Act 2014
    /// s10(7)).
    case carersAssessmentRefusalWords = "carers-assessment-refusal-words"
    /// Reablement progress is recorded for a week of a period running on its date (Wiltshire SDS
    /// policy 2014).
    case reablementProgressOutsidePeriod = "reablement-progress-outside-period"
    /// Reablement progress records the progress made and the person's own words (Wiltshire SDS
    /// policy 2014).
    case reablementProgressIncomplete = "reablement-progress-incomplete"
    // issue 15: charging
    /// A plan line is marked free of charge only where the charging regulations (or the
    /// council's policy) make it free: a minor adaptation up to the configured cost, carers'
    /// services on a carer's case; reablement through its own free period.
    case planLineExemptionInvalid = "plan-line-exemption-invalid"
    // issue 17: retention — retention periods, legal holds and the erasure decision
    /// A case's personal content is erased only once it is closed and its retention period has
    /// run (Records Management Code of Practice for Health and Social Care 2023 [check]).
    case erasureNotDue = "erasure-not-due"
    /// Nothing is erased while a legal hold is in place, or while a complaint, a challenge or a
    /// subject access request on the case is open.
    case erasureUnderHold = "erasure-under-hold"
    /// An erasure names what it rests on: a court order is cited; there is something left to erase.
    case erasureBasisIncomplete = "erasure-basis-incomplete"
    /// A case whose records were erased takes no further decision: a new contact opens a new case.
    case caseErased = "case-erased"
    /// A legal hold is placed under a new id, with what it is for, and only a hold in place is lifted.
    case legalHoldInvalid = "legal-hold-invalid"
    // issue 16: ids — an id given in a command is a short ASCII token
    /// An id given in a command (of a record it creates or refers to) is 1–128 of the letters
    /// A–Z and a–z, digits, `-`, `_`, `.` and `:` (`IdRules`).
    case idInvalid = "id-invalid"
    // issue 16: staff ids — a staff id is its exact bytes
    /// A staff id given (the actor, an allocated worker, a register change's member) that is not on
    /// the register but looks like a member's id in another Unicode spelling is refused, and so is
    /// adding a member whose id looks like an existing member's (`StaffIdRules`).
    case staffIdLookAlike = "staff-id-look-alike"

    /// The stable code, e.g. "plan-components-missing".
    public var code: String { rawValue }
}
