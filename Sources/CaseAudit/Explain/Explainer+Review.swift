import CaseLedger

extension Explainer {
    /// The next review: each rule that sets a date, with the events behind it, and the earliest.
    mutating func nextReview(configurationSource: String) {
        let intervals = configuration.reviewIntervals
        notes.append("Review intervals: \(intervals.newOrChangedPlan) (late after \(intervals.newOrChangedPlanLateAfter)) after a new or changed plan's services started, \(intervals.newDirectPayment) after a new direct payment, "
            + "at least every \(intervals.routine); \(configurationSource).")
        if date != nil { notes.append("The next review is worked out from everything recorded, not as in force on a date.") }
        for e in entries(["planSignedOff", "deliveryArranged", "reviewCompleted", "financialAssessmentCompleted", "withdrawalDecided", "caseClosed"]) {
            step(e, withWhat: false)
        }
        guard let schedule = state.reviewSchedule(intervals) else {
            answer = state.isClosed ? "No review is due: the case is closed." : "No review is due: no signed-off plan is in force."
            return
        }
        let due = schedule.next
        answer = "Next review due: \(Words.date(due.date)), the \(Words.dueReason(due.reason))."
        var lines: [String] = []
        let plan = schedule.signOff.effectiveDate
        if let first = schedule.firstReview, let late = schedule.firstReviewLate {
            let from = schedule.servicesStart.map { "its services started on \(Words.date($0.effectiveDate))" }
                ?? "the plan was signed off on \(Words.date(plan)) (no services arranged yet)"
            lines.append("\(intervals.newOrChangedPlan) after \(from), not reviewed since: \(Words.date(first)); late after \(Words.date(late)) (\(intervals.newOrChangedPlanLateAfter)) — \(ReviewIntervals.firstReviewSource).")
        } else {
            lines.append("The plan signed off on \(Words.date(plan)) has had its first review.")
        }
        if let dp = schedule.directPaymentStart?.effectiveDate {
            lines.append(schedule.directPaymentReview.map {
                "\(intervals.newDirectPayment) after the direct payment started on \(Words.date(dp)), not reviewed since: \(Words.date($0))."
            } ?? "The direct payment that started on \(Words.date(dp)) has had its first review.")
        }
        let base = schedule.routineFromLastReview ? schedule.lastReview!.effectiveDate : plan
        lines.append("\(intervals.routine) after \(schedule.routineFromLastReview && base > plan ? "the last review" : "sign-off") on \(Words.date(base)): \(Words.date(schedule.routineReview)).")
        if let faBase = schedule.contributionReviewedOn, let faDue = schedule.contributionReview {
            lines.append("\(intervals.routine) after the contribution was last assessed or reviewed on \(Words.date(faBase)): \(Words.date(faDue)).")
        }
        reason("The earliest of these dates is \(Words.date(due.date)).", lines)
    }
}
