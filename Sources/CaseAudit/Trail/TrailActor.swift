import CaseLedger

/// Who made a decision: their name, the role they acted under, and the authority the staff
/// register gave them on the day they recorded it.
public struct TrailActor: Hashable, Sendable {
    /// Their staff id.
    public var staffId: String
    /// Their name, when they are on the register.
    public var name: String?
    /// The role they acted under, in words.
    public var actingRole: String
    /// The roles and sign-off limit they held on the day, in words.
    public var authority: String
    /// False when the register did not hold them, or not in that role, on the day.
    public var authorityConfirmed: Bool
    // issue 14: one way in for domain events
    /// For an event imported from an older system (`caseledger import`): where from. The
    /// decision was made there; `staffId` and `name` are then whoever imported it.
    public var imported: ImportedFrom?

    /// An actor.
    public init(
        staffId: String, name: String?, actingRole: String, authority: String, authorityConfirmed: Bool, imported: ImportedFrom? = nil
    ) {
        self.staffId = staffId
        self.name = name
        self.actingRole = actingRole
        self.authority = authority
        self.authorityConfirmed = authorityConfirmed
        self.imported = imported
    }

    /// The actor of `event` as the register shows them on the day it was recorded.
    init(_ event: RecordedCaseEvent, role: StaffRole, register: StaffRegister) {
        let day = CalendarDate(event.recordedAt)
        let member = register.member(event.actor)
        let roles = member?.roles(on: day) ?? []
        var authority: String
        if let member, member.isOnRegister(on: day) {
            let held = roles.sorted().map(Words.role)
            authority = "on \(Words.date(day)) held the role\(held.count == 1 ? "" : "s") \(held.isEmpty ? "none" : Words.list(held))"
            if let limit = member.signOffLimit(on: day) { authority += " and could sign off plans up to \(Words.weekly(limit))" }
        } else {
            authority = "not on the staff register on \(Words.date(day))"
            // Keeps events/INVARIANTS.md rule 67: a look-alike of a member's id is another id.
            if member == nil, let alike = register.lookAlike(of: event.actor) {
                authority += " (the id looks like \(alike.name)'s staff id \"\(IdRules.shown(alike.staffId))\" but is spelt differently: \(StaffIdRules.difference(given: event.actor, registered: alike.staffId)))"
            }
        }
        if let imported = event.event.metadata.imported {
            // The register here says nothing of who decided in the older system.
            let importer = member.map { "\($0.name) (\(event.actor))" } ?? "\(event.actor) (not on the staff register)"
            self.init(
                staffId: event.actor, name: member?.name, actingRole: Words.role(role),
                authority: "decided in \(imported.from), whose record of it (\(imported.sourceRef)) was imported on \(Words.date(day)) "
                    + "by \(importer); this ledger's staff register cannot show the authority it was decided under",
                authorityConfirmed: false, imported: imported)
            return
        }
        self.init(
            staffId: event.actor, name: member?.name, actingRole: Words.role(role), authority: authority,
            authorityConfirmed: roles.contains(role))
    }

    /// "Tess Morgan, team manager" (the staff copy adds the id).
    func display(_ copy: Copy) -> String {
        if let imported {
            return "someone acting as \(actingRole) in \(imported.from) (imported history)"
        }
        let who = name ?? "\(staffId) (not on the staff register)"
        return copy == .staff && name != nil ? "\(who) (\(staffId)), acting as \(actingRole)" : "\(who), acting as \(actingRole)"
    }
}
