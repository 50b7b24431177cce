extension CaseCommand {
    /// The decision metadata the command carries: acting role, effective date, reasons,
    /// references, notes and restricted fields.
    public var metadata: DecisionMetadata {
        switch self {
        case .receiveReferral(let p): p.metadata
        case .giveInformationAndAdvice(let p): p.metadata
        case .allocateWorker(let p): p.metadata
        case .assessNeeds(let p): p.metadata
        case .assessCarer(let p): p.metadata
        case .linkCarer(let p): p.metadata
        case .offerCarersAssessment(let p): p.metadata
        case .determineEligibility(let p): p.metadata
        case .sendEligibilityNotice(let p): p.metadata
        case .completeFinancialAssessment(let p): p.metadata
        case .startReablement(let p): p.metadata
        case .endReablement(let p): p.metadata
        case .recordReablementProgress(let p): p.metadata
        case .calculateIndicativeBudget(let p): p.metadata
        case .draftSupportPlan(let p): p.metadata
        case .reviseSupportPlan(let p): p.metadata
        case .setPersonalBudget(let p): p.metadata
        case .signOffPlan(let p): p.metadata
        case .refuseSignOff(let p): p.metadata
        case .arrangeDelivery(let p): p.metadata
        case .agreeDirectPayment(let p): p.metadata
        case .decideDirectPaymentNecessity(let p): p.metadata
        case .refuseDirectPayment(let p): p.metadata
        case .terminateDirectPayment(let p): p.metadata
        case .requestReview(let p): p.metadata
        case .completeReview(let p): p.metadata
        case .decideWithdrawal(let p): p.metadata
        case .sendWithdrawalNotice(let p): p.metadata
        case .sendNotice(let p): p.metadata
        case .closeCase(let p): p.metadata
        case .reopenCase(let p): p.metadata
        case .raiseChallenge(let p): p.metadata
        case .escalateChallenge(let p): p.metadata
        case .resolveChallenge(let p): p.metadata
        case .recordPanelDecision(let p): p.metadata
        case .receiveComplaint(let p): p.metadata
        case .acknowledgeComplaint(let p): p.metadata
        case .respondToComplaint(let p): p.metadata
        case .assessCapacity(let p): p.metadata
        case .makeBestInterestsDecision(let p): p.metadata
        case .raiseSafeguardingConcern(let p): p.metadata
        case .decideSafeguardingDuty(let p): p.metadata
        case .startSafeguardingEnquiry(let p): p.metadata
        case .recordSafeguardingOutcome(let p): p.metadata
        case .considerAdvocacy(let p): p.metadata
        case .receiveSubjectAccessRequest(let p): p.metadata
        case .seekSubjectAccessClarification(let p): p.metadata
        case .clarifySubjectAccessRequest(let p): p.metadata
        case .extendSubjectAccessRequest(let p): p.metadata
        case .answerSubjectAccessRequest(let p): p.metadata
        case .placeLegalHold(let p): p.metadata
        case .liftLegalHold(let p): p.metadata
        case .authoriseErasure(let p): p.metadata
        case .correctEvent(let p): p.metadata
        case .disputeOpinion(let p): p.metadata
        }
    }

    /// The command's name, lower camel case, e.g. "signOffPlan".
    public var name: String {
        switch self {
        case .receiveReferral: "receiveReferral"
        case .giveInformationAndAdvice: "giveInformationAndAdvice"
        case .allocateWorker: "allocateWorker"
        case .assessNeeds: "assessNeeds"
        case .assessCarer: "assessCarer"
        case .linkCarer: "linkCarer"
        case .offerCarersAssessment: "offerCarersAssessment"
        case .determineEligibility: "determineEligibility"
        case .sendEligibilityNotice: "sendEligibilityNotice"
        case .completeFinancialAssessment: "completeFinancialAssessment"
        case .startReablement: "startReablement"
        case .endReablement: "endReablement"
        case .recordReablementProgress: "recordReablementProgress"
        case .calculateIndicativeBudget: "calculateIndicativeBudget"
        case .draftSupportPlan: "draftSupportPlan"
        case .reviseSupportPlan: "reviseSupportPlan"
        case .setPersonalBudget: "setPersonalBudget"
        case .signOffPlan: "signOffPlan"
        case .refuseSignOff: "refuseSignOff"
        case .arrangeDelivery: "arrangeDelivery"
        case .agreeDirectPayment: "agreeDirectPayment"
        case .decideDirectPaymentNecessity: "decideDirectPaymentNecessity"
        case .refuseDirectPayment: "refuseDirectPayment"
        case .terminateDirectPayment: "terminateDirectPayment"
        case .requestReview: "requestReview"
        case .completeReview: "completeReview"
        case .decideWithdrawal: "decideWithdrawal"
        case .sendWithdrawalNotice: "sendWithdrawalNotice"
        case .sendNotice: "sendNotice"
        case .closeCase: "closeCase"
        case .reopenCase: "reopenCase"
        case .raiseChallenge: "raiseChallenge"
        case .escalateChallenge: "escalateChallenge"
        case .resolveChallenge: "resolveChallenge"
        case .recordPanelDecision: "recordPanelDecision"
        case .receiveComplaint: "receiveComplaint"
        case .acknowledgeComplaint: "acknowledgeComplaint"
        case .respondToComplaint: "respondToComplaint"
        case .assessCapacity: "assessCapacity"
        case .makeBestInterestsDecision: "makeBestInterestsDecision"
        case .raiseSafeguardingConcern: "raiseSafeguardingConcern"
        case .decideSafeguardingDuty: "decideSafeguardingDuty"
        case .startSafeguardingEnquiry: "startSafeguardingEnquiry"
        case .recordSafeguardingOutcome: "recordSafeguardingOutcome"
        case .considerAdvocacy: "considerAdvocacy"
        case .receiveSubjectAccessRequest: "receiveSubjectAccessRequest"
        case .seekSubjectAccessClarification: "seekSubjectAccessClarification"
        case .clarifySubjectAccessRequest: "clarifySubjectAccessRequest"
        case .extendSubjectAccessRequest: "extendSubjectAccessRequest"
        case .answerSubjectAccessRequest: "answerSubjectAccessRequest"
        case .placeLegalHold: "placeLegalHold"
        case .liftLegalHold: "liftLegalHold"
        case .authoriseErasure: "authoriseErasure"
        case .correctEvent: "correctEvent"
        case .disputeOpinion: "disputeOpinion"
        }
    }

    /// True for the commands a closed case still takes: challenges (and the panel on them),
    /// complaints, corrections, dispute markers, written notices of its decisions and reopening; safeguarding and subject access.
    public var allowedOnClosedCase: Bool {
        switch self {
        case .raiseChallenge, .escalateChallenge, .resolveChallenge, .recordPanelDecision,
            .receiveComplaint, .acknowledgeComplaint, .respondToComplaint, .correctEvent,
            .disputeOpinion, .reopenCase, .sendNotice:
            true
        // issue 15: safeguard — abuse and neglect are enquired into, and a person's records
        // asked for, whether or not the council is meeting needs: s42(1); UK GDPR Art 15.
        case .raiseSafeguardingConcern, .decideSafeguardingDuty, .startSafeguardingEnquiry, .recordSafeguardingOutcome,
            .receiveSubjectAccessRequest, .seekSubjectAccessClarification, .clarifySubjectAccessRequest,
            .extendSubjectAccessRequest, .answerSubjectAccessRequest:
            true
        // issue 17: retention — records are kept, held and erased after the case is closed.
        case .placeLegalHold, .liftLegalHold, .authoriseErasure:
            true
        default: false
        }
    }
}
