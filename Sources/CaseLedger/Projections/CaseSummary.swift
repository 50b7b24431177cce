/// The case at a glance: stage, eligibility, contribution and personal budget (and since when),
/// the current plan version and its sign-off, delivery, next review due, open challenges and
/// complaints, and the allocated worker. Built from `CaseState` only; never stored.
public struct CaseSummary: Hashable, Sendable {
    /// The case reference.
    public var caseId: String?
    /// The stage.
    public var stage: Stage
    /// The latest eligibility finding and since when.
    public var eligibility: Dated<EligibilityFinding>?
    /// The latest financial assessment (contribution) and since when; nil value once ended.
    public var contribution: Dated<FinancialAssessmentCompleted>?
    /// The latest personal budget and since when; nil value once ended.
    public var personalBudget: Dated<PersonalBudgetSet>?
    /// The plan drafted or revised most recently.
    public var currentPlanId: String?
    /// Its current version.
    public var currentPlanVersion: Int?
    /// The sign-off of that version, if signed off.
    public var currentPlanSignOff: SignOffRecord?
    /// The latest delivery arrangements and since when; nil value once ended.
    public var delivery: Dated<DeliveryArranged>?
    /// The next review due.
    public var nextReviewDue: ReviewDue?
    /// Open challenges, by id.
    public var openChallenges: [ChallengeRecord]
    /// Open complaints, by id.
    public var openComplaints: [ComplaintRecord]
    /// The allocated worker's staff id.
    public var allocatedWorker: String?
}

extension CaseState {
    /// The summary under the configured review intervals.
    public func summary(_ configuration: Configuration) -> CaseSummary {
        let plan = currentPlanId.flatMap { plans[$0] }
        return CaseSummary(
            caseId: caseId, stage: stage, eligibility: eligibility.latest,
            contribution: contributions.latest, personalBudget: personalBudget.latest,
            currentPlanId: currentPlanId, currentPlanVersion: plan?.currentVersion,
            currentPlanSignOff: plan.flatMap { $0.signOffs[$0.currentVersion] },
            delivery: delivery.latest, nextReviewDue: nextReviewDue(configuration.reviewIntervals),
            openChallenges: challenges.values.filter(\.isOpen).sorted { $0.raised.challengeId < $1.raised.challengeId },
            openComplaints: complaints.values.filter(\.isOpen).sorted { $0.received.complaintId < $1.received.complaintId },
            allocatedWorker: allocatedWorker.current?.workerId)
    }
}
