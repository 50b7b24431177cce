import CaseLedger

/// What the SVG timeline draws: the stages as bands over time, and marks for decisions,
/// corrections, challenges and complaints, reviews done and the next review due. Positioned by
/// effective date.
public struct TimelineData: Hashable, Sendable {
    /// A stretch of time at one stage.
    public struct Band: Hashable, Sendable {
        /// The stage in words.
        public var stage: String
        /// Its first day.
        public var from: CalendarDate
        /// The first day of the next stage; nil for the last band.
        public var until: CalendarDate?
    }

    /// A kind of mark.
    public enum MarkKind: String, Hashable, Sendable, CaseIterable {
        /// A decision.
        case decision
        /// A correction.
        case correction
        /// A challenge or complaint raised, escalated, decided or answered.
        case challenge
        /// A review completed.
        case reviewDone
        /// The next review due.
        case reviewDue
    }

    /// One mark on the timeline.
    public struct Mark: Hashable, Sendable {
        /// What it is.
        public var kind: MarkKind
        /// Where it goes.
        public var date: CalendarDate
        /// Its label (a tooltip and the text alternative).
        public var label: String
        /// The seq it refers to; nil for the review due.
        public var seq: Int64?
    }

    /// The stages over time.
    public var bands: [Band]
    /// The marks, in order.
    public var marks: [Mark]

    /// The first day drawn.
    public var start: CalendarDate? { (bands.map(\.from) + marks.map(\.date)).min() }
    /// The last day drawn.
    public var end: CalendarDate? { (bands.map(\.from) + marks.map(\.date)).max() }

    /// The timeline of `events`, with the state after each and their headlines.
    init(events: [RecordedCaseEvent], states: [CaseState], titles: [String], nextReviewDue: ReviewDue?) {
        var bands: [Band] = []
        var marks: [Mark] = []
        var running: CalendarDate?
        for (i, e) in events.enumerated() {
            let date = max(running ?? e.effectiveDate, e.effectiveDate)
            running = date
            let stage = Words.stage(states[i].stage)
            if bands.last?.stage != stage {
                if !bands.isEmpty { bands[bands.count - 1].until = date }
                bands.append(Band(stage: stage, from: date, until: nil))
            }
            let kind: MarkKind
            switch e.event {
            case .eventCorrected: kind = .correction
            case .challengeRaised, .challengeEscalated, .challengeResolved, .riskEnablementPanelDecided,
                .complaintReceived, .complaintAcknowledged, .complaintResponded, .opinionDisputed:
                kind = .challenge
            case .reviewCompleted: kind = .reviewDone
            default: kind = .decision
            }
            marks.append(Mark(kind: kind, date: e.effectiveDate, label: "ref. \(e.seq), \(Words.date(e.effectiveDate)): \(titles[i])", seq: e.seq))
        }
        if let due = nextReviewDue {
            marks.append(Mark(kind: .reviewDue, date: due.date, label: "Next review due \(Words.date(due.date)): \(Words.dueReason(due.reason))", seq: nil))
        }
        self.bands = bands
        self.marks = marks
    }
}
