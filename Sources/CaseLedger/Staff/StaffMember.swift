/// One member of staff on the register, with every role and sign-off limit they have held and
/// the dates, so their authority on any date can be answered.
public struct StaffMember: Hashable, Sendable {
    /// Their staff id, e.g. "S-12".
    public var staffId: String
    /// Their name.
    public var name: String
    /// Their team.
    public var team: String?
    /// The first day they are on the register.
    public var from: CalendarDate
    /// The first day they are no longer on the register; nil while they are.
    public var leftOn: CalendarDate?
    /// Every role granted, in the order granted.
    public var roles: [Grant<StaffRole>]
    /// Every sign-off limit (weekly, in pence) granted, in the order granted.
    public var signOffLimits: [Grant<Money>]

    /// A member with no roles or limits yet.
    public init(staffId: String, name: String, team: String?, from: CalendarDate) {
        self.staffId = staffId
        self.name = name
        self.team = team
        self.from = from
        self.leftOn = nil
        self.roles = []
        self.signOffLimits = []
    }

    /// True when on the register on `date`.
    public func isOnRegister(on date: CalendarDate) -> Bool {
        from <= date && (leftOn.map { date < $0 } ?? true)
    }

    /// The roles held on `date`.
    public func roles(on date: CalendarDate) -> Set<StaffRole> {
        guard isOnRegister(on: date) else { return [] }
        return Set(roles.filter { $0.isHeld(on: date) }.map(\.value))
    }

    /// The weekly sign-off limit held on `date`, nil when none.
    public func signOffLimit(on date: CalendarDate) -> Money? {
        guard isOnRegister(on: date) else { return nil }
        return signOffLimits.last { $0.isHeld(on: date) }?.value
    }
}
