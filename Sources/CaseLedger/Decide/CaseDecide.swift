// Keeps events/INVARIANTS.md rule 7: decide is pure.
/// Decides a command on a case: the events to record, or the rule it breaks. Holds every rule;
/// pure: no clock, no I/O — time, ids and the acting staff member come from the command and the
/// context.
///
/// Checked for every command, in order: recorded time not back-dated; the actor on the staff
/// register and holding the acting role on the decision date; the case opened (or not, for a
/// referral); a closed case takes only challenges, complaints, corrections, dispute markers and
/// reopening; reasons given where required; the acting role one the configuration allows for the
/// decision (`DecisionAuthority`); every id the command gives is a short ASCII token (`IdRules`).
/// Then the command's own rules. Finally every field
/// marked restricted must be a field of the payload. A command marked as imported is refused
/// first (`imported-marker-reserved`): only `caseledger import` writes imported history.
public func decide(_ command: CaseCommand, _ state: CaseState, _ context: DecisionContext)
    throws(Rejection) -> [CaseEvent]
{
    let decider = CaseDecider(state: state, context: context)
    // issue 14: one way in for domain events
    try ImportRules.checkRecordedLive(command)
    try decider.checkCommon(command)
    // issue 16: ids
    try decider.checkIds(command)
    try decider.checkAuthority(command)
    let events = try decider.decideSpecific(command)
    try decider.checkRestricted(events)
    return events
}

/// The decision procedure over one state and context; its extensions hold the rules by stage.
struct CaseDecider {
    /// The case as known.
    let state: CaseState
    /// Who, when, the register and the configuration.
    let context: DecisionContext

    /// The decision date.
    var today: CalendarDate { context.today }
    /// The configuration.
    var config: Configuration { context.configuration }
    /// The case reference for messages, with the customer's name where the referral gave it:
    /// "C-1001 (Mrs A)".
    var caseName: String {
        guard let id = state.caseId else { return "the case" }
        guard let name = state.referral?.customerName, !name.isBlank else { return id }
        return "\(id) (\(name))"
    }
    // issue 15: voice
    /// The acting member of staff as a refusal names them: "Sam Patel (TM-1)".
    var actorName: String { context.staff.nameOf(context.actor) }

    /// Routes the command to the rules of its stage.
    func decideSpecific(_ command: CaseCommand) throws(Rejection) -> [CaseEvent] {
        switch command {
        case .receiveReferral(let p): return try receiveReferral(p)
        case .giveInformationAndAdvice(let p): return [.informationAndAdviceGiven(p)]
        case .allocateWorker(let p): return try allocateWorker(p)
        case .assessNeeds(let p): return try assessNeeds(p)
        case .assessCarer(let p): return try assessCarer(p)
        case .linkCarer(let p): return try linkCarer(p)
        case .offerCarersAssessment(let p): return try offerCarersAssessment(p)
        case .determineEligibility(let p): return try determineEligibility(p)
        case .sendEligibilityNotice(let p): return try sendEligibilityNotice(p)
        case .completeFinancialAssessment(let p): return try completeFinancialAssessment(p)
        case .startReablement(let p): return try startReablement(p)
        case .endReablement(let p): return try endReablement(p)
        case .recordReablementProgress(let p): return try recordReablementProgress(p)
        case .calculateIndicativeBudget(let p): return try calculateIndicativeBudget(p)
        case .draftSupportPlan(let p): return try draftSupportPlan(p)
        case .reviseSupportPlan(let p): return try reviseSupportPlan(p)
        case .setPersonalBudget(let p): return try setPersonalBudget(p)
        case .signOffPlan(let p): return try signOffPlan(p)
        case .refuseSignOff(let p): return try refuseSignOff(p)
        case .arrangeDelivery(let p): return try arrangeDelivery(p)
        case .agreeDirectPayment(let p): return try agreeDirectPayment(p)
        case .decideDirectPaymentNecessity(let p): return try decideDirectPaymentNecessity(p)
        case .refuseDirectPayment(let p): return try refuseDirectPayment(p)
        case .terminateDirectPayment(let p): return try terminateDirectPayment(p)
        case .requestReview(let p): return try requestReview(p)
        case .completeReview(let p): return try completeReview(p)
        case .decideWithdrawal(let p): return try decideWithdrawal(p)
        case .sendWithdrawalNotice(let p): return try sendWithdrawalNotice(p)
        case .sendNotice(let p): return try sendNotice(p)
        case .closeCase(let p): return try closeCase(p)
        case .reopenCase(let p): return try reopenCase(p)
        case .raiseChallenge(let p): return try raiseChallenge(p)
        case .escalateChallenge(let p): return try escalateChallenge(p)
        case .resolveChallenge(let p): return try resolveChallenge(p)
        case .recordPanelDecision(let p): return try recordPanelDecision(p)
        case .receiveComplaint(let p): return try receiveComplaint(p)
        case .acknowledgeComplaint(let p): return try acknowledgeComplaint(p)
        case .respondToComplaint(let p): return try respondToComplaint(p)
        case .assessCapacity(let p): return try assessCapacity(p)
        case .makeBestInterestsDecision(let p): return try makeBestInterestsDecision(p)
        case .raiseSafeguardingConcern(let p): return try raiseSafeguardingConcern(p)
        case .decideSafeguardingDuty(let p): return try decideSafeguardingDuty(p)
        case .startSafeguardingEnquiry(let p): return try startSafeguardingEnquiry(p)
        case .recordSafeguardingOutcome(let p): return try recordSafeguardingOutcome(p)
        case .considerAdvocacy(let p): return try considerAdvocacy(p)
        case .receiveSubjectAccessRequest(let p): return try receiveSubjectAccessRequest(p)
        case .seekSubjectAccessClarification(let p): return try seekSubjectAccessClarification(p)
        case .clarifySubjectAccessRequest(let p): return try clarifySubjectAccessRequest(p)
        case .extendSubjectAccessRequest(let p): return try extendSubjectAccessRequest(p)
        case .answerSubjectAccessRequest(let p): return try answerSubjectAccessRequest(p)
        // issue 17: retention
        case .placeLegalHold(let p): return try placeLegalHold(p)
        case .liftLegalHold(let p): return try liftLegalHold(p)
        case .authoriseErasure(let p): return try authoriseErasure(p)
        case .correctEvent(let p): return try correctEvent(p)
        case .disputeOpinion(let p): return try disputeOpinion(p)
        }
    }
}
