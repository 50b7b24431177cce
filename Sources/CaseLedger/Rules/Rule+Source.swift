// issue 15: voice — every rule's source, in its one home.
// Keeps events/INVARIANTS.md rule 10: every rule has one home; its source is stated once, here,
// and a refusal (`Rejection.source`), the compliance findings (`ComplianceRule.source`) and the
// documentation all read it from here.

/// The documents a rule's source names: the statute, the regulations, the statutory guidance and
/// the seed policies the case ledger was designed from (`shared/seeds/`), by the name a reader
/// looks them up under.
public enum SourceDocument: String, CaseIterable, Sendable {
    /// The Care Act 2014.
    case careAct = "Care Act 2014"
    /// The Mental Capacity Act 2005.
    case mentalCapacityAct = "Mental Capacity Act 2005"
    /// The Mental Health Act 1983 (s117 aftercare).
    case mentalHealthAct = "Mental Health Act 1983"
    /// The Care and Support (Eligibility Criteria) Regulations 2015.
    case eligibilityRegulations = "Care and Support (Eligibility Criteria) Regulations 2015"
    /// The Care and Support (Charging and Assessment of Resources) Regulations 2014.
    case chargingRegulations = "Care and Support (Charging and Assessment of Resources) Regulations 2014"
    /// The Care and Support (Direct Payments) Regulations 2014.
    case directPaymentsRegulations = "Care and Support (Direct Payments) Regulations 2014"
    /// The Local Authority Social Services and NHS Complaints (England) Regulations 2009.
    case complaintsRegulations = "Local Authority Social Services and NHS Complaints (England) Regulations 2009"
    /// The Care and Support Statutory Guidance (Department of Health and Social Care).
    case statutoryGuidance = "Care and Support Statutory Guidance"
    /// UK GDPR (retained Regulation (EU) 2016/679).
    case ukGDPR = "UK GDPR"
    /// The Data Protection Act 2018.
    case dataProtectionAct = "Data Protection Act 2018"
    /// Wiltshire Council, Personalisation and Self Directed Support policy (2014).
    case wiltshire = "Wiltshire SDS policy 2014"
    /// Cheshire East Council, Personalisation policy (2012).
    case cheshireEast = "Cheshire East personalisation policy 2012"
    /// The training deck on support planning (the 7 essential components of a support plan).
    case trainingDeck = "support planning training deck"
    /// The Local Government and Social Care Ombudsman's published principles and guidance
    /// (good administrative practice; council decision letters).
    case ombudsman = "LGSCO"
}

extension Rule {
    /// Where the rule comes from: the Act and section, the regulation, the statutory guidance
    /// chapter or the seed policy by name (one of `SourceDocument`), e.g. "Care and Support
    /// (Direct Payments) Regulations 2014 reg 3". A refusal ends with it; compliance findings cite
    /// it; `caseledger rules` lists it.
    public var source: String {
        let w = SourceDocument.wiltshire.rawValue
        let ce = SourceDocument.cheshireEast.rawValue
        let deck = SourceDocument.trainingDeck.rawValue
        let guidance = SourceDocument.statutoryGuidance.rawValue
        let charging = SourceDocument.chargingRegulations.rawValue
        let dp = SourceDocument.directPaymentsRegulations.rawValue
        let complaints = SourceDocument.complaintsRegulations.rawValue
        let eligibility = SourceDocument.eligibilityRegulations.rawValue
        let auditTrail = "\(w), challenges (a full and clear audit trail of why decisions were made)"
        let delegation = "\(w), 3. Support planning (the council must sign off support plans which include council funding)"
        switch self {
        case .staffUnknown: return "\(w), 4. Delivery (an allocated worker of the council); the council's staff register"
        case .actingRoleNotHeld: return delegation
        case .recordedTimeBackdated: return "UK GDPR Article 5(1)(d) (accurate records); \(auditTrail)"
        case .registerAuthorityMissing: return "UK GDPR Article 32 (security of processing); \(delegation)"
        case .caseNotOpened: return "\(ce), Contact (a case starts with a referral)"
        case .caseAlreadyOpened: return "Care Act 2014 s27(1)(b) (a new request on an open case is a request for review)"
        case .caseClosed: return "\(complaints) reg 12; \(w), challenges (the complaints procedure at any time)"
        case .caseNotClosed: return "Care Act 2014 s9 (a new assessment where a person again appears to need care and support)"
        case .idAlreadyUsed: return auditTrail
        case .reasonsRequired: return "\(auditTrail); Care Act 2014 s13(2) (eligibility); \(dp) (refusals with written reasons)"
        case .amountInvalid: return "Care Act 2014 s26 (the personal budget states its amounts)"
        case .restrictedFieldUnknown: return "Data Protection Act 2018 Sch 2 para 16 (information about other people withheld)"
        case .allocatedWorkerUnknown: return "\(w), 4. Delivery (an allocated worker)"
        case .assessmentOutcomesIncomplete: return "\(eligibility) reg 2(2), reg 3(2)"
        case .assessmentKindMismatch: return "Care Act 2014 s9 (needs assessment), s10 (carer's assessment)"
        case .assessmentUnknown: return "Care Act 2014 s13(1)"
        case .eligibilityThreePartTest: return "\(eligibility) reg 2, reg 3"
        case .eligibilityNotDetermined: return "Care Act 2014 s13(2)"
        case .eligibilityNoticeIncomplete: return "Care Act 2014 s13(5)"
        case .eligibilityRequired: return "Care Act 2014 s18, s24, s25"
        case .rateTableMissing: return "\(charging) (the capital limits, tariff income and Minimum Income Guarantee in force on the day)"
        case .contributionExempt: return "\(charging) reg 3; Mental Health Act 1983 s117; \(w), 3. Support planning (carers are not asked to pay)"
        case .exemptionUnnamed: return "\(charging) reg 3"
        case .contributionInFreeReablement: return "\(charging) reg 3 (intermediate care and reablement free of charge for the period the regulations set)"
        case .contributionNotAssessed: return "Care Act 2014 s14, s17; \(charging)"
        case .budgetContributionMismatch: return "Care Act 2014 s26(2)"
        case .budgetSplitMismatch: return "Care Act 2014 s26(2)"
        case .budgetAboveIndicativeUnauthorised: return "\(w), 3. Support planning (the Personal Budget is agreed before the final plan, and the council signs off its funding)"
        case .indicativeBudgetMissing: return "\(w), 3. Support planning (the cost of services given to build up the plan); \(guidance) ch. 11"
        case .reablementAlreadyActive: return "\(ce), Assessment (reablement offered, its progress monitored weekly)"
        case .reablementNotActive: return "\(ce), Assessment (reablement offered, its progress monitored weekly)"
        case .planUnknown: return "Care Act 2014 s25"
        case .planVersionNotCurrent: return "Care Act 2014 s27(4) (a revised plan replaces the plan before it)"
        case .planLinesInvalid: return "\(deck), component 4 (how the budget is used and what the support costs)"
        case .planComponentsMissing: return "\(deck), the 7 essential components of a support plan"
        case .planCostExceedsBudget: return "\(deck), component 4 (must not exceed the agreed amount); Care Act 2014 s25(1)(e), s26"
        case .personalBudgetMissing: return "\(w), 3. Support planning (once the Personal Budget is agreed, the final plan is agreed)"
        case .signOffAuthorityMissing: return delegation
        case .signOffLimitExceeded: return delegation
        case .planAlreadySignedOff: return delegation
        case .planNotSignedOff: return "\(deck) (the budget is released once the plan is signed off); \(delegation)"
        case .deliveryLineUnknown: return "\(w), 3. Support planning (a Personal Budget buys only what the Support Plan identifies)"
        case .directPaymentExcludedService: return "\(dp) reg 8 (care home stays); Care Act 2014 s22 (NHS services); \(w), 4. Delivery"
        case .deliveryExceedsBudget: return "Care Act 2014 s26; \(w), 3. Support planning"
        case .reviewAlreadyCompleted: return "Care Act 2014 s27; \(guidance) ch. 13"
        case .reviewCustomerNotInvited: return "Care Act 2014 s27(5); \(w), 5. Review and re-assessments (you will always be invited)"
        case .reviewOutcomeInconsistent: return "\(w), 5. Review and re-assessments (withdrawal only when the needs are no longer eligible)"
        case .withdrawalWithoutReview: return "\(w), 5. Review and re-assessments (withdrawal follows a review finding the needs no longer eligible)"
        case .withdrawalAlreadyDecided: return "\(w), 5. Review and re-assessments"
        case .withdrawalNotDecided: return "\(w), 5. Review and re-assessments (you will be notified in writing)"
        case .closureBeforeWithdrawalNotice: return "\(w), 5. Review and re-assessments (you will be notified in writing)"
        case .challengeUnknown: return "\(w), challenges"
        case .challengedEventUnknown: return "\(w), challenges"
        case .challengeNotOpen: return "\(w), challenges"
        case .challengeEscalationOrder: return "\(w), challenges (allocated worker, line manager, Risk Enablement Panel; complaints at any time)"
        case .panelChallengeNotReferred: return "\(w), challenges (a case referred to a Risk Enablement Panel)"
        case .complaintUnknown: return "\(complaints) reg 5"
        case .complaintAlreadyAcknowledged: return "\(complaints) reg 13"
        case .complaintNotAcknowledged: return "\(complaints) reg 13, reg 14"
        case .complaintAlreadyResponded: return "\(complaints) reg 14"
        case .complaintResponseIncomplete: return "\(complaints) reg 14(2)"
        case .bestInterestsRequiresLackOfCapacity: return "Mental Capacity Act 2005 s1(2), s4"
        case .correctionTargetUnknown: return "UK GDPR Article 16 (rectification); \(auditTrail)"
        case .correctionTypeMismatch: return "UK GDPR Article 16 (rectification); \(auditTrail)"
        case .correctionTargetNotCorrectable: return "UK GDPR Article 16 (rectification); \(auditTrail)"
        case .correctionNotAsDecided: return "Care Act 2014 s26; \(charging) (a correction records the decision the rules give on its effective date)"
        case .correctionAuthorityMissing: return delegation
        case .disputeTargetUnknown: return "UK GDPR Article 16, Article 18 (a record the person disputes is marked)"
        case .amountOutOfRange: return "Care Act 2014 s26 (the personal budget states exact amounts)"
        case .planTooManyLines: return "\(deck), component 4 (what the support costs, line by line)"
        case .planNeedsMissing: return "Care Act 2014 s25(1)(a)-(c); \(guidance) ch. 10"
        case .personalBudgetForOtherPlan: return "Care Act 2014 s25(1)(e), s26"
        case .effectiveDateOutOfRange: return "UK GDPR Article 5(1)(d) (accurate records); \(auditTrail)"
        case .customerNameMissing: return "\(ce), Contact (the referral is recorded)"
        case .staffAlreadyAdded: return "UK GDPR Article 5(1)(d) (accurate records); the council's staff register"
        case .staffNotOnRegister: return delegation
        case .roleAlreadyHeld: return delegation
        case .roleNotHeld: return delegation
        case .signOffLimitNotHeld: return delegation
        case .decisionRoleNotAllowed: return "the council's configuration of who may make each decision (\(w): challenges, sign-off, the Risk Enablement Panel)"
        case .closureWithServicesInForce: return "Care Act 2014 s27, s37; \(guidance) ch. 13; \(w), 5. Review and re-assessments"
        case .importedMarkerReserved: return "UK GDPR Article 5(1)(d) (accurate records); \(auditTrail)"
        case .importAuthorityMissing: return "UK GDPR Article 32 (security of processing); \(delegation)"
        case .importIntoLiveCase: return "UK GDPR Article 5(1)(d) (accurate records); \(auditTrail)"
        // issue 15: direct payments and capacity
        case .capacityFindingContradictsTest: return "Mental Capacity Act 2005 ss1-3"
        case .capacityAssessmentUnknown: return "Mental Capacity Act 2005 ss2-3; Care Act 2014 s32 (when an agreement names it)"
        case .capacityAssessmentIncomplete: return "Mental Capacity Act 2005 s2(1)"
        case .bestInterestsCapacityNotLacking: return "Mental Capacity Act 2005 ss1-4"
        case .directPaymentCloseFamilyInHousehold: return "\(dp) reg 3"
        case .directPaymentPayeeUnstated: return "\(dp) reg 3"
        case .directPaymentNecessityUnstated: return "\(dp) reg 3"
        case .directPaymentAgreementIncomplete: return "Care Act 2014 ss31-33; \(dp) reg 7"
        case .authorisedPersonNeedsIncapacity: return "Care Act 2014 s32"
        case .directPaymentRecipientNeedsCapacity: return "Care Act 2014 s31"
        case .directPaymentNotInForce: return dp
        // issue 15: safeguarding, advocacy and subject access
        case .safeguardingConcernUnknown: return "Care Act 2014 s42"
        case .safeguardingDutyTest: return "Care Act 2014 s42(1)"
        case .safeguardingOutOfOrder: return "Care Act 2014 s42(2)"
        case .safeguardingOutcomeIncomplete: return "Care Act 2014 s42(2); \(guidance) 14.15 (Making Safeguarding Personal)"
        case .advocacyConsiderationInconsistent: return "Care Act 2014 s67(4), s67(5)"
        case .subjectAccessRequestUnknown: return "UK GDPR Art 15"
        case .subjectAccessAuthorityMissing: return "UK GDPR Art 15; ICO guidance on the right of access (requests made on behalf of others)"
        case .subjectAccessOutOfOrder: return "UK GDPR Art 12(3)"
        case .subjectAccessExtensionLate: return "UK GDPR Art 12(3)"
        // issue 15: carers and reablement
        case .carerLinkCaseUnknown: return "Care Act 2014 s10, s20"
        case .carerLinkKindMismatch: return "Care Act 2014 s10, s20"
        case .carersAssessmentOfferInvalid: return "Care Act 2014 s10(1), (3)"
        case .carersAssessmentRefusalWords: return "Care Act 2014 s10(7) [check]"
        case .reablementProgressOutsidePeriod: return "\(w), reablement (progress monitored on a weekly basis)"
        case .reablementProgressIncomplete: return "\(w), reablement (progress monitored on a weekly basis)"
        // issue 15: notices
        case .noticeDecisionUnknown: return "Care Act 2014 s12(3), s25(9), s26; \(charging)"
        case .noticeSubjectMismatch: return "Care Act 2014 s12(3), s12(4), s25(9), s26, s27; \(charging); LGSCO principles of good administrative practice (giving reasons for decisions)"
        case .noticeRightsMissing: return "LGSCO guidance on council decision letters: every letter says how to challenge the decision, how to complain, and that the Ombudsman can look at a complaint once the council's procedure is finished"
        case .noticeContentMissing: return "LGSCO principles of good administrative practice (giving reasons for decisions)"
        // issue 15: charging
        case .planLineExemptionInvalid: return "\(charging) reg 3(3) (community equipment and minor adaptations up to £1,000 are free); Mental Health Act 1983 s117"
        // issue 17: retention
        case .erasureNotDue, .erasureBasisIncomplete, .caseErased: return RetentionRules.source
        case .erasureUnderHold, .legalHoldInvalid: return RetentionRules.holdSource
        // issue 16: ids
        case .idInvalid: return IdRules.source
        // issue 16: staff ids
        case .staffIdLookAlike: return StaffIdRules.source
        }
    }
}
