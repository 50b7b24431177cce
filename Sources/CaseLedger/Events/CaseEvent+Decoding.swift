extension CaseEvent {
    /// Reads a stored case event: its type name, schema version and payload. Fails with an error
    /// naming the field when the payload does not match the type; unknown types and schema
    /// versions are errors too, never a crash.
    public static func decode(
        type: String, schema: Int, payload: JSONValue, at path: String = ""
    ) throws(PayloadDecodingError) -> CaseEvent {
        // Read first at no path (building none); only a payload that fails is read again to name the field.
        if path != PayloadReader.unnamed, let event = try? decode(type: type, schema: schema, payload: payload, at: PayloadReader.unnamed) {
            return event
        }
        return try decode(type: type, schema: schema, reader: PayloadReader(payload, at: path))
    }

    /// Reads a stored case event whose payload is on a tape: the same event, or the same error,
    /// as `decode(type:schema:payload:at:)` gives for the payload's value (a payload that does not
    /// read is read again as a value, to name the field).
    public static func decode(type: String, schema: Int, payload: JSONTape.Value) throws(PayloadDecodingError) -> CaseEvent {
        if let r = try? PayloadReader(payload, at: PayloadReader.unnamed), let event = try? decode(type: type, schema: schema, reader: r) {
            return event
        }
        return try decode(type: type, schema: schema, payload: payload.jsonValue)
    }

    /// Reads a case event of `type` and `schema` from the payload object `r` reads; errors name
    /// fields under `r.path`.
    public static func decode(type: String, schema: Int, reader r: PayloadReader) throws(PayloadDecodingError) -> CaseEvent {
        let path = r.path
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
