extension CaseEvent {
    /// The payload as its protocol, for access common to every kind of case event.
    public var payloadValue: any CaseEventPayload {
        switch self {
        case .referralReceived(let p): p
        case .informationAndAdviceGiven(let p): p
        case .workerAllocated(let p): p
        case .needsAssessed(let p): p
        case .carersAssessed(let p): p
        case .eligibilityDetermined(let p): p
        case .eligibilityNoticeSent(let p): p
        case .financialAssessmentCompleted(let p): p
        case .reablementStarted(let p): p
        case .reablementEnded(let p): p
        case .indicativeBudgetCalculated(let p): p
        case .supportPlanDrafted(let p): p
        case .supportPlanRevised(let p): p
        case .personalBudgetSet(let p): p
        case .planSignedOff(let p): p
        case .planSignOffRefused(let p): p
        case .deliveryArranged(let p): p
        case .reviewRequested(let p): p
        case .reviewCompleted(let p): p
        case .withdrawalDecided(let p): p
        case .withdrawalNoticeSent(let p): p
        case .caseClosed(let p): p
        case .caseReopened(let p): p
        case .challengeRaised(let p): p
        case .challengeEscalated(let p): p
        case .challengeResolved(let p): p
        case .riskEnablementPanelDecided(let p): p
        case .complaintReceived(let p): p
        case .complaintAcknowledged(let p): p
        case .complaintResponded(let p): p
        case .bestInterestsDecisionMade(let p): p
        case .opinionDisputed(let p): p
        case .eventCorrected(let p): p
        }
    }

    /// The stored event type name, e.g. "referralReceived".
    public var typeName: String { type(of: payloadValue).typeName }

    /// The payload schema version.
    public var schemaVersion: Int { type(of: payloadValue).schemaVersion }

    /// The decision metadata: acting role, effective date, reasons, references, notes. Read
    /// from the payload in place, not through `payloadValue` (which boxes the payload).
    public var metadata: DecisionMetadata {
        switch self {
        case .referralReceived(let p): p.metadata
        case .informationAndAdviceGiven(let p): p.metadata
        case .workerAllocated(let p): p.metadata
        case .needsAssessed(let p): p.metadata
        case .carersAssessed(let p): p.metadata
        case .eligibilityDetermined(let p): p.metadata
        case .eligibilityNoticeSent(let p): p.metadata
        case .financialAssessmentCompleted(let p): p.metadata
        case .reablementStarted(let p): p.metadata
        case .reablementEnded(let p): p.metadata
        case .indicativeBudgetCalculated(let p): p.metadata
        case .supportPlanDrafted(let p): p.metadata
        case .supportPlanRevised(let p): p.metadata
        case .personalBudgetSet(let p): p.metadata
        case .planSignedOff(let p): p.metadata
        case .planSignOffRefused(let p): p.metadata
        case .deliveryArranged(let p): p.metadata
        case .reviewRequested(let p): p.metadata
        case .reviewCompleted(let p): p.metadata
        case .withdrawalDecided(let p): p.metadata
        case .withdrawalNoticeSent(let p): p.metadata
        case .caseClosed(let p): p.metadata
        case .caseReopened(let p): p.metadata
        case .challengeRaised(let p): p.metadata
        case .challengeEscalated(let p): p.metadata
        case .challengeResolved(let p): p.metadata
        case .riskEnablementPanelDecided(let p): p.metadata
        case .complaintReceived(let p): p.metadata
        case .complaintAcknowledged(let p): p.metadata
        case .complaintResponded(let p): p.metadata
        case .bestInterestsDecisionMade(let p): p.metadata
        case .opinionDisputed(let p): p.metadata
        case .eventCorrected(let p): p.metadata
        }
    }

    /// The payload as stored: a JSON object with integers only (money in pence).
    public var payload: JSONValue { payloadValue.json }

    /// Every stored type name of a case event, in lifecycle order.
    public static let allTypeNames: [String] = [
        "referralReceived",
        "informationAndAdviceGiven",
        "workerAllocated",
        "needsAssessed",
        "carersAssessed",
        "eligibilityDetermined",
        "eligibilityNoticeSent",
        "financialAssessmentCompleted",
        "reablementStarted",
        "reablementEnded",
        "indicativeBudgetCalculated",
        "supportPlanDrafted",
        "supportPlanRevised",
        "personalBudgetSet",
        "planSignedOff",
        "planSignOffRefused",
        "deliveryArranged",
        "reviewRequested",
        "reviewCompleted",
        "withdrawalDecided",
        "withdrawalNoticeSent",
        "caseClosed",
        "caseReopened",
        "challengeRaised",
        "challengeEscalated",
        "challengeResolved",
        "riskEnablementPanelDecided",
        "complaintReceived",
        "complaintAcknowledged",
        "complaintResponded",
        "bestInterestsDecisionMade",
        "opinionDisputed",
        "eventCorrected",
    ]
}
