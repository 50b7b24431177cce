import CaseLedger

/// Folds a case's events into trail entries: first each event's words and the state after it,
/// then the links between events (notices, challenges, corrections, disputes).
struct TrailBuilder {
    let events: [RecordedCaseEvent]
    let register: StaffRegister
    let copy: Copy
    let configuration: Configuration
    /// The state after each event.
    private(set) var states: [CaseState] = []
    /// Each event in words.
    private(set) var phrases: [EventPhrase] = []
    /// What each event's copy withholds.
    private(set) var withheld: [[WithheldItem]] = []
    /// Each event's figure changes.
    private(set) var changes: [[FigureChange]] = []

    init(events: [RecordedCaseEvent], register: StaffRegister, copy: Copy, configuration: Configuration) {
        self.events = events
        self.register = register
        self.copy = copy
        self.configuration = configuration
        var phraser = Phraser(copy: copy, register: register)
        // issue 17: retention — each erased event names the erasure that erased it.
        phraser.erasures = ErasureNote.byErasedSeq(events)
        var state = CaseState()
        // The figures after the previous event, on its date: the figures before this one when
        // both are dated the same day, as most of a case's events are.
        var last: (figures: CaseFigures, date: CalendarDate)?
        // issue 15: voice — each plan version's components in the person's words, as its draft
        // or revision showed them (withheld where that event restricted the plan).
        var planWords: [String: [String]] = [:]
        for e in events {
            var gate = Disclosure(copy: copy, event: e.event)
            var phrase = phraser.phrase(e.event, &gate)
            if e.kind == .erased { phrase = phraser.phraseRetention(e.event, &gate, seq: e.seq) }
            switch e.event {
            case .supportPlanDrafted(let p):
                var planGate = gate
                planWords["\(p.plan.planId)/\(p.version)"] = phraser.planComponents(p.plan, &planGate)
            case .supportPlanRevised(let p):
                var planGate = gate
                planWords["\(p.plan.planId)/\(p.version)"] = phraser.planComponents(p.plan, &planGate)
            case .planSignedOff(let p):
                if let words = planWords["\(p.planId)/\(p.version)"], !words.isEmpty {
                    phrase.what += ["The plan signed off, in the words written in it:"] + words
                }
            case .planSignOffRefused(let p):
                if let words = planWords["\(p.planId)/\(p.version)"], !words.isEmpty {
                    phrase.what += ["The plan not signed off, in the words written in it:"] + words
                }
            default: break
            }
            let before = state
            state = evolve(state, e)
            // Money over weeks already past: arrears or a refund (issue 14: corrections).
            phrase.what += ArrearsRules.backPayments(of: e, before: before, after: state).map(Words.backPayment)
            let date = TrailBuilder.decidedDate(e.event)
            let f0 = last.flatMap { $0.date == date ? $0.figures : nil }
                ?? CaseFigures(before, on: date, register: register, configuration: configuration)
            let f1 = CaseFigures(state, on: date, register: register, configuration: configuration)
            last = (f1, date)
            phrases.append(phrase)
            withheld.append(gate.finish())
            changes.append(f0.changes(to: f1, effective: date))
            states.append(state)
            phraser.known[e.id] = (e.seq, phrase.title)
            if case .capacityAssessed(let c) = e.event { phraser.capacityAssessmentEvents[c.assessmentId] = e.id }
        }
    }

    /// The effective date of what an event decides (a correction: that of the corrected event).
    static func decidedDate(_ event: CaseEvent) -> CalendarDate {
        if case .eventCorrected(let c) = event { return c.corrected.metadata.effectiveDate }
        return event.metadata.effectiveDate
    }

    /// The person's name from the referral, as this copy may show it.
    var customerName: String? {
        for e in events {
            if case .referralReceived(let r) = e.event {
                return copy == .customer && Disclosure(copy: copy, event: e.event).isRestricted("customerName") ? WithheldItem.placeholder : r.customerName
            }
        }
        return nil
    }

    /// The entries, with their links.
    func entries() -> [TrailEntry] {
        let links = TrailLinks(events: events, titles: phrases.map(\.title))
        let index = Dictionary(events.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return events.enumerated().map { i, e in
            let m = e.event.metadata
            var status = EntryStatus.standing
            var comparison: CorrectionComparison?
            if let by = links.latestCorrection[e.id] { status = .superseded(bySeq: by) }
            if case .eventCorrected(let c) = e.event, let j = index[c.supersedes] {
                status = .correction(ofSeq: events[j].seq)
                comparison = compare(original: events[j], originalTitle: phrases[j].title, correction: c, correctionTitle: phrases[i].correctedTitle ?? "")
            }
            let date = TrailBuilder.decidedDate(e.event)
            return TrailEntry(
                seq: e.seq, eventId: e.id, eventType: e.event.typeName, title: phrases[i].title,
                recordedAt: e.recordedAt.rfc3339, recordedWords: Words.time(e.recordedAt), recordedStamp: UKTime.stamp(e.recordedAt),
                effectiveDate: CalendarDateText(iso: date.iso, words: Words.date(date)),
                who: TrailActor(e, role: m.actingRole, register: register),
                what: phrases[i].what, reasons: m.reasons, references: m.references, evidence: phrases[i].evidence,
                changes: changes[i], notices: links.notices[e.id] ?? [],
                noticeExpected: TrailLinks.noticeExpected(e.event), reasonsExpected: ReasonsRules.required(for: e.kind),
                followUps: links.followUps[e.id] ?? [], withheld: withheld[i], status: status, comparison: comparison)
        }
    }

    /// The original beside its correction, field by field, restricted fields withheld from the
    /// customer's copy.
    private func compare(original: RecordedCaseEvent, originalTitle: String, correction: EventCorrected, correctionTitle: String)
        -> CorrectionComparison
    {
        let restricted = Disclosure(copy: copy, event: original.event).restricted.union(Disclosure(copy: copy, event: correction.corrected).restricted)
        let rows = PayloadText.differences(original.event.payload, correction.corrected.payload).map { d in
            let hide = copy == .customer && (restricted.contains(JSONKey(d.key)) || d.key == "notes")
            return CorrectionComparison.Row(
                field: Words.uncamel(d.key),
                original: hide ? WithheldItem.placeholder : d.original,
                corrected: hide ? WithheldItem.placeholder : d.corrected)
        }
        return CorrectionComparison(
            originalSeq: original.seq, originalRecorded: Words.time(original.recordedAt), originalTitle: originalTitle,
            correctedTitle: correctionTitle, rows: rows)
    }
}
