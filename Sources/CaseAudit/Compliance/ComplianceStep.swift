import CaseLedger

/// One event of a case's history with the case as it stood just before it. A class, so that the
/// rules walking a case's steps pass a reference around instead of copying the whole case (and
/// every event) for each step of each rule.
public final class ComplianceStep: Sendable {
    /// The case as known just before `event`.
    public let before: CaseState
    /// The event.
    public let event: RecordedCaseEvent

    /// A step.
    public init(before: CaseState, event: RecordedCaseEvent) {
        self.before = before
        self.event = event
    }
}
