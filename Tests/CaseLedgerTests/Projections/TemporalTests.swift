import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("As known at a recorded time, in force on an effective date")
struct TemporalTests {
    /// Eligible case; F-1 (£23.10 a week) recorded and effective 10 April; F-2 recorded 10 May
    /// but back-dated to take effect from 13 April, on a higher income.
    static let backDated: TestCase = {
        var c = TestCase.adult(upTo: .eligible)
        c.record(Make.financial("F-1", date: "2026-04-10"), by: TestStaff.financeOfficer)
        c.record(Make.financial("F-2", income: pounds(262, 10), date: "2026-04-13"), by: TestStaff.financeOfficer,
            at: at("2026-05-10T11:00:00Z"))
        return c
    }()

    @Test("a contribution recorded in May but effective in April applies in April with full knowledge")
    func backDatedContribution() {
        let s = Self.backDated.state
        #expect(s.inForce(on: day("2026-04-15")).contribution?.value?.financialAssessmentId == "F-2")
        #expect(s.inForce(on: day("2026-04-15")).weeklyContribution == pounds(33, 10))
        #expect(s.inForce(on: day("2026-04-11")).contribution?.value?.financialAssessmentId == "F-1")
        #expect(s.inForce(on: day("2026-04-09")).contribution == nil)
    }

    @Test("as known in April, the back-dated contribution was not yet known")
    func asKnownInApril() {
        let april = Self.backDated.state.asKnownAt(at("2026-04-20T12:00:00Z"))
        #expect(april.inForce(on: day("2026-04-15")).contribution?.value?.financialAssessmentId == "F-1")
        #expect(april.inForce(on: day("2026-04-15")).weeklyContribution == pounds(23, 10))
        let may = Self.backDated.state.asKnownAt(at("2026-05-10T11:00:00Z"))
        #expect(may.inForce(on: day("2026-04-15")).weeklyContribution == pounds(33, 10))
    }

    @Test("a correction keeps the superseded event in history and projections use the correction")
    func correction() throws {
        var c = TestCase.adult(upTo: .financiallyAssessed)
        let originalId = c.lastId(of: "financialAssessmentCompleted")
        guard case .financialAssessmentCompleted(var fa) = c.lastEvent(of: "financialAssessmentCompleted") else {
            Issue.record("no financial assessment")
            return
        }
        let original = fa
        fa.metadata.effectiveDate = day("2026-04-06")
        // £3.10 a week of income wrongly counted: the contribution as the rules work it out.
        fa.weeklyIncome = fa.weeklyIncome - pounds(3, 10)
        fa.weeklyContribution = pounds(20)
        c.record(Make.correct(originalId, with: .financialAssessmentCompleted(fa), date: "2026-05-01"),
            by: TestStaff.financeOfficer, at: at("2026-05-01T10:00:00Z"))
        let s = c.state
        #expect(s.history.contains { $0.id == originalId && $0.event == .financialAssessmentCompleted(original) })
        #expect(s.corrections[originalId] == c.lastEventId)
        #expect(s.inForce(on: day("2026-04-08")).weeklyContribution == pounds(20))
        #expect(s.inForce(on: day("2026-04-08")).contribution?.eventId == originalId)
        #expect(s.contributions.entries.count == 1)
        let before = s.asKnownAt(at("2026-04-30T00:00:00Z"))
        #expect(before.inForce(on: day("2026-04-08")).contribution == nil)
        #expect(before.inForce(on: day("2026-04-13")).weeklyContribution == pounds(23, 10))
        #expect(before.corrections.isEmpty)
    }

    @Test("a corrected fact must still keep the rules its payload shows")
    func correctedContentChecked() {
        let c = TestCase.adult(upTo: .signedOff)
        guard case .personalBudgetSet(var b) = c.lastEvent(of: "personalBudgetSet"),
            case .planSignedOff(var s) = c.lastEvent(of: "planSignedOff")
        else { return }
        b.weeklyCouncilContribution = pounds(200)
        c.when(Make.correct(c.lastId(of: "personalBudgetSet"), with: .personalBudgetSet(b))).thenRejected(.budgetSplitMismatch)
        b.weeklyTotal = pounds(223, 10)
        c.when(Make.correct(c.lastId(of: "personalBudgetSet"), with: .personalBudgetSet(b))).thenAccepted()
        s.weeklyCost = pounds(260)
        c.when(Make.correct(c.lastId(of: "planSignedOff"), with: .planSignedOff(s)), by: TestStaff.teamManager).thenRejected(.planCostExceedsBudget)
    }

    @Test("the latest correction of an event wins")
    func latestCorrectionWins() {
        var c = TestCase.adult(upTo: .financiallyAssessed)
        let id = c.lastId(of: "financialAssessmentCompleted")
        guard case .financialAssessmentCompleted(var fa) = c.lastEvent(of: "financialAssessmentCompleted") else { return }
        fa.weeklyIncome = fa.weeklyIncome - pounds(3, 10)
        fa.weeklyContribution = pounds(20)
        c.record(Make.correct(id, with: .financialAssessmentCompleted(fa), date: "2026-05-01"), by: TestStaff.financeOfficer)
        fa.weeklyIncome = fa.weeklyIncome + pounds(1)
        fa.weeklyContribution = pounds(21)
        c.record(Make.correct(id, with: .financialAssessmentCompleted(fa), date: "2026-05-02"), by: TestStaff.financeOfficer)
        #expect(c.state.contributions.current?.weeklyContribution == pounds(21))
        #expect(c.state == CaseState(rebuiltFrom: c.recorded))
    }

    @Test("withdrawal ends the personal budget, plan and delivery from its effective date")
    func withdrawalEndsServices() {
        let c = CaseRuleTable.withdrawn
        let s = c.state
        #expect(s.inForce(on: day("2026-09-09")).personalBudget?.value?.weeklyTotal == pounds(240))
        #expect(s.inForce(on: day("2026-09-10")).personalBudget != nil)
        #expect(s.inForce(on: day("2026-09-10")).personalBudget?.value == nil)
        #expect(s.inForce(on: day("2026-09-10")).delivery?.value == nil)
        #expect(s.inForce(on: day("2026-09-10")).signedOffPlan?.value == nil)
        #expect(s.inForce(on: day("2026-09-10")).eligibility?.value?.eligible == false)
    }

    @Test("who could sign off on a date is answered from the staff register events")
    func whoCouldSignOff() {
        var register = TestStaff.register
        let m = meta(.registerAdministrator, "2026-03-01", reasons: ["promotion"])
        let events: [StaffEvent] = [
            .signOffLimitGranted(SignOffLimitGranted(metadata: m, staffId: "S-1", weeklyLimit: pounds(150))),
            .signOffLimitGranted(SignOffLimitGranted(metadata: meta(.registerAdministrator, "2026-06-01"), staffId: "S-1", weeklyLimit: pounds(400))),
            .staffLeft(StaffLeft(metadata: meta(.registerAdministrator, "2026-09-01"), staffId: "S-1")),
        ]
        for (i, e) in events.enumerated() {
            register = evolve(register, RecordedStaffEvent(seq: 200 + Int64(i), id: "ST-\(200 + i)",
                recordedAt: at("2026-09-02T09:00:00Z"), actor: TestStaff.administrator, event: e))
        }
        #expect(register.signOffLimit(of: "S-1", on: day("2026-02-28")) == nil)
        #expect(register.signOffLimit(of: "S-1", on: day("2026-03-01")) == pounds(150))
        #expect(register.signOffLimit(of: "S-1", on: day("2026-06-01")) == pounds(400))
        #expect(register.signOffLimit(of: "S-1", on: day("2026-09-01")) == nil)
        #expect(register.holds(.socialWorker, "S-1", on: day("2026-08-31")))
        #expect(!register.holds(.socialWorker, "S-1", on: day("2026-09-01")))
        #expect(register.signOffAuthorities(on: day("2026-07-01"))[StaffId("S-1")] == pounds(400))
        let limits = register.member("S-1")?.signOffLimits ?? []
        #expect(limits.map(\.grantedBy) == ["ST-200", "ST-201"])
        #expect(limits.map(\.endedBy) == ["ST-201", "ST-202"])
    }
}
