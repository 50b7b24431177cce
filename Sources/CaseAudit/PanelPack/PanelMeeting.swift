import CaseLedger

// issue 18: panel
// Keeps events/INVARIANTS.md rule 47: a panel pack is for a referral and a meeting date, and shows
// only what the panel could have had before it on that day.
/// Which referral to the Risk Enablement Panel a pack is for, the day of the meeting that
/// considers it, and so the point of view the pack takes: everything recorded before the meeting
/// day (or, for a meeting today or later, everything recorded so far), with what applied on it.
///
/// Without a meeting date the pack is for the referral still open at the panel (meeting today);
/// when none is open, for the latest referral, at the meeting that decided it (the effective date
/// of the panel's first decision on that challenge after it was referred). A case never referred
/// gets the latest view, and the pack says nothing is referred.
public struct PanelMeeting: Hashable, Sendable {
    /// A challenge escalated to the panel: the referral.
    public struct Referral: Hashable, Sendable {
        /// The challenge referred.
        public var challengeId: String
        /// The date the escalation took effect.
        public var referredOn: CalendarDate
        /// The escalation's ledger sequence number.
        public var seq: Int64
        /// The panel's first decision on it after the referral, if one is recorded at all (also
        /// after the pack's point of view).
        public var decided: Decision?
    }

    /// A decision of the panel: its id, the date it took effect and its sequence number.
    public struct Decision: Hashable, Sendable {
        /// The panel decision's id, e.g. REP-1.
        public var id: String
        /// The date it took effect: the meeting's.
        public var on: CalendarDate
        /// Its ledger sequence number.
        public var seq: Int64
    }

    /// The referral the pack is for; nil when none fits.
    public var referral: Referral?
    /// The day of the meeting.
    public var date: CalendarDate
    /// True when the date was given, false when it was worked out.
    public var dateGiven: Bool
    /// The point of view: as known before the meeting day (nil: everything, for a meeting today
    /// or later), in force on the meeting date.
    public var view: TimeView

    /// The meeting for `history` on `meeting` (nil: worked out as the type says), `today` being
    /// the UK date now, from what was recorded by `asKnownAt` (nil: everything).
    public init(history: CaseHistory, meeting: CalendarDate?, today: CalendarDate, asKnownAt: Timestamp? = nil) {
        let events = TimeView(asKnownAt: asKnownAt).visible(history.events)
        let referrals = PanelMeeting.referrals(events)
        if let meeting {
            date = meeting
            dateGiven = true
            view = PanelMeeting.view(for: meeting, today: today)
            let state = CaseState(rebuiltFrom: view.visible(events).filter { !(meeting < $0.effectiveDate) })
            referral = referrals.last { r in state.challenges[r.challengeId].map { $0.isOpen && $0.level == .riskEnablementPanel } ?? false }
            return
        }
        dateGiven = false
        let now = CaseState(rebuiltFrom: events)
        if let open = referrals.last(where: { r in now.challenges[r.challengeId].map { $0.isOpen && $0.level == .riskEnablementPanel } ?? false }),
           open.decided == nil {
            referral = open
            date = today
        } else if let last = referrals.last, let decided = last.decided {
            referral = last
            date = decided.on
        } else {
            referral = nil
            date = today
            view = TimeView()
            return
        }
        view = PanelMeeting.view(for: date, today: today)
    }

    /// As known before `date` began in the UK (everything, when `date` is today or later), in
    /// force on `date`.
    static func view(for date: CalendarDate, today: CalendarDate) -> TimeView {
        TimeView(asKnownAt: date < today ? UKTime.endOfDay(date.adding(days: -1)) : nil, inForceOn: date)
    }

    /// Every escalation to the panel on the case, in recorded order, each with the panel's first
    /// decision on that challenge recorded after it.
    static func referrals(_ events: [RecordedCaseEvent]) -> [Referral] {
        var out: [Referral] = []
        for (i, r) in events.enumerated() {
            guard case .challengeEscalated(let e) = r.event, e.toLevel == .riskEnablementPanel else { continue }
            let decision = events[(i + 1)...].lazy.compactMap { d -> Decision? in
                guard case .riskEnablementPanelDecided(let p) = d.event, p.challengeId == e.challengeId else { return nil }
                return Decision(id: p.panelDecisionId, on: p.metadata.effectiveDate, seq: d.seq)
            }.first
            out.append(Referral(challengeId: e.challengeId, referredOn: e.metadata.effectiveDate, seq: r.seq, decided: decision))
        }
        return out
    }

    /// What the head of the pack says about the meeting and the referral.
    public var describedLines: [String] {
        var lines: [String] = []
        let shown = view.asKnownAt == nil ? "everything recorded so far" : "what was recorded before that day"
        if let r = referral {
            lines.append("For the Risk Enablement Panel meeting on \(Words.date(date)): challenge \(r.challengeId), referred to the panel on "
                + "\(Words.date(r.referredOn)) (ref. \(r.seq)). Shown: \(shown), and what applied on \(Words.date(date)).")
            if let d = r.decided, !(d.on < date) {
                lines.append("The panel's decision \(d.id) of \(Words.date(d.on)) (ref. \(d.seq)) is not part of this pack; "
                    + "caseledger-audit trail has it and what followed. Give --meeting DATE for another meeting.")
            }
        } else if dateGiven {
            lines.append("For the Risk Enablement Panel meeting on \(Words.date(date)). Shown: \(shown), and what applied on \(Words.date(date)).")
        }
        return lines
    }
}
