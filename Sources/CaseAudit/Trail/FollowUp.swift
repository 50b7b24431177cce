/// Something that followed a decision: a written notice, a challenge and its escalations, a
/// panel decision, a complaint, a correction, a dispute.
public struct FollowUp: Hashable, Sendable {
    /// The kind, a stable word for programs: `notice`, `challenge`, `escalation`, `panel`,
    /// `resolution`, `complaint`, `correction`, `dispute`, `withdrawal`, `bestInterests` (a
    /// best-interests decision relying on a capacity assessment), `directPaymentAgreement` (an
    /// agreement relying on one), `termination` (direct payments ended under an agreement).
    public var kind: String
    /// The seq of the event that records it.
    public var seq: Int64
    /// When it took effect.
    public var effectiveDate: CalendarDateText
    /// What happened, in words.
    public var text: String

    /// A follow-up.
    public init(kind: String, seq: Int64, effectiveDate: CalendarDateText, text: String) {
        self.kind = kind
        self.seq = seq
        self.effectiveDate = effectiveDate
        self.text = text
    }
}
