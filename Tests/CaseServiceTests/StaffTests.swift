import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Testing

@Suite struct StaffTests {
    static let m = meta(.registerAdministrator, "2025-01-01")

    @Test func givenAnEmptyRegisterWhenAnyoneAddsThemselvesAsAdministratorThenItIsRecordedAsOneBatch() throws {
        let f = try ServiceFixture()
        let appended = try f.service.recordStaff([
            .addStaff(StaffAdded(metadata: Self.m, staffId: "S-9", name: "Ada Admin")),
            .grantRole(StaffRoleGranted(metadata: Self.m, staffId: "S-9", role: .registerAdministrator)),
        ], actor: "S-9", now: at("2026-03-01T09:00:00Z"))
        #expect(appended.map(\.type) == ["staffAdded", "staffRoleGranted"])
        #expect(appended.allSatisfy { $0.stream == "staff" })
        let register = try f.service.staffRegister()
        #expect(register.holds(.registerAdministrator, "S-9", on: day("2026-03-01")))
    }

    @Test func givenAnEmptyRegisterThenAFirstChangeThatNamesNoAdministratorIsRefused() throws {
        let f = try ServiceFixture()
        #expect {
            try f.service.recordStaff([.addStaff(StaffAdded(metadata: Self.m, staffId: "S-1", name: "Sam Patel"))], actor: "S-1", now: at("2026-03-01T09:00:00Z"))
        } throws: { error in
            guard let e = error as? ServiceError, case .rejected(let r) = e else { return false }
            return r.rule == .registerAuthorityMissing && r.message.contains("registerAdministrator")
        }
        #expect(f.service.ledger.headSeq == 0)
    }

    @Test func givenAnAdministratorThenSomeoneWithoutTheRoleCannotChangeTheRegister() throws {
        let f = try ServiceFixture.ready()
        let head = f.service.ledger.headSeq
        #expect {
            try f.service.recordStaff([
                .grantRole(StaffRoleGranted(metadata: meta(.socialWorker, "2026-05-01"), staffId: "S-1", role: .teamManager))
            ], actor: "S-1", now: at("2026-05-01T09:00:00Z"))
        } throws: { error in
            (error as? ServiceError)?.code == Rule.registerAuthorityMissing.code
        }
        #expect(f.service.ledger.headSeq == head)
    }

    @Test func anAdministratorGrantsAndRevokesRolesAndLimitsWithDates() throws {
        let f = try ServiceFixture.ready()
        let m = meta(.registerAdministrator, "2026-06-01")
        try f.service.recordStaff([
            .grantSignOffLimit(SignOffLimitGranted(metadata: m, staffId: "S-2", weeklyLimit: Money(pounds: 500))),
            .revokeRole(StaffRoleRevoked(metadata: m, staffId: "S-4", role: .financialAssessmentOfficer)),
        ], actor: "S-9", now: at("2026-05-01T09:00:00Z"))
        let register = try f.service.staffRegister()
        #expect(register.signOffLimit(of: "S-2", on: day("2026-05-31")) == Money(pounds: 250))
        #expect(register.signOffLimit(of: "S-2", on: day("2026-06-01")) == Money(pounds: 500))
        #expect(register.holds(.financialAssessmentOfficer, "S-4", on: day("2026-05-31")))
        #expect(!register.holds(.financialAssessmentOfficer, "S-4", on: day("2026-06-01")))
    }

    @Test func aCaseDecisionUsesTheRegisterAsKnownAtItsTime() throws {
        let f = try ServiceFixture.ready()
        try f.service.recordStaff([
            .addStaff(StaffAdded(metadata: meta(.registerAdministrator, "2025-01-01"), staffId: "S-5", name: "Nia Evans")),
            .grantRole(StaffRoleGranted(metadata: meta(.registerAdministrator, "2025-01-01"), staffId: "S-5", role: .socialWorker)),
        ], actor: "S-9", now: at("2026-05-11T12:00:00Z"))
        let referral = Repository.joe[0].input
        // Decided at a time before S-5 was known to the register (a service that has not refreshed
        // would do the same), S-5 is unknown.
        #expect {
            try f.service.record(commandNamed: "receiveReferral", input: referral, case: "C-5", actor: "S-5", now: at("2026-05-11T11:00:00Z"))
        } throws: { error in
            (error as? ServiceError)?.code == Rule.staffUnknown.code
        }
        try f.service.record(commandNamed: "receiveReferral", input: referral, case: "C-5", actor: "S-5", now: at("2026-05-11T12:30:00Z"))
    }
}
