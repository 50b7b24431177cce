import CaseLedger

/// One event of a case's history with the case as it stood just before it. A class, so that the
/// rules walking a case's steps pass a reference around instead of copying the whole case (and
/// every event) for each step of each rule.
public final class ComplianceStep: Sendable {
    /// The event's place among the input's events.
    public let index: Int
    /// The case as known just before `event`, folded without its history (`history` is empty:
    /// the events before it are the input's `events[..<index]`).
    public let before: CaseState
    /// The event.
    public let event: RecordedCaseEvent

    /// A step.
    public init(index: Int, before: CaseState, event: RecordedCaseEvent) {
        self.index = index
        self.before = before
        self.event = event
    }
}
