import CaseLedger

extension Explainer {
    /// The next review: each rule that sets a date, with the events behind it, and the earliest.
    mutating func nextReview(configurationSource: String) {
        let intervals = configuration.reviewIntervals
        notes.append("Review intervals: \(intervals.newOrChangedPlan) after a new or changed plan, \(intervals.newDirectPayment) after a new direct payment, "
            + "at least every \(intervals.routine); \(configurationSource).")
        if date != nil { notes.append("The next review is worked out from everything recorded, not as in force on a date.") }
        for e in entries(["planSignedOff", "deliveryArranged", "reviewCompleted", "financialAssessmentCompleted", "withdrawalDecided", "caseClosed"]) {
            step(e, withWhat: false)
        }
        guard let due = state.nextReviewDue(intervals) else {
            answer = state.isClosed ? "No review is due: the case is closed." : "No review is due: no signed-off plan is in force."
            return
        }
        answer = "Next review due: \(Words.date(due.date)), the \(Words.dueReason(due.reason))."
        guard let signed = state.planInForce.latest else { return }
        let lastReview = state.reviews.values.compactMap { $0.completed?.metadata.effectiveDate }.max()
        func reviewedSince(_ d: CalendarDate) -> Bool { lastReview.map { $0 >= d } ?? false }
        var lines: [String] = []
        let plan = signed.effectiveDate
        if reviewedSince(plan) {
            lines.append("The plan signed off on \(Words.date(plan)) has had its first review.")
        } else {
            lines.append("\(intervals.newOrChangedPlan) after the plan was signed off on \(Words.date(plan)), not reviewed since: \(Words.date(intervals.newOrChangedPlan.after(plan))).")
        }
        if let dp = state.directPaymentStart {
            lines.append(reviewedSince(dp)
                ? "The direct payment that started on \(Words.date(dp)) has had its first review."
                : "\(intervals.newDirectPayment) after the direct payment started on \(Words.date(dp)), not reviewed since: \(Words.date(intervals.newDirectPayment.after(dp))).")
        }
        let base = max(plan, lastReview ?? plan)
        lines.append("\(intervals.routine) after \(lastReview != nil && lastReview! > plan ? "the last review" : "sign-off") on \(Words.date(base)): \(Words.date(intervals.routine.after(base))).")
        if let fa = state.contributions.latest, fa.value != nil {
            let faBase = max(fa.effectiveDate, lastReview ?? fa.effectiveDate)
            lines.append("\(intervals.routine) after the contribution was last assessed or reviewed on \(Words.date(faBase)): \(Words.date(intervals.routine.after(faBase))).")
        }
        reason("The earliest of these dates is \(Words.date(due.date)).", lines)
    }
}
