// When services may be withdrawn and when the case may then close: the one home of these rules,
// used by `decide` (refusing at the time), the caseload (the notice due) and the compliance check
// (the breach in history).

/// Why services may not be withdrawn on a review.
public enum WithdrawalGroundMissing: Hashable, Sendable {
    /// No review is completed on the case.
    case noReview
    /// The latest review completed (this id) did not recommend withdrawal: it found the needs
    /// still eligible.
    case latestReviewFoundEligible(String)
    /// The withdrawal rests on another review than the latest completed (this id).
    case notTheLatestReview(String)
    /// Needs were determined eligible again after the latest review (this id).
    case eligibleAgain(String)
}

extension CaseState {
    /// Why services may not be withdrawn on review `reviewId` as the case stands, or nil when
    /// they may: the latest review completed found the needs no longer eligible (recommending
    /// withdrawal), the withdrawal rests on that review, and nothing found them eligible since.
    ///
    /// Source: Wiltshire and Cheshire East policies (withdrawal only when a review finds the
    /// needs no longer eligible); Care Act 2014 s27(4).
    public func withdrawalGroundMissing(onReview reviewId: String) -> WithdrawalGroundMissing? {
        guard let last = lastCompletedReviewId, let review = reviews[last]?.completed else { return .noReview }
        guard review.outcome == .withdrawalRecommended else { return .latestReviewFoundEligible(last) }
        guard reviewId == last else { return .notTheLatestReview(last) }
        if eligibility.current?.eligible ?? false { return .eligibleAgain(last) }
        return nil
    }

    /// The withdrawal of services whose written notice is not yet recorded, if any: the notice
    /// is due on the date services are withdrawn from (the law sets no period), and the case may
    /// not be closed until it is recorded.
    ///
    /// Source: Wiltshire and Cheshire East policies (withdrawal notified in writing, before
    /// closure).
    public var withdrawalAwaitingNotice: WithdrawalRecord? {
        guard let w = withdrawal, w.notice == nil else { return nil }
        return w
    }
}
