import CaseLedger

/// The staff used in tests, all on the register from 2025-01-01:
/// S-1 social worker; S-2 team manager, sign-off up to £250.00 a week; S-3 head of service,
/// sign-off up to £1,000.00 a week; S-4 financial assessment officer; S-5 panel chair;
/// S-6 complaints manager; S-7 community psychiatric nurse; S-9 register administrator.
public enum TestStaff {
    /// S-1, social worker.
    public static let socialWorker = "S-1"
    /// S-2, team manager, sign-off up to £250.00 a week.
    public static let teamManager = "S-2"
    /// S-3, head of service, sign-off up to £1,000.00 a week.
    public static let headOfService = "S-3"
    /// S-4, financial assessment officer.
    public static let financeOfficer = "S-4"
    /// S-5, panel chair and team manager.
    public static let panelChair = "S-5"
    /// S-6, complaints manager.
    public static let complaintsManager = "S-6"
    /// S-7, community psychiatric nurse and social worker.
    public static let nurse = "S-7"
    /// S-9, register administrator.
    public static let administrator = "S-9"

    /// The register folded from staff events recorded on 2025-01-01.
    public static let register: StaffRegister = StaffRegister(events)

    // issue 16: staff ids
    /// The staff events behind `register`, then each of `members` added as a social worker from
    /// 1 January 2025 (by S-9).
    public static func events(adding members: [(id: String, name: String)]) -> [RecordedStaffEvent] {
        let m = meta(.registerAdministrator, "2025-01-01", reasons: ["new starter"])
        var list = events
        for member in members {
            for e: StaffEvent in [
                .staffAdded(StaffAdded(metadata: m, staffId: member.id, name: member.name, team: "Adult Social Care North")),
                .staffRoleGranted(StaffRoleGranted(metadata: m, staffId: member.id, role: .socialWorker)),
            ] {
                list.append(RecordedStaffEvent(seq: Int64(list.count + 1), id: "ST-\(list.count + 1)",
                    recordedAt: at("2025-01-01T09:00:00Z"), actor: administrator, event: e))
            }
        }
        return list
    }

    /// The staff events behind `register`.
    public static var events: [RecordedStaffEvent] {
        let m = meta(.registerAdministrator, "2025-01-01", reasons: ["initial register"])
        var list: [StaffEvent] = []
        func add(_ id: String, _ name: String, _ roles: [StaffRole], limit: Money? = nil) {
            list.append(.staffAdded(StaffAdded(metadata: m, staffId: id, name: name, team: "Adult Social Care North")))
            for r in roles { list.append(.staffRoleGranted(StaffRoleGranted(metadata: m, staffId: id, role: r))) }
            if let limit { list.append(.signOffLimitGranted(SignOffLimitGranted(metadata: m, staffId: id, weeklyLimit: limit))) }
        }
        add(administrator, "Ada Admin", [.registerAdministrator])
        add(socialWorker, "Sam Patel", [.socialWorker])
        add(teamManager, "Tess Morgan", [.teamManager], limit: pounds(250))
        add(headOfService, "Harun Begum", [.teamManager], limit: pounds(1000))
        add(financeOfficer, "Fran Lee", [.financialAssessmentOfficer])
        add(panelChair, "Pat Chair", [.panelChair, .teamManager])
        add(complaintsManager, "Cara Jones", [.complaintsManager])
        add(nurse, "Nia Evans", [.communityPsychiatricNurse, .socialWorker])
        return list.enumerated().map { i, e in
            RecordedStaffEvent(seq: Int64(i + 1), id: "ST-\(i + 1)", recordedAt: at("2025-01-01T09:00:00Z"),
                actor: administrator, event: e)
        }
    }
}
