import CaseLedger
import CaseLedgerTestSupport
import Testing

/// One staff register rule as a given/when/then pair over the test register.
struct StaffRuleCase: Sendable, CustomTestStringConvertible {
    let rule: Rule
    let breaking: StaffCommand
    var breakingActor = TestStaff.administrator
    let passing: StaffCommand
    var passingActor = TestStaff.administrator

    var testDescription: String { rule.rawValue }
}

/// Every staff register rule, breaking and passing.
enum StaffRuleTable {
    static let admin = meta(.registerAdministrator, "2026-04-01", reasons: ["register change"])

    static func add(_ id: String, by m: DecisionMetadata = admin) -> StaffCommand {
        .addStaff(StaffAdded(metadata: m, staffId: id, name: "New Starter", team: "South"))
    }

    static let all: [StaffRuleCase] = [
        StaffRuleCase(rule: .staffAlreadyAdded, breaking: add("S-1"), passing: add("S-20")),
        StaffRuleCase(rule: .staffNotOnRegister,
            breaking: .grantRole(StaffRoleGranted(metadata: admin, staffId: "S-99", role: .teamManager)),
            passing: .grantRole(StaffRoleGranted(metadata: admin, staffId: "S-1", role: .teamManager))),
        StaffRuleCase(rule: .roleAlreadyHeld,
            breaking: .grantRole(StaffRoleGranted(metadata: admin, staffId: "S-1", role: .socialWorker)),
            passing: .grantRole(StaffRoleGranted(metadata: admin, staffId: "S-1", role: .occupationalTherapist))),
        StaffRuleCase(rule: .roleNotHeld,
            breaking: .revokeRole(StaffRoleRevoked(metadata: admin, staffId: "S-1", role: .teamManager)),
            passing: .revokeRole(StaffRoleRevoked(metadata: admin, staffId: "S-1", role: .socialWorker))),
        StaffRuleCase(rule: .signOffLimitNotHeld,
            breaking: .revokeSignOffLimit(SignOffLimitRevoked(metadata: admin, staffId: "S-1")),
            passing: .revokeSignOffLimit(SignOffLimitRevoked(metadata: admin, staffId: "S-2"))),
        StaffRuleCase(rule: .registerAuthorityMissing, breaking: add("S-20", by: meta(.socialWorker)),
            breakingActor: TestStaff.socialWorker, passing: add("S-20")),
    ]
}

@Suite("Rules of the staff register")
struct StaffRuleTests {
    static let now = at("2026-04-01T09:00:00Z")

    func run(_ c: StaffCommand, _ actor: String, register: StaffRegister = TestStaff.register, now: Timestamp = now)
        -> Result<[StaffEvent], Rejection>
    {
        Result { () throws(Rejection) in
            try decide(c, register, actor: actor, now: now, configuration: TestConfiguration.standard)
        }
    }

    @Test("a change breaking the rule is rejected naming it", arguments: StaffRuleTable.all)
    func breaking(_ r: StaffRuleCase) {
        guard case .failure(let rejection) = run(r.breaking, r.breakingActor) else {
            Issue.record("expected \(r.rule.rawValue)")
            return
        }
        #expect(rejection.rule == r.rule, "\(rejection)")
    }

    @Test("the same kind of change keeping the rule is accepted", arguments: StaffRuleTable.all)
    func passing(_ r: StaffRuleCase) throws {
        _ = try run(r.passing, r.passingActor).get()
    }

    @Test("the acting role must be held and the actor on the register")
    func actorChecks() {
        let add = StaffRuleTable.add("S-20")
        #expect(throws: Rejection(.staffUnknown, "S-99 is not on the staff register on 1 April 2026")) {
            try run(add, "S-99").get()
        }
        if case .failure(let r) = run(add, TestStaff.socialWorker) { #expect(r.rule == .actingRoleNotHeld) }
        if case .failure(let r) = run(add, TestStaff.administrator, now: at("2024-12-31T09:00:00Z")) {
            #expect(r.rule == .recordedTimeBackdated)
        } else {
            Issue.record("a change before the register's last recorded time must be refused")
        }
    }

    @Test("anyone may set up the first register administrator on an empty register")
    func bootstrap() throws {
        let m = meta(.registerAdministrator, "2025-01-01")
        let events = try decide(.addStaff(StaffAdded(metadata: m, staffId: "S-9", name: "Ada", team: nil)),
            StaffRegister(), actor: "S-9", now: at("2025-01-01T09:00:00Z"), configuration: TestConfiguration.standard)
        #expect(events.map(\.typeName) == ["staffAdded"])
    }

    @Test("a sign-off limit must be more than nothing")
    func limitPositive() {
        let c = StaffCommand.grantSignOffLimit(SignOffLimitGranted(metadata: StaffRuleTable.admin, staffId: "S-1", weeklyLimit: .zero))
        if case .failure(let r) = run(c, TestStaff.administrator) { #expect(r.rule == .amountInvalid) } else {
            Issue.record("a zero limit must be refused")
        }
    }
}
