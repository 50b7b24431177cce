/// An intent on a case, in the imperative. `decide` turns it into events or a `Rejection`.
///
/// Where the command's data is exactly the fact to record, it carries the event payload; where
/// `decide` works something out (a contribution, a version number, a due date), it carries its
/// own input.
public enum CaseCommand: Hashable, Sendable {
    // Contact
    /// Open the case from a contact or referral.
    case receiveReferral(ReferralReceived)
    /// Record information, advice or signposting given.
    case giveInformationAndAdvice(InformationAndAdviceGiven)
    /// Name the allocated worker.
    case allocateWorker(WorkerAllocated)
    // Assessment
    /// Record a needs assessment.
    case assessNeeds(NeedsAssessed)
    /// Record a carer's assessment.
    case assessCarer(CarersAssessed)
    /// Determine eligibility on an assessment.
    case determineEligibility(DetermineEligibility)
    /// Record the written notice of the eligibility determination.
    case sendEligibilityNotice(EligibilityNoticeSent)
    /// Complete a financial assessment.
    case completeFinancialAssessment(CompleteFinancialAssessment)
    /// Start reablement.
    case startReablement(StartReablement)
    /// End reablement.
    case endReablement(ReablementEnded)
    // Support planning
    /// Record the indicative budget from the RAS.
    case calculateIndicativeBudget(IndicativeBudgetCalculated)
    /// Draft a support plan.
    case draftSupportPlan(DraftSupportPlan)
    /// Revise a support plan.
    case reviseSupportPlan(ReviseSupportPlan)
    /// Set the personal budget.
    case setPersonalBudget(SetPersonalBudget)
    /// Sign off a plan version.
    case signOffPlan(SignOffPlan)
    /// Refuse sign-off of a plan version, with reasons.
    case refuseSignOff(PlanSignOffRefused)
    // Delivery
    /// Arrange delivery of the signed-off plan.
    case arrangeDelivery(ArrangeDelivery)
    // Review
    /// Ask for a review.
    case requestReview(ReviewRequested)
    /// Record a completed review.
    case completeReview(ReviewCompleted)
    /// Withdraw services after a review found needs no longer eligible.
    case decideWithdrawal(WithdrawalDecided)
    /// Record the written withdrawal notice.
    case sendWithdrawalNotice(WithdrawalNoticeSent)
    // issue 15: notices
    /// Record a written notice of a decision sent.
    case sendNotice(NoticeSent)
    /// Close the case.
    case closeCase(CaseClosed)
    /// Reopen a closed case.
    case reopenCase(CaseReopened)
    // Challenges and complaints
    /// Raise a challenge.
    case raiseChallenge(ChallengeRaised)
    /// Escalate a challenge.
    case escalateChallenge(EscalateChallenge)
    /// Resolve a challenge.
    case resolveChallenge(ResolveChallenge)
    /// Record a Risk Enablement Panel decision.
    case recordPanelDecision(RiskEnablementPanelDecided)
    /// Record a complaint received.
    case receiveComplaint(ReceiveComplaint)
    /// Acknowledge a complaint.
    case acknowledgeComplaint(AcknowledgeComplaint)
    /// Respond to a complaint.
    case respondToComplaint(RespondToComplaint)
    // Capacity and the record itself
    /// Record a best-interests decision.
    case makeBestInterestsDecision(BestInterestsDecisionMade)
    /// Correct an earlier event (it stays in history; projections use the correction).
    case correctEvent(EventCorrected)
    /// Mark a recorded opinion as disputed.
    case disputeOpinion(OpinionDisputed)
}
