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

extension ReviewIntervals {
    /// The day the first review of a new or changed plan whose services started on `startedOn`
    /// falls due: the configured start of the window after it (6 weeks).
    ///
    /// Source: Care Act 2014 s27; Care and Support Statutory Guidance para 13.32 [check] (a
    /// review of a new or changed plan 6 to 8 weeks after the service started).
    public func firstReviewDue(startedOn: CalendarDate) -> CalendarDate { newOrChangedPlan.after(startedOn) }

    /// The last day the first review of a new or changed plan whose services started on
    /// `startedOn` is in time: the configured end of the window after it (8 weeks); a review
    /// after it is late. Never before `firstReviewDue(startedOn:)`.
    ///
    /// Source: as `firstReviewDue(startedOn:)`.
    public func firstReviewLate(startedOn: CalendarDate) -> CalendarDate {
        max(newOrChangedPlanLateAfter.after(startedOn), firstReviewDue(startedOn: startedOn))
    }

    /// The day the first review of a run of direct payments that started on `startedOn` falls
    /// due: the configured interval after the start (6 months).
    ///
    /// Source: Care and Support (Direct Payments) Regulations 2014 reg 7 (review within the
    /// first 6 months).
    public func directPaymentReviewDue(startedOn: CalendarDate) -> CalendarDate { newDirectPayment.after(startedOn) }

    /// The day the next routine review falls due when the plan (or contribution) was last
    /// reviewed, signed off or assessed on `lastOn`: the routine interval after it (12 months), so
    /// a review completed early resets the clock.
    ///
    /// Source: Care Act 2014 s27; statutory guidance (every plan reviewed at least every 12
    /// months).
    public func routineReviewDue(lastOn: CalendarDate) -> CalendarDate { routine.after(lastOn) }
}

/// A case's reviews as they fall due under the configured intervals, each with the recorded
/// fact its clock runs from: the one home of when a review is due, read by the case summary
/// (`nextReviewDue`), the caseload and `explain next-review`; the compliance check counts from
/// the same due dates (`ReviewIntervals`) and the same order of events (`follows(_:_:)`).
public struct ReviewSchedule: Hashable, Sendable {
    /// The sign-off of the plan in force.
    public var signOff: Dated<PlanSignedOff>
    /// The review completed last (by effective date, then recorded order), if any.
    public var lastReview: Dated<ReviewCompleted>?
    /// When the first review of the new or changed plan is due (the window opens); nil once a
    /// review followed its sign-off.
    public var firstReview: CalendarDate?
    /// The last day of the first review's window (it is late after it); nil once a review
    /// followed the sign-off (issue 15).
    public var firstReviewLate: CalendarDate?
    /// When the plan's services started, which the first review's window counts from: the
    /// first delivery arranged for the signed-off version after its sign-off; nil where nothing
    /// was arranged (the window counts from the sign-off).
    public var servicesStart: Dated<DeliveryArranged>?
    /// The day the first review's window counts from: the services' start, or the sign-off.
    public var firstReviewFrom: CalendarDate { servicesStart?.effectiveDate ?? signOff.effectiveDate }
    /// When the routine review is due: the routine interval after the later of the sign-off and
    /// the last review.
    public var routineReview: CalendarDate
    /// True when the routine review is counted from the last review (a review followed the
    /// sign-off), false when from the sign-off.
    public var routineFromLastReview: Bool
    /// The start of the current run of direct payments, if any.
    public var directPaymentStart: Dated<DeliveryArranged>?
    /// When the first review of that run is due; nil when there is no run or a review followed
    /// its start.
    public var directPaymentReview: CalendarDate?
    /// The date the contribution's clock runs from: the later of the financial assessment in
    /// force and the last review; nil when no contribution is in force.
    public var contributionReviewedOn: CalendarDate?
    /// When the contribution's routine review is due; nil when no contribution is in force.
    public var contributionReview: CalendarDate?

    /// True when a fact recorded as (`later` date, seq) comes after `earlier` in a case's
    /// effective order: on a later effective date, or on the same date and recorded later. A
    /// review counts for a sign-off or a direct payment only when it follows it, so the review
    /// that led to a changed plan is not that plan's first review.
    public static func follows(_ later: (date: CalendarDate, seq: Int64), _ earlier: (date: CalendarDate, seq: Int64)) -> Bool {
        (later.date, later.seq) > (earlier.date, earlier.seq)
    }

    /// The earliest review due, and why; on the same date the reason listed first in
    /// `ReviewDue.Reason` wins.
    public var next: ReviewDue {
        var best = ReviewDue(date: routineReview, reason: .routine)
        func consider(_ date: CalendarDate?, _ reason: ReviewDue.Reason) {
            guard let date else { return }
            if (date, reason.rank) < (best.date, best.reason.rank) { best = ReviewDue(date: date, reason: reason) }
        }
        consider(firstReview, .newOrChangedPlan)
        consider(directPaymentReview, .newDirectPayment)
        consider(contributionReview, .contribution)
        return best
    }
}

extension ReviewDue.Reason {
    /// The order of reasons on the same date.
    var rank: Int { ReviewDue.Reason.allCases.firstIndex(of: self)! }
}

extension CaseState {
    /// The review schedule under `intervals`: nil when the case is closed or no signed-off plan
    /// is in force. Reads the history for the last review (its recorded order).
    public func reviewSchedule(_ intervals: ReviewIntervals) -> ReviewSchedule? {
        // Entries read in place where only their dates are needed; each kept one copied once.
        guard !isClosed, planInForce.hasCurrent, let signed = planInForce.latest else { return nil }
        let lastReview = lastCompletedReview
        let lastReviewed = lastReview.map { (date: $0.effectiveDate, seq: $0.seq) }
        func reviewed(since anchor: (date: CalendarDate, seq: Int64)) -> Bool {
            lastReviewed.map { ReviewSchedule.follows($0, anchor) } ?? false
        }
        let fromReview = reviewed(since: (signed.effectiveDate, signed.seq))
        let started = fromReview ? nil : servicesStart(of: signed)
        let windowFrom = started?.effectiveDate ?? signed.effectiveDate
        let dpStart = directPaymentRunStart
        var contributionOn: CalendarDate?
        if contributions.hasCurrent, let assessedOn = contributions.since {
            contributionOn = max(assessedOn, lastReviewed?.date ?? assessedOn)
        }
        let directPaymentReview = dpStart.flatMap {
            reviewed(since: ($0.effectiveDate, $0.seq)) ? nil : intervals.directPaymentReviewDue(startedOn: $0.effectiveDate)
        }
        return ReviewSchedule(
            signOff: signed, lastReview: lastReview,
            firstReview: fromReview ? nil : intervals.firstReviewDue(startedOn: windowFrom),
            firstReviewLate: fromReview ? nil : intervals.firstReviewLate(startedOn: windowFrom),
            servicesStart: started,
            routineReview: intervals.routineReviewDue(lastOn: fromReview ? lastReviewed!.date : signed.effectiveDate),
            routineFromLastReview: fromReview,
            directPaymentStart: dpStart,
            directPaymentReview: directPaymentReview,
            contributionReviewedOn: contributionOn,
            contributionReview: contributionOn.map { intervals.routineReviewDue(lastOn: $0) })
    }

    /// When the services of the plan version `signed` signed off started: the first delivery
    /// arranged for that version on or after the sign-off (by effective date, then recorded
    /// order); nil where none was arranged. The first review's window counts from it.
    ///
    /// Source: Care and Support Statutory Guidance para 13.32 [check] (6–8 weeks after the
    /// service started).
    public func servicesStart(of signed: Dated<PlanSignedOff>) -> Dated<DeliveryArranged>? {
        guard let s = signed.value else { return nil }
        // Entries read in place; only the one found is copied out.
        for i in delivery.entries.indices {
            guard let d = delivery.entries[i].value, d.planId == s.planId, d.planVersion == s.version else { continue }
            let e = delivery.entries[i]
            if !ReviewSchedule.follows((e.effectiveDate, e.seq), (signed.effectiveDate, signed.seq)) { continue }
            return e
        }
        return nil
    }

    /// The next review due under `intervals` (`reviewSchedule(_:)`'s earliest): the earliest
    /// of 6 weeks (configurable) after a new or changed plan's services started (or its sign-off)
    /// not yet reviewed, 6 months after a
    /// new direct payment not yet reviewed, and 12 months after the last review (or sign-off)
    /// and the last financial assessment; on the same date the reason listed first wins. Nil
    /// when closed or no plan is in force.
    public func nextReviewDue(_ intervals: ReviewIntervals) -> ReviewDue? {
        reviewSchedule(intervals)?.next
    }

    /// The review completed last by effective date (then seq), from any review, asked for or
    /// scheduled: a review as recorded, or the correction that put it in place; never one a
    /// later correction replaced. Read from the history.
    public var lastCompletedReview: Dated<ReviewCompleted>? {
        // The events are read in place (by index, none copied); the entry is made once, for the best.
        var best: (index: Int, date: CalendarDate, seq: Int64)?
        for i in history.indices where history[i].kind == .reviewCompleted || history[i].kind == .eventCorrected {
            guard let date = Self.completedReview(in: history[i])?.metadata.effectiveDate else { continue }
            if !corrections.isEmpty, corrections[history[i].id] != nil { continue }
            let seq = history[i].seq
            if best.map({ (date, seq) > ($0.date, $0.seq) }) ?? true { best = (i, date, seq) }
        }
        guard let best, let review = Self.completedReview(in: history[best.index]) else { return nil }
        let i = best.index
        return Dated(
            effectiveDate: best.date, seq: best.seq, eventId: history[i].id, recordedAt: history[i].recordedAt, actor: history[i].actor,
            value: review)
    }

    /// The review `e` records, or the one its correction puts in place; nil for any other event.
    private static func completedReview(in e: borrowing RecordedCaseEvent) -> ReviewCompleted? {
        switch e.event {
        case .reviewCompleted(let r): r
        case .eventCorrected(let c): if case .reviewCompleted(let r) = c.corrected { r } else { nil }
        default: nil
        }
    }
}
