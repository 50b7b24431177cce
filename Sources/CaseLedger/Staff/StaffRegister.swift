/// The staff register folded from the "staff" stream: who is on it, with which roles and
/// sign-off limits, answerable for any date ("who could sign off on that date").
public struct StaffRegister: Hashable, Sendable {
    // Keeps events/INVARIANTS.md rule 67: members are keyed by their ids' exact bytes.
    /// Members by staff id, compared by its bytes (`StaffId`): "S-\u{212A}" is not member "S-K".
    public internal(set) var members: [StaffId: StaffMember]
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

    /// Member `id`, byte for byte (rule 67); nil when no member has exactly that id.
    public func member(_ id: String) -> StaffMember? {
        members[StaffId(id)]
    }

    /// A member whose id is `id` as text (canonically equivalent) but not byte for byte: the
    /// register spelling of a look-alike id; nil when there is none. The first such in id order,
    /// so the answer never depends on the dictionary's order.
    public func lookAlike(of id: String) -> StaffMember? {
        let key = StaffId(id)
        return members.filter { $0.key != key && $0.value.staffId == id }.min { $0.key < $1.key }?.value
    }

    // issue 15: voice — staff by name in refusals and findings.
    /// How a refusal or finding names staff member `id`: "Sam Patel (SW-1)", the name from the
    /// register with the id a worker types; the id alone, marked, when it is not on the register.
    public func nameOf(_ id: String) -> String {
        guard let name = members[StaffId(id)]?.name, !name.isBlank else { return "\(id) (not on the staff register)" }
        return "\(name) (\(id))"
    }

    /// True when staff member `id` is on the register on `date`.
    public func isOnRegister(_ id: String, on date: CalendarDate) -> Bool {
        members[StaffId(id)]?.isOnRegister(on: date) ?? false
    }

    /// True when `id` holds `role` on `date`.
    public func holds(_ role: StaffRole, _ id: String, on date: CalendarDate) -> Bool {
        members[StaffId(id)]?.roles(on: date).contains(role) ?? false
    }

    /// The weekly sign-off limit `id` holds on `date`; nil when none.
    public func signOffLimit(of id: String, on date: CalendarDate) -> Money? {
        members[StaffId(id)]?.signOffLimit(on: date)
    }

    /// Everyone who could sign off on `date`, with their weekly limit.
    public func signOffAuthorities(on date: CalendarDate) -> [StaffId: Money] {
        members.compactMapValues { $0.signOffLimit(on: date) }
    }

    /// True when someone holds one of `roles` on `date`.
    public func anyoneHolds(_ roles: Set<StaffRole>, on date: CalendarDate) -> Bool {
        members.values.contains { !$0.roles(on: date).isDisjoint(with: roles) }
    }
}
