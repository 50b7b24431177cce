/// When the next review falls due, and why.
public struct ReviewDue: Hashable, Sendable {
    /// Why a review is due.
    public enum Reason: String, Hashable, Sendable, CaseIterable {
        /// A new or changed plan was signed off and not reviewed since (6–8 weeks).
        case newOrChangedPlan
        /// A new direct payment started and was not reviewed since (within 6 months).
        case newDirectPayment
        /// Every plan at least every 12 months.
        case routine
        /// Every contribution at least every 12 months.
        case contribution
    }

    /// The date it falls due.
    public var date: CalendarDate
    /// Why.
    public var reason: Reason

    /// A due review.
    public init(date: CalendarDate, reason: Reason) {
        self.date = date
        self.reason = reason
    }
}

extension CaseState {
    /// The next review due under `intervals`: the earliest of 6 weeks (configurable) after a
    /// new or changed plan not yet reviewed, 6 months after a new direct payment not yet
    /// reviewed, and 12 months after the last review (or sign-off) and the last financial
    /// assessment; on the same date the reason listed first wins. Nil when closed or no plan is
    /// in force.
    public func nextReviewDue(_ intervals: ReviewIntervals) -> ReviewDue? {
        guard !isClosed, let signed = planInForce.latest, signed.value != nil else { return nil }
        let signedOn = signed.effectiveDate
        let lastReview = reviews.values.compactMap { $0.completed?.metadata.effectiveDate }.max()
        func reviewedSince(_ date: CalendarDate) -> Bool { lastReview.map { $0 >= date } ?? false }
        var due: [ReviewDue] = []
        if !reviewedSince(signedOn) {
            due.append(ReviewDue(date: intervals.newOrChangedPlan.after(signedOn), reason: .newOrChangedPlan))
        }
        if let start = directPaymentStart, !reviewedSince(start) {
            due.append(ReviewDue(date: intervals.newDirectPayment.after(start), reason: .newDirectPayment))
        }
        due.append(ReviewDue(date: intervals.routine.after(max(signedOn, lastReview ?? signedOn)), reason: .routine))
        if let fa = contributions.latest, fa.value != nil {
            let base = max(fa.effectiveDate, lastReview ?? fa.effectiveDate)
            due.append(ReviewDue(date: intervals.routine.after(base), reason: .contribution))
        }
        func rank(_ r: ReviewDue.Reason) -> Int { ReviewDue.Reason.allCases.firstIndex(of: r)! }
        return due.min { ($0.date, rank($0.reason)) < ($1.date, rank($1.reason)) }
    }

    /// When the current run of direct payments started: the first of the latest unbroken run of
    /// delivery entries that include one. Nil when the current delivery has none.
    public var directPaymentStart: CalendarDate? {
        var start: CalendarDate?
        for entry in delivery.entries {
            let hasDP = entry.value?.arrangements.contains { $0.mechanism == .directPayment } ?? false
            if hasDP { start = start ?? entry.effectiveDate } else { start = nil }
        }
        return start
    }
}
