import CaseLedger

/// One event of a case's history with the case as it stood just before it, as
/// `ComplianceInput.walk(_:)` hands it to the rules. The walk keeps one step and moves it on in
/// place (the next event, the case folded forward over the last), so no step copies the case:
/// a rule reads the case before an event at the cost of reading a field, and must not keep a
/// step beyond its call.
public struct ComplianceStep: Sendable {
    /// The event's place among the input's events.
    public internal(set) var index: Int
    /// The case as known just before `event`, folded without its history (`history` is empty:
    /// the events before it are the input's `events[..<index]`).
    public internal(set) var before: CaseState
    /// The event.
    public internal(set) var event: RecordedCaseEvent
}
