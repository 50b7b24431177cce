import CaseLedger
import CaseLedgerTestSupport
import Testing

/// The staff register changed by commands through `decide`: every staff register event type,
/// as the code writes it.
enum StaffStories {
    /// The recorded staff events, each decided against the register folded so far.
    static let register: [RecordedStaffEvent] = {
        let configuration = TestConfiguration.standard
        var recorded: [RecordedStaffEvent] = []
        var register = StaffRegister()
        var time = at("2025-01-01T09:00:00Z")
        func run(_ command: StaffCommand, by actor: String) {
            time = Timestamp(microsecondsSinceEpoch: time.microsecondsSinceEpoch + 60_000_000)
            do {
                for e in try decide(command, register, actor: actor, now: time, configuration: configuration) {
                    let r = RecordedStaffEvent(
                        seq: Int64(recorded.count + 1), id: "ST-\(recorded.count + 1)", recordedAt: time,
                        actor: actor, event: e)
                    recorded.append(r)
                    register = evolve(register, r)
                }
            } catch {
                Issue.record("\(command.name) was rejected: \(error)")
            }
        }
        let admin = "S-9"
        let m = meta(.registerAdministrator, "2025-01-01", reasons: ["initial register"])
        run(.addStaff(StaffAdded(metadata: m, staffId: admin, name: "Ada Admin", team: "Business Support")), by: admin)
        run(.grantRole(StaffRoleGranted(metadata: m, staffId: admin, role: .registerAdministrator)), by: admin)
        run(.addStaff(StaffAdded(metadata: m, staffId: "S-2", name: "Tess Morgan")), by: admin)
        run(.grantRole(StaffRoleGranted(metadata: m, staffId: "S-2", role: .teamManager)), by: admin)
        run(.grantSignOffLimit(SignOffLimitGranted(
            metadata: meta(.registerAdministrator, "2025-01-01", reasons: ["scheme of delegation"],
                references: ["Scheme of delegation 2025, para 4"]),
            staffId: "S-2", weeklyLimit: pounds(250))), by: admin)
        run(.revokeSignOffLimit(SignOffLimitRevoked(
            metadata: meta(.teamManager, "2025-06-30", reasons: ["acting-up arrangement ended"]), staffId: "S-2")),
            by: "S-2")
        run(.revokeRole(StaffRoleRevoked(
            metadata: meta(.registerAdministrator, "2025-07-01", reasons: ["moved to another team"]),
            staffId: "S-2", role: .teamManager)), by: admin)
        run(.recordLeaving(StaffLeft(
            metadata: meta(.registerAdministrator, "2025-08-31", reasons: ["left the council"]), staffId: "S-2")),
            by: admin)
        return recorded
    }()
}
