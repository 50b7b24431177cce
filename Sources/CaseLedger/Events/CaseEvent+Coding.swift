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

    /// The decision metadata: acting role, effective date, reasons, references, notes.
    public var metadata: DecisionMetadata { payloadValue.metadata }

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

    /// Reads a stored case event: its type name, schema version and payload. Fails with an error
    /// naming the field when the payload does not match the type; unknown types and schema
    /// versions are errors too, never a crash.
    public static func decode(
        type: String, schema: Int, payload: JSONValue, at path: String = ""
    ) throws(PayloadDecodingError) -> CaseEvent {
        let r = try PayloadReader(payload, at: path)
        func check(_ supported: Int) throws(PayloadDecodingError) {
            guard schema == supported else {
                throw PayloadDecodingError(
                    field: path,
                    problem: "schema \(schema) of event type \"\(type)\" is not supported (this build reads schema \(supported))")
            }
        }
        switch type {
        case ReferralReceived.typeName:
            try check(ReferralReceived.schemaVersion)
            return .referralReceived(try ReferralReceived(from: r))
        case InformationAndAdviceGiven.typeName:
            try check(InformationAndAdviceGiven.schemaVersion)
            return .informationAndAdviceGiven(try InformationAndAdviceGiven(from: r))
        case WorkerAllocated.typeName:
            try check(WorkerAllocated.schemaVersion)
            return .workerAllocated(try WorkerAllocated(from: r))
        case NeedsAssessed.typeName:
            try check(NeedsAssessed.schemaVersion)
            return .needsAssessed(try NeedsAssessed(from: r))
        case CarersAssessed.typeName:
            try check(CarersAssessed.schemaVersion)
            return .carersAssessed(try CarersAssessed(from: r))
        case EligibilityDetermined.typeName:
            try check(EligibilityDetermined.schemaVersion)
            return .eligibilityDetermined(try EligibilityDetermined(from: r))
        case EligibilityNoticeSent.typeName:
            try check(EligibilityNoticeSent.schemaVersion)
            return .eligibilityNoticeSent(try EligibilityNoticeSent(from: r))
        case FinancialAssessmentCompleted.typeName:
            try check(FinancialAssessmentCompleted.schemaVersion)
            return .financialAssessmentCompleted(try FinancialAssessmentCompleted(from: r))
        case ReablementStarted.typeName:
            try check(ReablementStarted.schemaVersion)
            return .reablementStarted(try ReablementStarted(from: r))
        case ReablementEnded.typeName:
            try check(ReablementEnded.schemaVersion)
            return .reablementEnded(try ReablementEnded(from: r))
        case IndicativeBudgetCalculated.typeName:
            try check(IndicativeBudgetCalculated.schemaVersion)
            return .indicativeBudgetCalculated(try IndicativeBudgetCalculated(from: r))
        case SupportPlanDrafted.typeName:
            try check(SupportPlanDrafted.schemaVersion)
            return .supportPlanDrafted(try SupportPlanDrafted(from: r))
        case SupportPlanRevised.typeName:
            try check(SupportPlanRevised.schemaVersion)
            return .supportPlanRevised(try SupportPlanRevised(from: r))
        case PersonalBudgetSet.typeName:
            try check(PersonalBudgetSet.schemaVersion)
            return .personalBudgetSet(try PersonalBudgetSet(from: r))
        case PlanSignedOff.typeName:
            try check(PlanSignedOff.schemaVersion)
            return .planSignedOff(try PlanSignedOff(from: r))
        case PlanSignOffRefused.typeName:
            try check(PlanSignOffRefused.schemaVersion)
            return .planSignOffRefused(try PlanSignOffRefused(from: r))
        case DeliveryArranged.typeName:
            try check(DeliveryArranged.schemaVersion)
            return .deliveryArranged(try DeliveryArranged(from: r))
        case ReviewRequested.typeName:
            try check(ReviewRequested.schemaVersion)
            return .reviewRequested(try ReviewRequested(from: r))
        case ReviewCompleted.typeName:
            try check(ReviewCompleted.schemaVersion)
            return .reviewCompleted(try ReviewCompleted(from: r))
        case WithdrawalDecided.typeName:
            try check(WithdrawalDecided.schemaVersion)
            return .withdrawalDecided(try WithdrawalDecided(from: r))
        case WithdrawalNoticeSent.typeName:
            try check(WithdrawalNoticeSent.schemaVersion)
            return .withdrawalNoticeSent(try WithdrawalNoticeSent(from: r))
        case CaseClosed.typeName:
            try check(CaseClosed.schemaVersion)
            return .caseClosed(try CaseClosed(from: r))
        case CaseReopened.typeName:
            try check(CaseReopened.schemaVersion)
            return .caseReopened(try CaseReopened(from: r))
        case ChallengeRaised.typeName:
            try check(ChallengeRaised.schemaVersion)
            return .challengeRaised(try ChallengeRaised(from: r))
        case ChallengeEscalated.typeName:
            try check(ChallengeEscalated.schemaVersion)
            return .challengeEscalated(try ChallengeEscalated(from: r))
        case ChallengeResolved.typeName:
            try check(ChallengeResolved.schemaVersion)
            return .challengeResolved(try ChallengeResolved(from: r))
        case RiskEnablementPanelDecided.typeName:
            try check(RiskEnablementPanelDecided.schemaVersion)
            return .riskEnablementPanelDecided(try RiskEnablementPanelDecided(from: r))
        case ComplaintReceived.typeName:
            try check(ComplaintReceived.schemaVersion)
            return .complaintReceived(try ComplaintReceived(from: r))
        case ComplaintAcknowledged.typeName:
            try check(ComplaintAcknowledged.schemaVersion)
            return .complaintAcknowledged(try ComplaintAcknowledged(from: r))
        case ComplaintResponded.typeName:
            try check(ComplaintResponded.schemaVersion)
            return .complaintResponded(try ComplaintResponded(from: r))
        case BestInterestsDecisionMade.typeName:
            try check(BestInterestsDecisionMade.schemaVersion)
            return .bestInterestsDecisionMade(try BestInterestsDecisionMade(from: r))
        case OpinionDisputed.typeName:
            try check(OpinionDisputed.schemaVersion)
            return .opinionDisputed(try OpinionDisputed(from: r))
        case EventCorrected.typeName:
            try check(EventCorrected.schemaVersion)
            return .eventCorrected(try EventCorrected(from: r))
        default:
            throw PayloadDecodingError(field: path, problem: "\"\(type)\" is not a known case event type")
        }
    }
}
