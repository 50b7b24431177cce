/// A fact recorded on a case: one of the past-tense event types of the case lifecycle, each with
/// its own payload. `decide` produces them; `evolve` folds them into `CaseState`.
public enum CaseEvent: Hashable, Sendable {
    /// See `ReferralReceived`.
    case referralReceived(ReferralReceived)
    /// See `InformationAndAdviceGiven`.
    case informationAndAdviceGiven(InformationAndAdviceGiven)
    /// See `WorkerAllocated`.
    case workerAllocated(WorkerAllocated)
    /// See `NeedsAssessed`.
    case needsAssessed(NeedsAssessed)
    /// See `CarersAssessed`.
    case carersAssessed(CarersAssessed)
    /// See `EligibilityDetermined`.
    case eligibilityDetermined(EligibilityDetermined)
    /// See `EligibilityNoticeSent`.
    case eligibilityNoticeSent(EligibilityNoticeSent)
    /// See `FinancialAssessmentCompleted`.
    case financialAssessmentCompleted(FinancialAssessmentCompleted)
    /// See `ReablementStarted`.
    case reablementStarted(ReablementStarted)
    /// See `ReablementEnded`.
    case reablementEnded(ReablementEnded)
    /// See `IndicativeBudgetCalculated`.
    case indicativeBudgetCalculated(IndicativeBudgetCalculated)
    /// See `SupportPlanDrafted`.
    case supportPlanDrafted(SupportPlanDrafted)
    /// See `SupportPlanRevised`.
    case supportPlanRevised(SupportPlanRevised)
    /// See `PersonalBudgetSet`.
    case personalBudgetSet(PersonalBudgetSet)
    /// See `PlanSignedOff`.
    case planSignedOff(PlanSignedOff)
    /// See `PlanSignOffRefused`.
    case planSignOffRefused(PlanSignOffRefused)
    /// See `DeliveryArranged`.
    case deliveryArranged(DeliveryArranged)
    /// See `ReviewRequested`.
    case reviewRequested(ReviewRequested)
    /// See `ReviewCompleted`.
    case reviewCompleted(ReviewCompleted)
    /// See `WithdrawalDecided`.
    case withdrawalDecided(WithdrawalDecided)
    /// See `WithdrawalNoticeSent`.
    case withdrawalNoticeSent(WithdrawalNoticeSent)
    /// See `CaseClosed`.
    case caseClosed(CaseClosed)
    /// See `CaseReopened`.
    case caseReopened(CaseReopened)
    /// See `ChallengeRaised`.
    case challengeRaised(ChallengeRaised)
    /// See `ChallengeEscalated`.
    case challengeEscalated(ChallengeEscalated)
    /// See `ChallengeResolved`.
    case challengeResolved(ChallengeResolved)
    /// See `RiskEnablementPanelDecided`.
    case riskEnablementPanelDecided(RiskEnablementPanelDecided)
    /// See `ComplaintReceived`.
    case complaintReceived(ComplaintReceived)
    /// See `ComplaintAcknowledged`.
    case complaintAcknowledged(ComplaintAcknowledged)
    /// See `ComplaintResponded`.
    case complaintResponded(ComplaintResponded)
    /// See `BestInterestsDecisionMade`.
    case bestInterestsDecisionMade(BestInterestsDecisionMade)
    /// See `OpinionDisputed`.
    case opinionDisputed(OpinionDisputed)
    /// See `EventCorrected`.
    indirect case eventCorrected(EventCorrected)
}
