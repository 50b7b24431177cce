/// A fact recorded on a case: one of the past-tense event types of the case lifecycle, each with
/// its own payload. `decide` produces them; `evolve` folds them into `CaseState`.
///
/// `indirect`: each payload is held in one box, so copying an event (into a history, a step of a
/// rule, a filtered list) is one retain, not one per string and list of the payload.
public indirect enum CaseEvent: Hashable, Sendable {
    /// A contact or referral opened the case: who the customer is, whether an adult or a carer, the
    /// route of access and who referred.
    case referralReceived(ReferralReceived)
    /// Information, advice or signposting was given to the customer (Care Act s4).
    case informationAndAdviceGiven(InformationAndAdviceGiven)
    /// A named member of staff became the case's allocated worker.
    case workerAllocated(WorkerAllocated)
    /// A needs assessment was completed: each of the 10 outcomes achieved or not and on which
    /// grounds, the impact on wellbeing, who took part, and whether advocacy was considered.
    case needsAssessed(NeedsAssessed)
    /// A carer's assessment was completed (Care Act s10): whether the needs arise from caring,
    /// whether the carer's health is at risk, each carer outcome, and the impact on wellbeing.
    case carersAssessed(CarersAssessed)
    /// A carer's case and the case of the person they care for were linked (Care Act 2014 s10):
    /// each records the other's id and the relationship, never the other person's information.
    case carerLinked(CarerLinked)
    /// A carer's assessment was offered to a carer who appears to have needs (Care Act 2014
    /// s10), with the carer's answer.
    case carersAssessmentOffered(CarersAssessmentOffered)
    /// The eligibility determination on an assessment: each part of the 3-part test, the result,
    /// and the eligible needs.
    case eligibilityDetermined(EligibilityDetermined)
    /// The written record of the eligibility determination and its reasons was given to the person
    /// (Care Act s13(2)); with written advice and information where no needs are eligible (s13(5)).
    case eligibilityNoticeSent(EligibilityNoticeSent)
    /// A financial assessment set the customer's weekly contribution from the effective date: the
    /// basis, any exemption, the rate table used and every figure of the calculation, in pence.
    case financialAssessmentCompleted(FinancialAssessmentCompleted)
    /// Reablement (initial short-term support) started on the effective date; it is free until the
    /// end of the configured free period.
    case reablementStarted(ReablementStarted)
    /// Reablement ended on the effective date, with its outcome.
    case reablementEnded(ReablementEnded)
    /// Progress in one week of a period of reablement, in the person's words.
    case reablementProgressRecorded(ReablementProgressRecorded)
    /// The Resource Allocation System gave an indicative weekly budget before support planning.
    case indicativeBudgetCalculated(IndicativeBudgetCalculated)
    /// A support plan was drafted (version 1).
    case supportPlanDrafted(SupportPlanDrafted)
    /// A support plan was revised: the whole new version, and what changed.
    case supportPlanRevised(SupportPlanRevised)
    /// The personal budget was set (Care Act s26): the weekly total, the customer's contribution
    /// and the council's contribution, which add up exactly.
    case personalBudgetSet(PersonalBudgetSet)
    /// A support plan version was signed off by a member of staff holding sign-off authority
    /// covering its weekly cost on that date.
    case planSignedOff(PlanSignedOff)
    /// Sign-off of a support plan version was refused, with reasons.
    case planSignOffRefused(PlanSignOffRefused)
    /// How the signed-off plan is delivered: one arrangement (direct payment, managed account,
    /// individual service fund, third party or trust, broker) or several (a mixed budget).
    case deliveryArranged(DeliveryArranged)
    /// A direct payment agreement: who receives the payment (the person, a nominated or an authorised
    /// person), the weekly amount, and how its use is monitored and reviewed.
    case directPaymentAgreed(DirectPaymentAgreed)
    /// The council decided that a direct payment may pay a close family member living in the same
    /// household, as necessary (Direct Payments Regulations 2014 reg 3), with reasons.
    case directPaymentNecessityDecided(DirectPaymentNecessityDecided)
    /// A request for a direct payment was refused, with written reasons.
    case directPaymentRefused(DirectPaymentRefused)
    /// Direct payments stopped from the effective date, with written reasons.
    case directPaymentTerminated(DirectPaymentTerminated)
    /// A review was asked for (by anyone involved, on a change of circumstances, or as planned).
    case reviewRequested(ReviewRequested)
    /// A review was completed: its outcome, whether the needs are still eligible, and who took part
    /// (the customer is always invited).
    case reviewCompleted(ReviewCompleted)
    /// Services are withdrawn from the effective date, following a review that found the needs no
    /// longer eligible.
    case withdrawalDecided(WithdrawalDecided)
    /// The person was notified in writing of the withdrawal of services.
    case withdrawalNoticeSent(WithdrawalNoticeSent)
    // issue 15: notices
    /// A written notice of a decision was sent (a copy, a result, a refusal).
    case noticeSent(NoticeSent)
    /// The case was closed.
    case caseClosed(CaseClosed)
    /// A closed case was reopened.
    case caseReopened(CaseReopened)
    /// The customer (or someone for them) challenged a decision on one of the 5 subjects; it starts
    /// with the allocated worker.
    case challengeRaised(ChallengeRaised)
    /// A challenge moved up the escalation order: allocated worker, line manager, Risk Enablement
    /// Panel, complaint.
    case challengeEscalated(ChallengeEscalated)
    /// A challenge was resolved, at the level where it stood, with an outcome and actions.
    case challengeResolved(ChallengeResolved)
    /// The Risk Enablement Panel advised on a case: the risks, the options considered, its decision
    /// and rationale, who owns the action, and when it will be reviewed.
    case riskEnablementPanelDecided(RiskEnablementPanelDecided)
    /// A complaint was received (Complaints Regulations 2009): what about, whether it was made in
    /// time, and the dates by which it must be acknowledged and answered.
    case complaintReceived(ComplaintReceived)
    /// A complaint was acknowledged; the response date may be agreed.
    case complaintAcknowledged(ComplaintAcknowledged)
    /// The signed written response to a complaint: its finding, conclusions, remedial actions, and
    /// the right to go to the Ombudsman.
    case complaintResponded(ComplaintResponded)
    /// A mental capacity assessment for one decision at one time (Mental Capacity Act 2005 ss2-3).
    case capacityAssessed(CapacityAssessed)
    /// A decision was made in the best interests of a person who lacks capacity to make it (Mental
    /// Capacity Act 2005 s4), with the least restrictive option considered.
    case bestInterestsDecisionMade(BestInterestsDecisionMade)
    /// A safeguarding concern was raised about the person (Care Act 2014 s42).
    case safeguardingConcernRaised(SafeguardingConcernRaised)
    /// The council decided whether the s42 enquiry duty applies to a concern, each condition answered.
    case safeguardingDutyDecided(SafeguardingDutyDecided)
    /// A s42 enquiry was started, by the council or caused to be made by another organisation.
    case safeguardingEnquiryStarted(SafeguardingEnquiryStarted)
    /// The outcome of a safeguarding concern: the action taken and whether the person's desired outcomes were met.
    case safeguardingOutcomeRecorded(SafeguardingOutcomeRecorded)
    /// Independent advocacy was considered (Care Act 2014 s67): the two conditions and the advocate appointed.
    case advocacyConsidered(AdvocacyConsidered)
    /// A subject access request for the person's records was received (UK GDPR Art 15).
    case subjectAccessRequestReceived(SubjectAccessRequestReceived)
    /// The requester was asked to clarify a subject access request; the clock stops.
    case subjectAccessClarificationSought(SubjectAccessClarificationSought)
    /// The requester's clarification arrived; the clock runs again.
    case subjectAccessRequestClarified(SubjectAccessRequestClarified)
    /// The time to answer a complex subject access request was extended (UK GDPR Art 12(3)).
    case subjectAccessRequestExtended(SubjectAccessRequestExtended)
    /// A subject access request was answered: what was disclosed and what was withheld, on what ground.
    case subjectAccessRequestAnswered(SubjectAccessRequestAnswered)
    /// The customer disputes an opinion recorded in an earlier event; the opinion stays, marked as
    /// disputed, with the customer's account.
    case opinionDisputed(OpinionDisputed)
    /// An earlier event of the same case is superseded by a corrected version of it, with the
    /// reason.
    case eventCorrected(EventCorrected)
    // issue 17: retention
    /// A legal hold was placed on the case: nothing on it is erased until it is lifted.
    case legalHoldPlaced(LegalHoldPlaced)
    /// A legal hold on the case was lifted.
    case legalHoldLifted(LegalHoldLifted)
    /// The erasure of the case's personal content was authorised, on a retention period that ran
    /// or a court order; never itself erased.
    case erasureAuthorised(ErasureAuthorised)
    /// An event whose personal content was erased under an `erasureAuthorised` decision: what
    /// remains is its type, who recorded it, when, under which role and with which effective date.
    /// Never recorded by `decide`: read from a stored event with erased parts. `evolve` only keeps it
    /// in the history.
    case erased(ErasedEvent)
}
