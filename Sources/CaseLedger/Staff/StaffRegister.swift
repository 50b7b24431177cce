/// The staff register folded from the "staff" stream: who is on it, with which roles and
/// sign-off limits, answerable for any date ("who could sign off on that date").
public struct StaffRegister: Hashable, Sendable {
    /// Members by staff id.
    public internal(set) var members: [String: StaffMember]
    /// The recorded time of the last event folded.
    public internal(set) var lastRecordedAt: Timestamp?

    /// An empty register.
    public init() {
        members = [:]
        lastRecordedAt = nil
    }

    /// The register folded from `events` in order.
    public init(_ events: [RecordedStaffEvent]) {
        self = events.reduce(StaffRegister(), evolve)
    }

    // issue 15: voice — staff by name in refusals and findings.
    /// How a refusal or finding names staff member `id`: "Sam Patel (SW-1)", the name from the
    /// register with the id a worker types; the id alone, marked, when it is not on the register.
    public func nameOf(_ id: String) -> String {
        guard let name = members[id]?.name, !name.isBlank else { return "\(id) (not on the staff register)" }
        return "\(name) (\(id))"
    }

    /// True when staff member `id` is on the register on `date`.
    public func isOnRegister(_ id: String, on date: CalendarDate) -> Bool {
        members[id]?.isOnRegister(on: date) ?? false
    }

    /// True when `id` holds `role` on `date`.
    public func holds(_ role: StaffRole, _ id: String, on date: CalendarDate) -> Bool {
        members[id]?.roles(on: date).contains(role) ?? false
    }

    /// The weekly sign-off limit `id` holds on `date`; nil when none.
    public func signOffLimit(of id: String, on date: CalendarDate) -> Money? {
        members[id]?.signOffLimit(on: date)
    }

    /// Everyone who could sign off on `date`, with their weekly limit.
    public func signOffAuthorities(on date: CalendarDate) -> [String: Money] {
        members.compactMapValues { $0.signOffLimit(on: date) }
    }

    /// True when someone holds one of `roles` on `date`.
    public func anyoneHolds(_ roles: Set<StaffRole>, on date: CalendarDate) -> Bool {
        members.values.contains { !$0.roles(on: date).isDisjoint(with: roles) }
    }
}
