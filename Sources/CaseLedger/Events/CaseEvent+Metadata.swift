extension CaseEvent {
    /// The same fact with different decision metadata (used to build corrections).
    public func replacingMetadata(_ metadata: DecisionMetadata) -> CaseEvent {
        switch self {
        case .referralReceived(var p):
            p.metadata = metadata
            return .referralReceived(p)
        case .informationAndAdviceGiven(var p):
            p.metadata = metadata
            return .informationAndAdviceGiven(p)
        case .workerAllocated(var p):
            p.metadata = metadata
            return .workerAllocated(p)
        case .needsAssessed(var p):
            p.metadata = metadata
            return .needsAssessed(p)
        case .carersAssessed(var p):
            p.metadata = metadata
            return .carersAssessed(p)
        case .eligibilityDetermined(var p):
            p.metadata = metadata
            return .eligibilityDetermined(p)
        case .eligibilityNoticeSent(var p):
            p.metadata = metadata
            return .eligibilityNoticeSent(p)
        case .financialAssessmentCompleted(var p):
            p.metadata = metadata
            return .financialAssessmentCompleted(p)
        case .reablementStarted(var p):
            p.metadata = metadata
            return .reablementStarted(p)
        case .reablementEnded(var p):
            p.metadata = metadata
            return .reablementEnded(p)
        case .indicativeBudgetCalculated(var p):
            p.metadata = metadata
            return .indicativeBudgetCalculated(p)
        case .supportPlanDrafted(var p):
            p.metadata = metadata
            return .supportPlanDrafted(p)
        case .supportPlanRevised(var p):
            p.metadata = metadata
            return .supportPlanRevised(p)
        case .personalBudgetSet(var p):
            p.metadata = metadata
            return .personalBudgetSet(p)
        case .planSignedOff(var p):
            p.metadata = metadata
            return .planSignedOff(p)
        case .planSignOffRefused(var p):
            p.metadata = metadata
            return .planSignOffRefused(p)
        case .deliveryArranged(var p):
            p.metadata = metadata
            return .deliveryArranged(p)
        case .reviewRequested(var p):
            p.metadata = metadata
            return .reviewRequested(p)
        case .reviewCompleted(var p):
            p.metadata = metadata
            return .reviewCompleted(p)
        case .withdrawalDecided(var p):
            p.metadata = metadata
            return .withdrawalDecided(p)
        case .withdrawalNoticeSent(var p):
            p.metadata = metadata
            return .withdrawalNoticeSent(p)
        case .caseClosed(var p):
            p.metadata = metadata
            return .caseClosed(p)
        case .caseReopened(var p):
            p.metadata = metadata
            return .caseReopened(p)
        case .challengeRaised(var p):
            p.metadata = metadata
            return .challengeRaised(p)
        case .challengeEscalated(var p):
            p.metadata = metadata
            return .challengeEscalated(p)
        case .challengeResolved(var p):
            p.metadata = metadata
            return .challengeResolved(p)
        case .riskEnablementPanelDecided(var p):
            p.metadata = metadata
            return .riskEnablementPanelDecided(p)
        case .complaintReceived(var p):
            p.metadata = metadata
            return .complaintReceived(p)
        case .complaintAcknowledged(var p):
            p.metadata = metadata
            return .complaintAcknowledged(p)
        case .complaintResponded(var p):
            p.metadata = metadata
            return .complaintResponded(p)
        case .bestInterestsDecisionMade(var p):
            p.metadata = metadata
            return .bestInterestsDecisionMade(p)
        case .opinionDisputed(var p):
            p.metadata = metadata
            return .opinionDisputed(p)
        case .eventCorrected(var p):
            p.metadata = metadata
            return .eventCorrected(p)
        }
    }

}
