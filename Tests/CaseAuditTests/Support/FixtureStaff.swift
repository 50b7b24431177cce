import CaseLedger
import CaseLedgerTestSupport

/// The staff of the fixture ledgers, all on the register from 2025-01-01 (as in the domain's
/// tests): S-1 social worker; S-2 team manager (sign-off up to £250.00 a week); S-3 head of
/// service (up to £1,000.00); S-4 financial assessment officer; S-5 panel chair; S-6 complaints
/// manager; S-9 register administrator.
enum FixtureStaff {
    static let socialWorker = "S-1"
    static let teamManager = "S-2"
    static let headOfService = "S-3"
    static let financeOfficer = "S-4"
    static let panelChair = "S-5"
    static let complaintsManager = "S-6"
    static let administrator = "S-9"

    /// The register's events.
    static let events: [StaffEvent] = {
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
        return list
    }()

    /// The register folded from `events`.
    static let register: StaffRegister = StaffRegister(events.enumerated().map { i, e in
        RecordedStaffEvent(seq: Int64(i + 1), id: "ST-\(i + 1)", recordedAt: at("2025-01-01T09:00:00Z"), actor: administrator, event: e)
    })
}

/// Two charging rate tables (test figures, not law) and the default review intervals.
enum FixtureConfiguration {
    static let standard = Configuration(chargingRateTables: [
        ChargingRateTable(
            id: "2025-26", validFrom: day("2025-04-07"), upperCapitalLimit: pounds(23_250), lowerCapitalLimit: pounds(14_250),
            tariffStep: pounds(250), weeklyTariffPerStep: pounds(1), tariffCountsPartStep: true,
            weeklyMinimumIncomeGuarantee: ["single-pension-age": pounds(228, 70)]),
        ChargingRateTable(
            id: "2026-27", validFrom: day("2026-04-06"), upperCapitalLimit: pounds(23_250), lowerCapitalLimit: pounds(14_250),
            tariffStep: pounds(250), weeklyTariffPerStep: pounds(1), tariffCountsPartStep: true,
            weeklyMinimumIncomeGuarantee: ["single-pension-age": pounds(232, 0)]),
    ])
}
