extension CaseCommand {
    /// The command's input, a JSON-readable object.
    public var input: any PayloadObject {
        switch self {
        case .receiveReferral(let p): p
        case .giveInformationAndAdvice(let p): p
        case .allocateWorker(let p): p
        case .assessNeeds(let p): p
        case .assessCarer(let p): p
        case .linkCarer(let p): p
        case .offerCarersAssessment(let p): p
        case .determineEligibility(let p): p
        case .sendEligibilityNotice(let p): p
        case .completeFinancialAssessment(let p): p
        case .startReablement(let p): p
        case .endReablement(let p): p
        case .recordReablementProgress(let p): p
        case .calculateIndicativeBudget(let p): p
        case .draftSupportPlan(let p): p
        case .reviseSupportPlan(let p): p
        case .setPersonalBudget(let p): p
        case .signOffPlan(let p): p
        case .refuseSignOff(let p): p
        case .arrangeDelivery(let p): p
        case .agreeDirectPayment(let p): p
        case .decideDirectPaymentNecessity(let p): p
        case .refuseDirectPayment(let p): p
        case .terminateDirectPayment(let p): p
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
        case .assessCapacity(let p): p
        case .makeBestInterestsDecision(let p): p
        case .raiseSafeguardingConcern(let p): p
        case .decideSafeguardingDuty(let p): p
        case .startSafeguardingEnquiry(let p): p
        case .recordSafeguardingOutcome(let p): p
        case .considerAdvocacy(let p): p
        case .receiveSubjectAccessRequest(let p): p
        case .seekSubjectAccessClarification(let p): p
        case .clarifySubjectAccessRequest(let p): p
        case .extendSubjectAccessRequest(let p): p
        case .answerSubjectAccessRequest(let p): p
        case .placeLegalHold(let p): p
        case .liftLegalHold(let p): p
        case .authoriseErasure(let p): p
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
        "linkCarer",
        "offerCarersAssessment",
        "determineEligibility",
        "sendEligibilityNotice",
        "completeFinancialAssessment",
        "startReablement",
        "endReablement",
        "recordReablementProgress",
        "calculateIndicativeBudget",
        "draftSupportPlan",
        "reviseSupportPlan",
        "setPersonalBudget",
        "signOffPlan",
        "refuseSignOff",
        "arrangeDelivery",
        "agreeDirectPayment",
        "decideDirectPaymentNecessity",
        "refuseDirectPayment",
        "terminateDirectPayment",
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
        "assessCapacity",
        "makeBestInterestsDecision",
        "raiseSafeguardingConcern",
        "decideSafeguardingDuty",
        "startSafeguardingEnquiry",
        "recordSafeguardingOutcome",
        "considerAdvocacy",
        "receiveSubjectAccessRequest",
        "seekSubjectAccessClarification",
        "clarifySubjectAccessRequest",
        "extendSubjectAccessRequest",
        "answerSubjectAccessRequest",
        // issue 17: retention
        "placeLegalHold",
        "liftLegalHold",
        "authoriseErasure",
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
        case "linkCarer": return .linkCarer(try CarerLinked(from: r))
        case "offerCarersAssessment": return .offerCarersAssessment(try CarersAssessmentOffered(from: r))
        case "determineEligibility": return .determineEligibility(try DetermineEligibility(from: r))
        case "sendEligibilityNotice": return .sendEligibilityNotice(try EligibilityNoticeSent(from: r))
        case "completeFinancialAssessment": return .completeFinancialAssessment(try CompleteFinancialAssessment(from: r))
        case "startReablement": return .startReablement(try StartReablement(from: r))
        case "endReablement": return .endReablement(try ReablementEnded(from: r))
        case "recordReablementProgress": return .recordReablementProgress(try RecordReablementProgress(from: r))
        case "calculateIndicativeBudget": return .calculateIndicativeBudget(try IndicativeBudgetCalculated(from: r))
        case "draftSupportPlan": return .draftSupportPlan(try DraftSupportPlan(from: r))
        case "reviseSupportPlan": return .reviseSupportPlan(try ReviseSupportPlan(from: r))
        case "setPersonalBudget": return .setPersonalBudget(try SetPersonalBudget(from: r))
        case "signOffPlan": return .signOffPlan(try SignOffPlan(from: r))
        case "refuseSignOff": return .refuseSignOff(try PlanSignOffRefused(from: r))
        case "arrangeDelivery": return .arrangeDelivery(try ArrangeDelivery(from: r))
        case "agreeDirectPayment": return .agreeDirectPayment(try DirectPaymentAgreed(from: r))
        case "decideDirectPaymentNecessity": return .decideDirectPaymentNecessity(try DirectPaymentNecessityDecided(from: r))
        case "refuseDirectPayment": return .refuseDirectPayment(try DirectPaymentRefused(from: r))
        case "terminateDirectPayment": return .terminateDirectPayment(try DirectPaymentTerminated(from: r))
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
        case "assessCapacity": return .assessCapacity(try CapacityAssessed(from: r))
        case "makeBestInterestsDecision": return .makeBestInterestsDecision(try BestInterestsDecisionMade(from: r))
        case "raiseSafeguardingConcern": return .raiseSafeguardingConcern(try SafeguardingConcernRaised(from: r))
        case "decideSafeguardingDuty": return .decideSafeguardingDuty(try SafeguardingDutyDecided(from: r))
        case "startSafeguardingEnquiry": return .startSafeguardingEnquiry(try SafeguardingEnquiryStarted(from: r))
        case "recordSafeguardingOutcome": return .recordSafeguardingOutcome(try SafeguardingOutcomeRecorded(from: r))
        case "considerAdvocacy": return .considerAdvocacy(try AdvocacyConsidered(from: r))
        case "receiveSubjectAccessRequest": return .receiveSubjectAccessRequest(try SubjectAccessRequestReceived(from: r))
        case "seekSubjectAccessClarification": return .seekSubjectAccessClarification(try SubjectAccessClarificationSought(from: r))
        case "clarifySubjectAccessRequest": return .clarifySubjectAccessRequest(try SubjectAccessRequestClarified(from: r))
        case "extendSubjectAccessRequest": return .extendSubjectAccessRequest(try SubjectAccessRequestExtended(from: r))
        case "answerSubjectAccessRequest": return .answerSubjectAccessRequest(try SubjectAccessRequestAnswered(from: r))
        case "placeLegalHold": return .placeLegalHold(try LegalHoldPlaced(from: r))
        case "liftLegalHold": return .liftLegalHold(try LegalHoldLifted(from: r))
        case "authoriseErasure": return .authoriseErasure(try AuthoriseErasure(from: r))
        case "correctEvent": return .correctEvent(try EventCorrected(from: r))
        case "disputeOpinion": return .disputeOpinion(try OpinionDisputed(from: r))
        default:
            throw PayloadDecodingError(field: "", problem: "\"\(name)\" is not a known case command")
        }
    }
}
