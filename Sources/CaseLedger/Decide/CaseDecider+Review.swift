extension CaseDecider {
    /// Anyone may ask for a review; the id is new.
    func requestReview(_ p: ReviewRequested) throws(Rejection) -> [CaseEvent] {
        try checkUnused(p.reviewId, in: state.reviews.keys, "review")
        return [.reviewRequested(p)]
    }

    /// The customer is always invited; withdrawal is recommended exactly when the needs are
    /// found no longer eligible; a review is completed once.
    func completeReview(_ p: ReviewCompleted) throws(Rejection) -> [CaseEvent] {
        if state.reviews[p.reviewId]?.completed != nil {
            throw Rejection(.reviewAlreadyCompleted, "review \(p.reviewId) is already completed on \(caseName)")
        }
        guard p.customerInvited else {
            throw Rejection(.reviewCustomerNotInvited,
                "review \(p.reviewId) on \(caseName) cannot be completed: \(state.referral?.customerName ?? "the customer") must always be invited to take part")
        }
        if (p.outcome == .withdrawalRecommended) == p.needsStillEligible {
            throw Rejection(.reviewOutcomeInconsistent,
                p.needsStillEligible
                    ? "review \(p.reviewId) recommends withdrawal but finds the needs still eligible; withdrawal needs the allocated worker satisfied the needs are no longer eligible"
                    : "review \(p.reviewId) finds the needs no longer eligible, so its outcome must be withdrawal recommended, not \(p.outcome.rawValue)")
        }
        return [.reviewCompleted(p)]
    }

    /// Withdrawal only after the latest review found the needs no longer eligible (and nothing
    /// found them eligible since), once.
    func decideWithdrawal(_ p: WithdrawalDecided) throws(Rejection) -> [CaseEvent] {
        if let w = state.withdrawal {
            throw Rejection(.withdrawalAlreadyDecided,
                "services on \(caseName) were already withdrawn: the withdrawal of \(w.decided.metadata.effectiveDate.words)")
        }
        switch state.withdrawalGroundMissing(onReview: p.reviewId) {
        case .noReview, .latestReviewFoundEligible:
            throw Rejection(.withdrawalWithoutReview,
                "services can only be withdrawn after a review finds the needs no longer eligible; \(caseName) has \(state.lastCompletedReviewId.map { "latest review \($0) with another outcome" } ?? "no completed review")")
        case .notTheLatestReview(let last):
            throw Rejection(.withdrawalWithoutReview,
                "the withdrawal must rest on the latest review, \(last), not \(p.reviewId)")
        case .eligibleAgain(let last):
            throw Rejection(.withdrawalWithoutReview,
                "needs were determined eligible again after review \(last); services cannot be withdrawn on it")
        case nil:
            break
        }
        return [.withdrawalDecided(p)]
    }

    /// The notice follows the decision.
    func sendWithdrawalNotice(_ p: WithdrawalNoticeSent) throws(Rejection) -> [CaseEvent] {
        guard state.withdrawal != nil else {
            throw Rejection(.withdrawalNotDecided, "no withdrawal of services has been decided on \(caseName)")
        }
        // issue 15: notices — the rights, when recorded, are all of them.
        if let rights = p.rightsStated, let w = state.withdrawal {
            try checkRights(rights, of: "the notice to \(p.sentTo) of the withdrawal of services from \(w.decided.metadata.effectiveDate.words)")
        }
        return [.withdrawalNoticeSent(p)]
    }

    /// Not closed before the written withdrawal notice; "services withdrawn" needs a withdrawal;
    /// with services in force, only for a reason that makes them moot (`closureRefusal`).
    func closeCase(_ p: CaseClosed) throws(Rejection) -> [CaseEvent] {
        if let w = state.withdrawalAwaitingNotice {
            throw Rejection(.closureBeforeWithdrawalNotice,
                "\(caseName) cannot be closed: services were withdrawn from \(w.decided.metadata.effectiveDate.words) but the written withdrawal notice is not recorded")
        }
        if p.reason == .servicesWithdrawn, state.withdrawal == nil {
            throw Rejection(.withdrawalNotDecided,
                "\(caseName) cannot be closed as \"services withdrawn\": no withdrawal has been decided")
        }
        if let refusal = state.closureRefusal(p) {
            throw Rejection(.closureWithServicesInForce, refusal.sentence(caseName, reason: p.reason), source: refusal.source)
        }
        return [.caseClosed(p)]
    }

    /// Only a closed case reopens.
    func reopenCase(_ p: CaseReopened) throws(Rejection) -> [CaseEvent] {
        guard state.isClosed else {
            throw Rejection(.caseNotClosed, "\(caseName) is open; only a closed case can be reopened")
        }
        return [.caseReopened(p)]
    }
}
