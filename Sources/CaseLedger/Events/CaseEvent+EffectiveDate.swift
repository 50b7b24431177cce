extension CaseEvent {
    /// The date the decision takes effect: `metadata.effectiveDate`, read straight from the
    /// payload without copying its metadata (reasons, references, notes) first.
    public var effectiveDate: CalendarDate {
        switch self {
        case .referralReceived(let p): p.metadata.effectiveDate
        case .informationAndAdviceGiven(let p): p.metadata.effectiveDate
        case .workerAllocated(let p): p.metadata.effectiveDate
        case .needsAssessed(let p): p.metadata.effectiveDate
        case .carersAssessed(let p): p.metadata.effectiveDate
        case .eligibilityDetermined(let p): p.metadata.effectiveDate
        case .eligibilityNoticeSent(let p): p.metadata.effectiveDate
        case .financialAssessmentCompleted(let p): p.metadata.effectiveDate
        case .reablementStarted(let p): p.metadata.effectiveDate
        case .reablementEnded(let p): p.metadata.effectiveDate
        case .indicativeBudgetCalculated(let p): p.metadata.effectiveDate
        case .supportPlanDrafted(let p): p.metadata.effectiveDate
        case .supportPlanRevised(let p): p.metadata.effectiveDate
        case .personalBudgetSet(let p): p.metadata.effectiveDate
        case .planSignedOff(let p): p.metadata.effectiveDate
        case .planSignOffRefused(let p): p.metadata.effectiveDate
        case .deliveryArranged(let p): p.metadata.effectiveDate
        case .reviewRequested(let p): p.metadata.effectiveDate
        case .reviewCompleted(let p): p.metadata.effectiveDate
        case .withdrawalDecided(let p): p.metadata.effectiveDate
        case .withdrawalNoticeSent(let p): p.metadata.effectiveDate
        case .caseClosed(let p): p.metadata.effectiveDate
        case .caseReopened(let p): p.metadata.effectiveDate
        case .challengeRaised(let p): p.metadata.effectiveDate
        case .challengeEscalated(let p): p.metadata.effectiveDate
        case .challengeResolved(let p): p.metadata.effectiveDate
        case .riskEnablementPanelDecided(let p): p.metadata.effectiveDate
        case .complaintReceived(let p): p.metadata.effectiveDate
        case .complaintAcknowledged(let p): p.metadata.effectiveDate
        case .complaintResponded(let p): p.metadata.effectiveDate
        case .bestInterestsDecisionMade(let p): p.metadata.effectiveDate
        case .opinionDisputed(let p): p.metadata.effectiveDate
        case .eventCorrected(let p): p.metadata.effectiveDate
        }
    }
}
