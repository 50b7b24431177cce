import CaseLedger

/// Everything a report on one case reads: the case's recorded events in order and the staff
/// register's events (for names, roles and authority on a date).
public struct CaseHistory: Hashable, Sendable {
    /// The case reference (its stream), e.g. "C-1001".
    public var caseId: String
    /// The case's events in recorded order.
    public var events: [RecordedCaseEvent]
    /// The staff register's events in recorded order.
    public var staffEvents: [RecordedStaffEvent]

    /// A history.
    public init(caseId: String, events: [RecordedCaseEvent], staffEvents: [RecordedStaffEvent]) {
        self.caseId = caseId
        self.events = events
        self.staffEvents = staffEvents
    }

    /// The staff register as recorded by `instant` (all of it when nil).
    public func staffRegister(asKnownAt instant: Timestamp?) -> StaffRegister {
        guard let instant else { return StaffRegister(staffEvents) }
        return StaffRegister(staffEvents.filter { $0.recordedAt <= instant })
    }
}
