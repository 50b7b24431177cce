extension CaseCommand {
    /// The command's input, a JSON-readable object.
    public var input: any PayloadObject {
        switch self {
        case .receiveReferral(let p): p
        case .giveInformationAndAdvice(let p): p
        case .allocateWorker(let p): p
        case .assessNeeds(let p): p
        case .assessCarer(let p): p
        case .determineEligibility(let p): p
        case .sendEligibilityNotice(let p): p
        case .completeFinancialAssessment(let p): p
        case .startReablement(let p): p
        case .endReablement(let p): p
        case .calculateIndicativeBudget(let p): p
        case .draftSupportPlan(let p): p
        case .reviseSupportPlan(let p): p
        case .setPersonalBudget(let p): p
        case .signOffPlan(let p): p
        case .refuseSignOff(let p): p
        case .arrangeDelivery(let p): p
        case .requestReview(let p): p
        case .completeReview(let p): p
        case .decideWithdrawal(let p): p
        case .sendWithdrawalNotice(let p): p
        case .sendNotice(let p): p
        case .closeCase(let p): p
        case .reopenCase(let p): p
        case .raiseChallenge(let p): p
        case .escalateChallenge(let p): p
        case .resolveChallenge(let p): p
        case .recordPanelDecision(let p): p
        case .receiveComplaint(let p): p
        case .acknowledgeComplaint(let p): p
        case .respondToComplaint(let p): p
        case .makeBestInterestsDecision(let p): p
        case .correctEvent(let p): p
        case .disputeOpinion(let p): p
        }
    }

    /// The input as a JSON object (integers only; money in pence; dates `YYYY-MM-DD`).
    public var payload: JSONValue { input.json }

    /// Every command name, e.g. "receiveReferral".
    public static let allNames: [String] = [
        "receiveReferral",
        "giveInformationAndAdvice",
        "allocateWorker",
        "assessNeeds",
        "assessCarer",
        "determineEligibility",
        "sendEligibilityNotice",
        "completeFinancialAssessment",
        "startReablement",
        "endReablement",
        "calculateIndicativeBudget",
        "draftSupportPlan",
        "reviseSupportPlan",
        "setPersonalBudget",
        "signOffPlan",
        "refuseSignOff",
        "arrangeDelivery",
        "requestReview",
        "completeReview",
        "decideWithdrawal",
        "sendWithdrawalNotice",
        "sendNotice",
        "closeCase",
        "reopenCase",
        "raiseChallenge",
        "escalateChallenge",
        "resolveChallenge",
        "recordPanelDecision",
        "receiveComplaint",
        "acknowledgeComplaint",
        "respondToComplaint",
        "makeBestInterestsDecision",
        "correctEvent",
        "disputeOpinion",
    ]

    /// Reads a case command from its name and JSON input; an error names the field at fault.
    public static func decode(name: String, payload: JSONValue) throws(PayloadDecodingError) -> CaseCommand {
        let r = try PayloadReader(payload)
        switch name {
        case "receiveReferral": return .receiveReferral(try ReferralReceived(from: r))
        case "giveInformationAndAdvice": return .giveInformationAndAdvice(try InformationAndAdviceGiven(from: r))
        case "allocateWorker": return .allocateWorker(try WorkerAllocated(from: r))
        case "assessNeeds": return .assessNeeds(try NeedsAssessed(from: r))
        case "assessCarer": return .assessCarer(try CarersAssessed(from: r))
        case "determineEligibility": return .determineEligibility(try DetermineEligibility(from: r))
        case "sendEligibilityNotice": return .sendEligibilityNotice(try EligibilityNoticeSent(from: r))
        case "completeFinancialAssessment": return .completeFinancialAssessment(try CompleteFinancialAssessment(from: r))
        case "startReablement": return .startReablement(try StartReablement(from: r))
        case "endReablement": return .endReablement(try ReablementEnded(from: r))
        case "calculateIndicativeBudget": return .calculateIndicativeBudget(try IndicativeBudgetCalculated(from: r))
        case "draftSupportPlan": return .draftSupportPlan(try DraftSupportPlan(from: r))
        case "reviseSupportPlan": return .reviseSupportPlan(try ReviseSupportPlan(from: r))
        case "setPersonalBudget": return .setPersonalBudget(try SetPersonalBudget(from: r))
        case "signOffPlan": return .signOffPlan(try SignOffPlan(from: r))
        case "refuseSignOff": return .refuseSignOff(try PlanSignOffRefused(from: r))
        case "arrangeDelivery": return .arrangeDelivery(try ArrangeDelivery(from: r))
        case "requestReview": return .requestReview(try ReviewRequested(from: r))
        case "completeReview": return .completeReview(try ReviewCompleted(from: r))
        case "decideWithdrawal": return .decideWithdrawal(try WithdrawalDecided(from: r))
        case "sendWithdrawalNotice": return .sendWithdrawalNotice(try WithdrawalNoticeSent(from: r))
        case "sendNotice": return .sendNotice(try NoticeSent(from: r))
        case "closeCase": return .closeCase(try CaseClosed(from: r))
        case "reopenCase": return .reopenCase(try CaseReopened(from: r))
        case "raiseChallenge": return .raiseChallenge(try ChallengeRaised(from: r))
        case "escalateChallenge": return .escalateChallenge(try EscalateChallenge(from: r))
        case "resolveChallenge": return .resolveChallenge(try ResolveChallenge(from: r))
        case "recordPanelDecision": return .recordPanelDecision(try RiskEnablementPanelDecided(from: r))
        case "receiveComplaint": return .receiveComplaint(try ReceiveComplaint(from: r))
        case "acknowledgeComplaint": return .acknowledgeComplaint(try AcknowledgeComplaint(from: r))
        case "respondToComplaint": return .respondToComplaint(try RespondToComplaint(from: r))
        case "makeBestInterestsDecision": return .makeBestInterestsDecision(try BestInterestsDecisionMade(from: r))
        case "correctEvent": return .correctEvent(try EventCorrected(from: r))
        case "disputeOpinion": return .disputeOpinion(try OpinionDisputed(from: r))
        default:
            throw PayloadDecodingError(field: "", problem: "\"\(name)\" is not a known case command")
        }
    }
}
