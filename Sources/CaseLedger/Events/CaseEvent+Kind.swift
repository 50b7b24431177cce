extension CaseEvent {
    /// The type of a case event without its payload, one case for each case of `CaseEvent`, in
    /// the same order and with the same name (the stored type name, `typeName`). A plain enum
    /// (no raw value, so `==` compares one byte, not a raw string): a reader that wants one type
    /// of event tests the kind first and binds the payload only when it matches, instead of
    /// matching a pattern against every event. Read it from `RecordedCaseEvent.kind`, kept beside
    /// the event; `CaseEvent.kind` works it out from the event. (With a raw value, even `UInt8`,
    /// `==` goes through `RawRepresentable` and the compliance rules' filters copied each event
    /// they compared: 266 M more instructions for `compliance` over 103,942 events, measured.)
    public enum Kind: CaseIterable, Hashable, Sendable {
        /// `CaseEvent.referralReceived`.
        case referralReceived
        /// `CaseEvent.informationAndAdviceGiven`.
        case informationAndAdviceGiven
        /// `CaseEvent.workerAllocated`.
        case workerAllocated
        /// `CaseEvent.needsAssessed`.
        case needsAssessed
        /// `CaseEvent.carersAssessed`.
        case carersAssessed
        /// `CaseEvent.carerLinked`.
        case carerLinked
        /// `CaseEvent.carersAssessmentOffered`.
        case carersAssessmentOffered
        /// `CaseEvent.eligibilityDetermined`.
        case eligibilityDetermined
        /// `CaseEvent.eligibilityNoticeSent`.
        case eligibilityNoticeSent
        /// `CaseEvent.financialAssessmentCompleted`.
        case financialAssessmentCompleted
        /// `CaseEvent.reablementStarted`.
        case reablementStarted
        /// `CaseEvent.reablementEnded`.
        case reablementEnded
        /// `CaseEvent.reablementProgressRecorded`.
        case reablementProgressRecorded
        /// `CaseEvent.indicativeBudgetCalculated`.
        case indicativeBudgetCalculated
        /// `CaseEvent.supportPlanDrafted`.
        case supportPlanDrafted
        /// `CaseEvent.supportPlanRevised`.
        case supportPlanRevised
        /// `CaseEvent.personalBudgetSet`.
        case personalBudgetSet
        /// `CaseEvent.planSignedOff`.
        case planSignedOff
        /// `CaseEvent.planSignOffRefused`.
        case planSignOffRefused
        /// `CaseEvent.deliveryArranged`.
        case deliveryArranged
        /// `CaseEvent.directPaymentAgreed`.
        case directPaymentAgreed
        /// `CaseEvent.directPaymentNecessityDecided`.
        case directPaymentNecessityDecided
        /// `CaseEvent.directPaymentRefused`.
        case directPaymentRefused
        /// `CaseEvent.directPaymentTerminated`.
        case directPaymentTerminated
        /// `CaseEvent.reviewRequested`.
        case reviewRequested
        /// `CaseEvent.reviewCompleted`.
        case reviewCompleted
        /// `CaseEvent.withdrawalDecided`.
        case withdrawalDecided
        /// `CaseEvent.withdrawalNoticeSent`.
        case withdrawalNoticeSent
        /// `CaseEvent.noticeSent`.
        case noticeSent
        /// `CaseEvent.caseClosed`.
        case caseClosed
        /// `CaseEvent.caseReopened`.
        case caseReopened
        /// `CaseEvent.challengeRaised`.
        case challengeRaised
        /// `CaseEvent.challengeEscalated`.
        case challengeEscalated
        /// `CaseEvent.challengeResolved`.
        case challengeResolved
        /// `CaseEvent.riskEnablementPanelDecided`.
        case riskEnablementPanelDecided
        /// `CaseEvent.complaintReceived`.
        case complaintReceived
        /// `CaseEvent.complaintAcknowledged`.
        case complaintAcknowledged
        /// `CaseEvent.complaintResponded`.
        case complaintResponded
        /// `CaseEvent.capacityAssessed`.
        case capacityAssessed
        /// `CaseEvent.bestInterestsDecisionMade`.
        case bestInterestsDecisionMade
        /// `CaseEvent.safeguardingConcernRaised`.
        case safeguardingConcernRaised
        /// `CaseEvent.safeguardingDutyDecided`.
        case safeguardingDutyDecided
        /// `CaseEvent.safeguardingEnquiryStarted`.
        case safeguardingEnquiryStarted
        /// `CaseEvent.safeguardingOutcomeRecorded`.
        case safeguardingOutcomeRecorded
        /// `CaseEvent.advocacyConsidered`.
        case advocacyConsidered
        /// `CaseEvent.subjectAccessRequestReceived`.
        case subjectAccessRequestReceived
        /// `CaseEvent.subjectAccessClarificationSought`.
        case subjectAccessClarificationSought
        /// `CaseEvent.subjectAccessRequestClarified`.
        case subjectAccessRequestClarified
        /// `CaseEvent.subjectAccessRequestExtended`.
        case subjectAccessRequestExtended
        /// `CaseEvent.subjectAccessRequestAnswered`.
        case subjectAccessRequestAnswered
        /// `CaseEvent.opinionDisputed`.
        case opinionDisputed
        /// `CaseEvent.eventCorrected`.
        case eventCorrected
        // issue 17: retention
        /// `CaseEvent.legalHoldPlaced`.
        case legalHoldPlaced
        /// `CaseEvent.legalHoldLifted`.
        case legalHoldLifted
        /// `CaseEvent.erasureAuthorised`.
        case erasureAuthorised
        /// `CaseEvent.erased`: an event of any type whose personal content was erased (its own
        /// type is `ErasedEvent.originalType`).
        case erased
    }

    /// The event's type, read from the case alone: no payload is boxed or retained.
    public var kind: Kind {
        switch self {
        case .referralReceived: .referralReceived
        case .informationAndAdviceGiven: .informationAndAdviceGiven
        case .workerAllocated: .workerAllocated
        case .needsAssessed: .needsAssessed
        case .carersAssessed: .carersAssessed
        case .carerLinked: .carerLinked
        case .carersAssessmentOffered: .carersAssessmentOffered
        case .eligibilityDetermined: .eligibilityDetermined
        case .eligibilityNoticeSent: .eligibilityNoticeSent
        case .financialAssessmentCompleted: .financialAssessmentCompleted
        case .reablementStarted: .reablementStarted
        case .reablementEnded: .reablementEnded
        case .reablementProgressRecorded: .reablementProgressRecorded
        case .indicativeBudgetCalculated: .indicativeBudgetCalculated
        case .supportPlanDrafted: .supportPlanDrafted
        case .supportPlanRevised: .supportPlanRevised
        case .personalBudgetSet: .personalBudgetSet
        case .planSignedOff: .planSignedOff
        case .planSignOffRefused: .planSignOffRefused
        case .deliveryArranged: .deliveryArranged
        case .directPaymentAgreed: .directPaymentAgreed
        case .directPaymentNecessityDecided: .directPaymentNecessityDecided
        case .directPaymentRefused: .directPaymentRefused
        case .directPaymentTerminated: .directPaymentTerminated
        case .reviewRequested: .reviewRequested
        case .reviewCompleted: .reviewCompleted
        case .withdrawalDecided: .withdrawalDecided
        case .withdrawalNoticeSent: .withdrawalNoticeSent
        case .noticeSent: .noticeSent
        case .caseClosed: .caseClosed
        case .caseReopened: .caseReopened
        case .challengeRaised: .challengeRaised
        case .challengeEscalated: .challengeEscalated
        case .challengeResolved: .challengeResolved
        case .riskEnablementPanelDecided: .riskEnablementPanelDecided
        case .complaintReceived: .complaintReceived
        case .complaintAcknowledged: .complaintAcknowledged
        case .complaintResponded: .complaintResponded
        case .capacityAssessed: .capacityAssessed
        case .bestInterestsDecisionMade: .bestInterestsDecisionMade
        case .safeguardingConcernRaised: .safeguardingConcernRaised
        case .safeguardingDutyDecided: .safeguardingDutyDecided
        case .safeguardingEnquiryStarted: .safeguardingEnquiryStarted
        case .safeguardingOutcomeRecorded: .safeguardingOutcomeRecorded
        case .advocacyConsidered: .advocacyConsidered
        case .subjectAccessRequestReceived: .subjectAccessRequestReceived
        case .subjectAccessClarificationSought: .subjectAccessClarificationSought
        case .subjectAccessRequestClarified: .subjectAccessRequestClarified
        case .subjectAccessRequestExtended: .subjectAccessRequestExtended
        case .subjectAccessRequestAnswered: .subjectAccessRequestAnswered
        case .opinionDisputed: .opinionDisputed
        case .eventCorrected: .eventCorrected
        case .legalHoldPlaced: .legalHoldPlaced
        case .legalHoldLifted: .legalHoldLifted
        case .erasureAuthorised: .erasureAuthorised
        case .erased: .erased
        }
    }
}
