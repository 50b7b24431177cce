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
    /// Link a carer's case and the case of the person they care for (both cases record the link).
    case linkCarer(CarerLinked)
    /// Record a carer's assessment offered, and the carer's answer.
    case offerCarersAssessment(CarersAssessmentOffered)
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
    /// Record a week's progress of reablement.
    case recordReablementProgress(RecordReablementProgress)
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
    /// Record a direct payment agreement.
    case agreeDirectPayment(DirectPaymentAgreed)
    /// Record that paying a close family member in the household is necessary.
    case decideDirectPaymentNecessity(DirectPaymentNecessityDecided)
    /// Refuse a direct payment, with written reasons.
    case refuseDirectPayment(DirectPaymentRefused)
    /// End direct payments, with written reasons.
    case terminateDirectPayment(DirectPaymentTerminated)
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
    /// Record a mental capacity assessment.
    case assessCapacity(CapacityAssessed)
    /// Record a best-interests decision.
    case makeBestInterestsDecision(BestInterestsDecisionMade)
    /// Record a safeguarding concern raised about the person.
    case raiseSafeguardingConcern(SafeguardingConcernRaised)
    /// Decide whether the s42 enquiry duty applies to a safeguarding concern.
    case decideSafeguardingDuty(SafeguardingDutyDecided)
    /// Start the s42 enquiry into a safeguarding concern (or cause another organisation to make it).
    case startSafeguardingEnquiry(SafeguardingEnquiryStarted)
    /// Record the outcome of a safeguarding concern.
    case recordSafeguardingOutcome(SafeguardingOutcomeRecorded)
    /// Record whether an independent advocate is needed, and the advocate appointed.
    case considerAdvocacy(AdvocacyConsidered)
    /// Record a subject access request received.
    case receiveSubjectAccessRequest(SubjectAccessRequestReceived)
    /// Ask the requester to clarify a subject access request (the clock stops).
    case seekSubjectAccessClarification(SubjectAccessClarificationSought)
    /// Record the requester's clarification of a subject access request (the clock runs again).
    case clarifySubjectAccessRequest(SubjectAccessRequestClarified)
    /// Extend the time to answer a complex subject access request.
    case extendSubjectAccessRequest(SubjectAccessRequestExtended)
    /// Answer a subject access request.
    case answerSubjectAccessRequest(SubjectAccessRequestAnswered)
    // issue 17: retention
    /// Place a legal hold on the case: nothing on it is erased until it is lifted.
    case placeLegalHold(LegalHoldPlaced)
    /// Lift a legal hold on the case.
    case liftLegalHold(LegalHoldLifted)
    /// Authorise the erasure of the case's personal content (`decide` works out what is erased).
    case authoriseErasure(AuthoriseErasure)
    /// Correct an earlier event (it stays in history; projections use the correction).
    case correctEvent(EventCorrected)
    /// Mark a recorded opinion as disputed.
    case disputeOpinion(OpinionDisputed)
}
