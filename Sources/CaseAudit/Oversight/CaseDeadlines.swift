import CaseLedger

/// The deadlines of one case as folded, worked out under the configuration in force and judged
/// on a day with a `DeadlineCalendar`. Every due date is the domain's (`CaseState.reviewSchedule`,
/// `Configuration.complaintAcknowledgementDue` and `complaintResponseDue`,
/// `CaseState.eligibilityNoticesDue`, `CaseState.withdrawalAwaitingNotice`); this type only finds
/// the events the clocks run from and says how each date was worked out.
///
/// - First review: the configured interval (6 weeks) after the signed-off plan in force, until
///   a review is completed after its sign-off.
/// - Annual review: the routine interval (12 months) after the later of the sign-off and the
///   last review completed, so a review completed early (asked for on a change of
///   circumstances) resets the clock.
/// - Direct payment review: the configured interval (6 months) after the current run of direct
///   payments started, until a review is completed after that start.
/// - Complaint acknowledgement: the configured working days after a complaint was received,
///   until acknowledged.
/// - Complaint response: the configured period (6 months) after the complaint was received, or
///   the date agreed at acknowledgement when that is later, until responded.
/// - Direct payment agreement: a direct payment in force with no agreement in force is due
///   from the start of the run of direct payments (the law sets no period).
/// - Written notices: an eligibility determination with no notice recorded since, and a
///   withdrawal with no notice recorded; the law sets no period, so the notice is due on the
///   decision's effective date and is overdue from the day after. Every other decision needing
///   a notice (`CaseState.noticesDue`, `NoticeRequirement`) with none recorded telling of it:
///   due when the decision is made (or the configured days after).
public struct CaseDeadlines: Sendable {
    /// The calendar.
    public let calendar: DeadlineCalendar
    /// The intervals and periods.
    public let configuration: Configuration

    /// Deadlines worked out under `configuration`.
    public init(configuration: Configuration) {
        self.configuration = configuration
        self.calendar = DeadlineCalendar(configuration)
    }

    /// The deadlines of `state` judged on `today`, by due date (then kind). Empty for a closed
    /// case.
    public func deadlines(of state: CaseState, on today: CalendarDate) -> [Deadline] {
        var out: [Deadline] = []
        func add(_ kind: DeadlineKind, _ due: CalendarDate, from e: RecordedCaseEvent?, seq: Int64? = nil, eventId: String? = nil, _ subject: Sentence, _ basis: Sentence) {
            out.append(Deadline(
                kind: kind, due: due, status: calendar.status(of: due, on: today), seq: e?.seq ?? seq ?? 0,
                eventId: e?.id ?? eventId ?? "", subject: subject.text, basis: basis.text))
        }
        // issue 15: safeguard — concerns and requests fall due on a closed case too.
        safeguarding(state, add: add)
        subjectAccess(state, add: add)
        if !state.isClosed {
            reviews(state, add: add)
            complaints(state, add: add)
            notices(state, add: add)
            directPayments(state, on: today, add: add)
            carers(state, today, add: add)
        }
        guard out.count > 1 else { return out }
        return out.sorted { ($0.due, $0.kind.rank, $0.seq) < ($1.due, $1.kind.rank, $1.seq) }
    }

    typealias Add = (DeadlineKind, CalendarDate, RecordedCaseEvent?, Int64?, String?, Sentence, Sentence) -> Void

    private func reviews(_ state: CaseState, add: Add) {
        let intervals = configuration.reviewIntervals
        // The schedule's entries read in place (optional chaining), none copied out.
        guard let schedule = state.reviewSchedule(intervals), let planId = schedule.signOff.value?.planId,
            let version = schedule.signOff.value?.version
        else { return }
        let signedOn = schedule.signOff.effectiveDate, signedSeq = schedule.signOff.seq, signedId = schedule.signOff.eventId
        let subject: Sentence = "plan \(planId) version \(version)"
        // issue 15: the window counts from when services started; the deadline is its last day.
        if let opens = schedule.firstReview, let late = schedule.firstReviewLate {
            let from = schedule.firstReviewFrom
            let start: Sentence = schedule.servicesStart == nil
                ? "the plan was signed off on \(date: signedOn) (no services arranged yet)"
                : "services started on \(date: from)"
            add(.firstReview, late, nil, signedSeq, signedId, subject,
                "due from \(date: opens) (\(intervals.newOrChangedPlan)) and by \(date: late) (\(intervals.newOrChangedPlanLateAfter)) after \(start) — \(ReviewIntervals.firstReviewSource)")
        }
        if schedule.routineFromLastReview, let reviewSeq = schedule.lastReview?.seq, let reviewedOn = schedule.lastReview?.effectiveDate {
            add(.annualReview, schedule.routineReview, nil, reviewSeq, schedule.lastReview?.eventId, subject,
                "\(intervals.routine) after the last review was completed on \(date: reviewedOn)")
        } else {
            add(.annualReview, schedule.routineReview, nil, signedSeq, signedId, subject,
                "\(intervals.routine) after the plan was signed off on \(date: signedOn)")
        }
        if let startSeq = schedule.directPaymentStart?.seq, let startedOn = schedule.directPaymentStart?.effectiveDate,
            let due = schedule.directPaymentReview {
            add(.directPaymentReview, due, nil, startSeq, schedule.directPaymentStart?.eventId,
                "direct payment for plan \(schedule.directPaymentStart?.value?.planId ?? planId)",
                "\(intervals.newDirectPayment) after the direct payment started on \(date: startedOn)")
        }
    }

    private func complaints(_ state: CaseState, add: Add) {
        for (id, complaint) in state.complaints.sorted(by: { $0.key < $1.key }) where complaint.isOpen {
            let received = complaint.received.metadata.effectiveDate
            let receivedEvent = state.lastEvent(.complaintReceived) { if case .complaintReceived(let p) = $0 { p.complaintId == id } else { false } }
            let subject: Sentence = "complaint \(id)"
            if complaint.acknowledged == nil {
                add(.complaintAcknowledgement, configuration.complaintAcknowledgementDue(receivedOn: received), receivedEvent, nil, nil, subject,
                    "\(Words.count(configuration.complaintAcknowledgementWorkingDays, "working day")) after it was received on \(date: received)")
            }
            // A date agreed at acknowledgement (one other than the date worked out on receipt).
            let agreed = complaint.acknowledged.flatMap { $0.respondBy != complaint.received.respondBy ? $0.respondBy : nil }
            let due = configuration.complaintResponseDue(receivedOn: received, agreed: agreed)
            if let ack = complaint.acknowledged, let agreed, agreed == due {
                let ackEvent = state.lastEvent(.complaintAcknowledged) { if case .complaintAcknowledged(let p) = $0 { p.complaintId == id } else { false } }
                add(.complaintResponse, due, ackEvent, nil, nil, subject,
                    "the response date agreed when it was acknowledged on \(date: ack.metadata.effectiveDate)")
            } else {
                add(.complaintResponse, due, receivedEvent, nil, nil, subject,
                    "\(configuration.complaintResponsePeriod) beginning on the day it was received, \(date: received) (reg 14)")
            }
        }
    }

    private func notices(_ state: CaseState, add: Add) {
        for awaiting in state.eligibilityNoticesDue {
            let decided = awaiting.event
            add(.eligibilityNotice, awaiting.due, decided, nil, nil, "assessment \(awaiting.determination.assessmentId)",
                "no written notice recorded since eligibility was determined on \(date: awaiting.due)")
        }
        if let w = state.withdrawalAwaitingNotice {
            let decided = state.event(withId: w.eventId)
            add(.withdrawalNotice, w.decided.metadata.effectiveDate, decided, nil, w.eventId, "withdrawal on review \(w.decided.reviewId)",
                "no written notice recorded since services were withdrawn on \(date: w.decided.metadata.effectiveDate)")
        }
        // issue 15: notices
        for awaiting in state.noticesDue(configuration: configuration) {
            let days = configuration.noticeDays(for: awaiting.requirement.subjects[0])
            let within: Sentence = days == 0 ? "" : " (\(Words.count(days, "day")) allowed)"
            add(.decisionNotice, awaiting.due, awaiting.event, nil, nil, "\(awaiting.words)",
                "\(awaiting.requirement.subjects[0].words) not yet sent to the person\(within), as \(awaiting.requirement.source) requires")
        }
    }
}

// issue 15: direct payments and capacity
extension CaseDeadlines {
    /// A direct payment in force on `today` with no agreement in force
    /// (`CaseState.directPaymentWithoutAgreement(on:)`): the agreement is due from the day the
    /// current run of direct payments started, and overdue from the day after.
    private func directPayments(_ state: CaseState, on today: CalendarDate, add: Add) {
        guard state.directPaymentWithoutAgreement(on: today), let start = state.directPaymentRunStart else { return }
        add(.directPaymentAgreement, start.effectiveDate, nil, start.seq, start.eventId,
            "direct payment for plan \(start.value?.planId ?? "")",
            "no direct payment agreement recorded for the direct payment that started on \(date: start.effectiveDate)")
    }
}

// issue 15: safeguard
extension CaseDeadlines {
    /// The s42 decision due on each concern not yet decided, and the outcome due on each enquiry
    /// under way (`SafeguardingRules.decisionDue`, `outcomeDue`).
    private func safeguarding(_ state: CaseState, add: Add) {
        for (id, r) in state.safeguardingConcerns.sorted(by: { $0.key < $1.key }) where r.isOpen {
            let subject: Sentence = "safeguarding concern \(id)"
            if r.decision == nil {
                let raised = state.lastEvent(.safeguardingConcernRaised) { if case .safeguardingConcernRaised(let p) = $0 { p.concernId == id } else { false } }
                add(.safeguardingDecision, SafeguardingRules.decisionDue(r, configuration), raised, nil, nil, subject,
                    "\(Words.count(configuration.safeguardingDecisionWorkingDays, "working day")) after it was received on \(date: r.raised.metadata.effectiveDate) (local safeguarding procedures)")
            } else if let due = SafeguardingRules.outcomeDue(r, configuration), let started = r.enquiry?.metadata.effectiveDate {
                let enquiry = state.lastEvent(.safeguardingEnquiryStarted) { if case .safeguardingEnquiryStarted(let p) = $0 { p.concernId == id } else { false } }
                add(.safeguardingOutcome, due, enquiry, nil, nil, subject,
                    "\(configuration.safeguardingEnquiryPeriod) after the enquiry started on \(date: started) (local safeguarding procedures)")
            }
        }
    }

    /// The answer due on each subject access request not yet answered and not waiting for
    /// clarification (`SubjectAccessRules.due`).
    private func subjectAccess(_ state: CaseState, add: Add) {
        for (id, r) in state.subjectAccessRequests.sorted(by: { $0.key < $1.key }) where r.isOpen {
            guard let due = SubjectAccessRules.due(r, configuration) else { continue }
            let received = state.lastEvent(.subjectAccessRequestReceived) { if case .subjectAccessRequestReceived(let p) = $0 { p.requestId == id } else { false } }
            let period: Sentence = r.extended != nil
                ? "\(configuration.subjectAccessResponsePeriod) and the further \(configuration.subjectAccessExtensionPeriod) of the extension"
                : "\(configuration.subjectAccessResponsePeriod)"
            let paused = SubjectAccessRules.pausedDays(r, until: due, configuration)
            let pauseWords: Sentence = paused > 0 ? ", with \(Words.count(paused, "day")) awaiting clarification added" : ""
            add(.subjectAccessAnswer, due, received, nil, nil, "subject access request \(id)",
                "\(period) after it was received on \(date: r.received.metadata.effectiveDate)\(pauseWords) — UK GDPR Art 12(3)")
        }
    }
}

// issue 15: carers
extension CaseDeadlines {
    /// The offer of a carer's assessment to each carer named on the case with none recorded
    /// (`CarerRules.offersDue`); the progress of each running period of reablement next due
    /// (`ReablementRules.nextProgressDue`), and its free period's end.
    private func carers(_ state: CaseState, _ today: CalendarDate, add: Add) {
        for due in CarerRules.offersDue(in: state.history, superseded: state.corrections, period: configuration.carersAssessmentOfferPeriod) {
            let appeared = due.carer.appeared
            add(.carersAssessmentOffer, due.due, appeared, nil, nil, "carer \(due.carer.carerName)",
                "\(configuration.carersAssessmentOfferPeriod) after the carer was named on \(date: appeared.effectiveDate)")
        }
        for (id, period) in state.reablements.sorted(by: { $0.key < $1.key }) where period.isActive {
            let started = state.lastEvent(.reablementStarted) { if case .reablementStarted(let p) = $0 { p.reablementId == id } else { false } }
            let startedOn = period.started.metadata.effectiveDate
            if let week = ReablementRules.nextProgressDue(period, interval: configuration.reablementProgressInterval, on: today) {
                add(.reablementProgress, week.until, started, nil, nil, "reablement \(id), week \(week.number)",
                    "progress each \(configuration.reablementProgressInterval) from the start of reablement on \(date: startedOn)")
            }
            add(.reablementFreePeriodEnd, period.started.freeUntil, started, nil, nil, "reablement \(id)",
                "free for \(Words.count(configuration.reablementFreeDays, "day")) from its start on \(date: startedOn); charging may apply after")
        }
    }
}

extension CaseState {
    /// The last recorded event (or correction) of `kind` whose event matches; a correction
    /// matches by the event it puts in place. Events of other kinds are not looked into.
    func lastEvent(_ kind: CaseEvent.Kind, where matches: (CaseEvent) -> Bool) -> RecordedCaseEvent? {
        history.last { e in
            if e.kind == .eventCorrected, case .eventCorrected(let c) = e.event { return c.corrected.kind == kind && matches(c.corrected) }
            return e.kind == kind && matches(e.event)
        }
    }
}
