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
        case .determineEligibility(let p): p.metadata
        case .sendEligibilityNotice(let p): p.metadata
        case .completeFinancialAssessment(let p): p.metadata
        case .startReablement(let p): p.metadata
        case .endReablement(let p): p.metadata
        case .calculateIndicativeBudget(let p): p.metadata
        case .draftSupportPlan(let p): p.metadata
        case .reviseSupportPlan(let p): p.metadata
        case .setPersonalBudget(let p): p.metadata
        case .signOffPlan(let p): p.metadata
        case .refuseSignOff(let p): p.metadata
        case .arrangeDelivery(let p): p.metadata
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
        case .makeBestInterestsDecision(let p): p.metadata
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
        case .determineEligibility: "determineEligibility"
        case .sendEligibilityNotice: "sendEligibilityNotice"
        case .completeFinancialAssessment: "completeFinancialAssessment"
        case .startReablement: "startReablement"
        case .endReablement: "endReablement"
        case .calculateIndicativeBudget: "calculateIndicativeBudget"
        case .draftSupportPlan: "draftSupportPlan"
        case .reviseSupportPlan: "reviseSupportPlan"
        case .setPersonalBudget: "setPersonalBudget"
        case .signOffPlan: "signOffPlan"
        case .refuseSignOff: "refuseSignOff"
        case .arrangeDelivery: "arrangeDelivery"
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
        case .makeBestInterestsDecision: "makeBestInterestsDecision"
        case .correctEvent: "correctEvent"
        case .disputeOpinion: "disputeOpinion"
        }
    }

    /// True for the commands a closed case still takes: challenges (and the panel on them),
    /// complaints, corrections, dispute markers, written notices of its decisions and reopening.
    public var allowedOnClosedCase: Bool {
        switch self {
        case .raiseChallenge, .escalateChallenge, .resolveChallenge, .recordPanelDecision,
            .receiveComplaint, .acknowledgeComplaint, .respondToComplaint, .correctEvent,
            .disputeOpinion, .reopenCase, .sendNotice:
            true
        default: false
        }
    }
}
