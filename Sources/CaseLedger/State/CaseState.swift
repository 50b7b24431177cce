/// Everything known about one case, folded from its events by `evolve`. Holds the full history
/// too, so corrections can be applied in place and every decision can be traced.
///
/// Guarantee: folding events one at a time gives the same state as `CaseState(rebuiltFrom:)`
/// over the same events.
public struct CaseState: Hashable, Sendable {
    /// The case reference (the stream), once the first event is folded.
    public internal(set) var caseId: String?
    /// Every recorded event of the case, in order, corrections included.
    public internal(set) var history: [RecordedCaseEvent] = []
    /// The recorded time of the last event.
    public internal(set) var lastRecordedAt: Timestamp?
    /// For each superseded event id, the id of the latest correction of it.
    public internal(set) var corrections: [String: String] = [:]
    /// Dispute markers by the id of the event holding the disputed opinion.
    public internal(set) var disputes: [String: [OpinionDisputed]] = [:]
    // issue 15: notices
    /// Written notices of decisions (`NoticeSent`) by notice id.
    public internal(set) var notices: [String: NoticeSent] = [:]

    /// The referral that opened the case.
    public internal(set) var referral: ReferralReceived?
    /// Information and advice given, in order.
    public internal(set) var informationAndAdvice: [InformationAndAdviceGiven] = []
    /// The allocated worker over time.
    public internal(set) var allocatedWorker = EffectiveTimeline<WorkerAllocated>()

    /// Needs assessments by id.
    public internal(set) var needsAssessments: [String: NeedsAssessed] = [:]
    /// Carer's assessments by id.
    public internal(set) var carersAssessments: [String: CarersAssessed] = [:]
    /// The latest eligibility determination on each assessment.
    public internal(set) var determinations: [String: EligibilityDetermined] = [:]
    /// Eligibility notices by assessment id.
    public internal(set) var eligibilityNotices: [String: EligibilityNoticeSent] = [:]
    /// Eligibility over time (determinations, and reviews finding needs no longer eligible).
    public internal(set) var eligibility = EffectiveTimeline<EligibilityFinding>()

    /// Financial assessments over time; each sets the contribution from its effective date.
    public internal(set) var contributions = EffectiveTimeline<FinancialAssessmentCompleted>()
    /// Ids of every financial assessment.
    public internal(set) var financialAssessmentIds: Set<String> = []
    /// Periods of reablement by id.
    public internal(set) var reablements: [String: ReablementPeriod] = [:]

    /// The latest indicative budget.
    public internal(set) var indicativeBudget: IndicativeBudgetCalculated?
    /// Support plans by id.
    public internal(set) var plans: [String: SupportPlanRecord] = [:]
    /// The plan drafted or revised most recently.
    public internal(set) var currentPlanId: String?
    /// The personal budget over time.
    public internal(set) var personalBudget = EffectiveTimeline<PersonalBudgetSet>()
    /// The signed-off plan in force over time.
    public internal(set) var planInForce = EffectiveTimeline<PlanSignedOff>()
    /// Delivery arrangements over time.
    public internal(set) var delivery = EffectiveTimeline<DeliveryArranged>()

    /// Reviews by id.
    public internal(set) var reviews: [String: ReviewRecord] = [:]
    /// The id of the review completed last.
    public internal(set) var lastCompletedReviewId: String?
    /// True after a review concluded a reassessment is needed, until eligibility is determined.
    public internal(set) var awaitingReassessment = false
    /// The current withdrawal of services, if any.
    public internal(set) var withdrawal: WithdrawalRecord?
    /// Withdrawals before the case was last reopened.
    public internal(set) var pastWithdrawals: [WithdrawalRecord] = []
    /// The closure, while closed.
    public internal(set) var closure: Dated<CaseClosed>?
    /// True after reopening, until assessment restarts.
    public internal(set) var reopenedAwaitingAssessment = false

    /// Challenges by id.
    public internal(set) var challenges: [String: ChallengeRecord] = [:]
    /// Risk Enablement Panel decisions by id.
    public internal(set) var panelDecisions: [String: RiskEnablementPanelDecided] = [:]
    /// Complaints by id.
    public internal(set) var complaints: [String: ComplaintRecord] = [:]
    /// Best-interests decisions by id.
    public internal(set) var bestInterestsDecisions: [String: BestInterestsDecisionMade] = [:]
    // issue 15: safeguard
    /// Safeguarding concerns by id.
    public internal(set) var safeguardingConcerns: [String: SafeguardingRecord] = [:]
    /// Every advocacy consideration, in the order recorded.
    public internal(set) var advocacyConsiderations: [AdvocacyConsidered] = []
    /// Subject access requests by id.
    public internal(set) var subjectAccessRequests: [String: SubjectAccessRecord] = [:]

    // issue 15: direct payments and capacity
    /// Mental capacity assessments by id, each with when it took effect and its event.
    public internal(set) var capacityAssessments: [String: Dated<CapacityAssessed>] = [:]
    /// The direct payment agreement in force over time (nil from a termination).
    public internal(set) var directPaymentAgreements = EffectiveTimeline<DirectPaymentAgreed>()
    /// The council's reg 3 necessity decisions by id.
    public internal(set) var directPaymentNecessityDecisions: [String: Dated<DirectPaymentNecessityDecided>] = [:]
    /// Direct payments refused, in recorded order.
    public internal(set) var directPaymentRefusals: [Dated<DirectPaymentRefused>] = []
    /// Direct payments terminated, in recorded order.
    public internal(set) var directPaymentTerminations: [Dated<DirectPaymentTerminated>] = []
    // issue 15: carers
    /// Links between this case and a carer's case (or the case of the person this carer cares
    /// for), the latest recorded for each linked case, by the linked case's id.
    public internal(set) var carerLinks: [String: CarerLinked] = [:]
    /// Carer's assessments offered (on the case of the person cared for), the latest recorded
    /// under each offer id.
    public internal(set) var carersAssessmentOffers: [String: CarersAssessmentOffered] = [:]

    // issue 17: retention
    /// Legal holds placed on the case, by hold id, lifted or not.
    public internal(set) var legalHolds: [String: LegalHoldRecord] = [:]
    /// Every erasure of the case's personal content authorised, in the order recorded.
    public internal(set) var erasures: [Dated<ErasureAuthorised>] = []

    /// The state of a case with no events.
    public init() {}

    /// The state folded from scratch over `events`.
    public init(rebuiltFrom events: [RecordedCaseEvent]) {
        self = CaseState.replay(events)
    }

    /// True once the referral is recorded.
    public var isOpened: Bool { referral != nil }
    /// True while closed.
    public var isClosed: Bool {
        // The closure looked at in place, not copied to be compared.
        if case .none = closure { return false }
        return true
    }
    /// Adult or carer, from the referral.
    public var kind: CaseKind? { referral?.caseKind }

    /// The event with id `id`, if it is part of this case.
    public func event(withId id: String) -> RecordedCaseEvent? {
        history.first { $0.id == id }
    }
}
