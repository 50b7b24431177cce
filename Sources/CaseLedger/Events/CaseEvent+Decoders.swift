extension CaseEvent {
    /// How to read the payload of one stored event type: the schema this build reads and the
    /// reader of that schema; and how to make the event of a payload of that type.
    struct Decoder: Sendable {
        /// The schema version read.
        let schema: Int
        /// Reads the payload into the event.
        let read: @Sendable (PayloadReader) throws(PayloadDecodingError) -> CaseEvent
        /// The event holding a payload of this type.
        let wrap: @Sendable (any CaseEventPayload) -> CaseEvent?
    }

    /// Every case event type by its stored type name, in lifecycle order, made once: the one list
    /// of the case's event types, pairing each payload type with its case of `CaseEvent`. A type
    /// is looked up by its length and first eight bytes, not compared with the names one by one.
    static let decoders = JSONWords<Decoder>([
        entry(ReferralReceived.self, CaseEvent.referralReceived),
        entry(InformationAndAdviceGiven.self, CaseEvent.informationAndAdviceGiven),
        entry(WorkerAllocated.self, CaseEvent.workerAllocated),
        entry(NeedsAssessed.self, CaseEvent.needsAssessed),
        entry(CarersAssessed.self, CaseEvent.carersAssessed),
        entry(CarerLinked.self, CaseEvent.carerLinked),
        entry(CarersAssessmentOffered.self, CaseEvent.carersAssessmentOffered),
        entry(EligibilityDetermined.self, CaseEvent.eligibilityDetermined),
        entry(EligibilityNoticeSent.self, CaseEvent.eligibilityNoticeSent),
        entry(FinancialAssessmentCompleted.self, CaseEvent.financialAssessmentCompleted),
        entry(ReablementStarted.self, CaseEvent.reablementStarted),
        entry(ReablementEnded.self, CaseEvent.reablementEnded),
        entry(ReablementProgressRecorded.self, CaseEvent.reablementProgressRecorded),
        entry(IndicativeBudgetCalculated.self, CaseEvent.indicativeBudgetCalculated),
        entry(SupportPlanDrafted.self, CaseEvent.supportPlanDrafted),
        entry(SupportPlanRevised.self, CaseEvent.supportPlanRevised),
        entry(PersonalBudgetSet.self, CaseEvent.personalBudgetSet),
        entry(PlanSignedOff.self, CaseEvent.planSignedOff),
        entry(PlanSignOffRefused.self, CaseEvent.planSignOffRefused),
        entry(DeliveryArranged.self, CaseEvent.deliveryArranged),
        entry(DirectPaymentAgreed.self, CaseEvent.directPaymentAgreed),
        entry(DirectPaymentNecessityDecided.self, CaseEvent.directPaymentNecessityDecided),
        entry(DirectPaymentRefused.self, CaseEvent.directPaymentRefused),
        entry(DirectPaymentTerminated.self, CaseEvent.directPaymentTerminated),
        entry(ReviewRequested.self, CaseEvent.reviewRequested),
        entry(ReviewCompleted.self, CaseEvent.reviewCompleted),
        entry(WithdrawalDecided.self, CaseEvent.withdrawalDecided),
        entry(WithdrawalNoticeSent.self, CaseEvent.withdrawalNoticeSent),
        entry(NoticeSent.self, CaseEvent.noticeSent),
        entry(CaseClosed.self, CaseEvent.caseClosed),
        entry(CaseReopened.self, CaseEvent.caseReopened),
        entry(ChallengeRaised.self, CaseEvent.challengeRaised),
        entry(ChallengeEscalated.self, CaseEvent.challengeEscalated),
        entry(ChallengeResolved.self, CaseEvent.challengeResolved),
        entry(RiskEnablementPanelDecided.self, CaseEvent.riskEnablementPanelDecided),
        entry(ComplaintReceived.self, CaseEvent.complaintReceived),
        entry(ComplaintAcknowledged.self, CaseEvent.complaintAcknowledged),
        entry(ComplaintResponded.self, CaseEvent.complaintResponded),
        entry(CapacityAssessed.self, CaseEvent.capacityAssessed),
        entry(BestInterestsDecisionMade.self, CaseEvent.bestInterestsDecisionMade),
        entry(SafeguardingConcernRaised.self, CaseEvent.safeguardingConcernRaised),
        entry(SafeguardingDutyDecided.self, CaseEvent.safeguardingDutyDecided),
        entry(SafeguardingEnquiryStarted.self, CaseEvent.safeguardingEnquiryStarted),
        entry(SafeguardingOutcomeRecorded.self, CaseEvent.safeguardingOutcomeRecorded),
        entry(AdvocacyConsidered.self, CaseEvent.advocacyConsidered),
        entry(SubjectAccessRequestReceived.self, CaseEvent.subjectAccessRequestReceived),
        entry(SubjectAccessClarificationSought.self, CaseEvent.subjectAccessClarificationSought),
        entry(SubjectAccessRequestClarified.self, CaseEvent.subjectAccessRequestClarified),
        entry(SubjectAccessRequestExtended.self, CaseEvent.subjectAccessRequestExtended),
        entry(SubjectAccessRequestAnswered.self, CaseEvent.subjectAccessRequestAnswered),
        entry(OpinionDisputed.self, CaseEvent.opinionDisputed),
        entry(EventCorrected.self, CaseEvent.eventCorrected),
        // issue 17: retention
        entry(LegalHoldPlaced.self, CaseEvent.legalHoldPlaced),
        entry(LegalHoldLifted.self, CaseEvent.legalHoldLifted),
        entry(ErasureAuthorised.self, CaseEvent.erasureAuthorised),
    ])

    /// The entry of payload type `P`, whose events `wrap` makes.
    private static func entry<P: CaseEventPayload>(
        _: P.Type, _ wrap: @escaping @Sendable (P) -> CaseEvent
    ) -> (name: String, value: Decoder) {
        (P.typeName, Decoder(
            schema: P.schemaVersion, read: { r throws(PayloadDecodingError) in wrap(try P(from: r)) },
            wrap: { ($0 as? P).map(wrap) }))
    }

    /// The event holding `payload`, of the case its type is listed with in `decoders`. Every payload
    /// of a `CaseEvent` has its type listed there (a test checks each), so a payload taken out of
    /// an event always goes back in.
    static func wrapping<P: CaseEventPayload>(_ payload: P) -> CaseEvent {
        guard let event = decoders.value(named: P.typeName)?.wrap(payload) else {
            preconditionFailure("\(P.self) is not listed in CaseEvent.decoders")
        }
        return event
    }
}
