/// One decision in a case's trail: when, who, what, why, what changed, what the person was told,
/// what followed, and what this copy withholds.
public struct TrailEntry: Hashable, Sendable {
    /// The ledger's sequence number: the entry's permanent reference ("ref.").
    public var seq: Int64
    /// The event id (a UUID).
    public var eventId: String
    /// The stored event type, e.g. `personalBudgetSet`.
    public var eventType: String
    /// A headline in plain words.
    public var title: String
    /// When it was recorded (UTC).
    public var recordedAt: String
    /// When it was recorded, in words (UK time with its zone).
    public var recordedWords: String
    /// When it was recorded, UK time with its zone, for tables and CSV: `2026-04-01 10:00:00 BST`.
    public var recordedStamp: String
    /// The date it takes effect.
    public var effectiveDate: CalendarDateText
    /// Who decided, and their authority on the day.
    public var who: TrailActor
    /// What was decided, one statement per line.
    public var what: [String]
    /// The reasons given.
    public var reasons: [String]
    /// Criteria and policy clauses relied on.
    public var references: [String]
    /// Evidence referred to: who took part, notes.
    public var evidence: [String]
    /// Figures that changed compared with before.
    public var changes: [FigureChange]
    /// Written notices that followed.
    public var notices: [FollowUp]
    /// True when the law expects a written notice of this decision (eligibility, withdrawal,
    /// complaint), so a missing one is shown as missing.
    public var noticeExpected: Bool
    /// True when the decision is one a person could challenge and so states its reasons
    /// (`ReasonsRules`): a missing reason is then shown as missing; a routine entry (a referral, an
    /// allocation, a notice) with none shows no "Why" at all.
    public var reasonsExpected: Bool
    /// What followed: challenges, escalations, panel decisions, complaints, corrections, disputes.
    public var followUps: [FollowUp]
    /// Items this copy withholds.
    public var withheld: [WithheldItem]
    /// Standing, superseded or a correction.
    public var status: EntryStatus
    /// For a correction: the original beside the correction.
    public var comparison: CorrectionComparison?
}
