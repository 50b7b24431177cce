import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 14: h-limits — sign-off against the plan it signs. Each test fails on the code before
// it: sign-off looked only at the personal budget's amount and never at the plan's needs.
@Suite("Sign-off against the plan it signs: its needs and its own personal budget")
struct SignOffAgainstPlanTests {
    /// The standard plan P-1 (personal assistants £200, day centre £40) with `needs`.
    static func plan(_ id: String = "P-1", needs: [NeedToMeet], lines: [PlanLine] = Make.standardLines) -> SupportPlanContent {
        var p = Make.plan(id, lines: lines)
        p.needs = needs
        return p
    }

    @Test("given a plan that specifies no needs, with a budget covering it, when it is signed off, then it is refused under plan-needs-missing")
    func planWithNoNeeds() {
        let c = TestCase.adult(upTo: .indicativeBudget).then(Make.draft(Self.plan(needs: [])), Make.budget())
        c.when(Make.signOff(), by: TestStaff.teamManager)
            .thenRejected(.planNeedsMissing, containing: "plan P-1 version 1 of 20 April 2026 on C-1001 (Joe Bloggs) cannot be signed off: it specifies no needs")
    }

    @Test("given needs found eligible and a plan marking none of its needs eligible, when it is signed off, then it is refused naming the eligible needs")
    func planMarkingNoNeedEligible() {
        let c = TestCase.adult(upTo: .indicativeBudget).then(
            Make.draft(Self.plan(needs: [NeedToMeet(need: "company", eligible: false, councilWillMeet: false, howMet: "a lunch club")])),
            Make.budget())
        c.when(Make.signOff(), by: TestStaff.teamManager)
            .thenRejected(.planNeedsMissing, containing: "it marks none of its needs eligible, but 3 eligible needs were found on assessment A-1 (managing and maintaining nutrition; maintaining personal hygiene; ")
    }

    @Test("given a plan marking an eligible need, when it is signed off, then it is accepted")
    func planMarkingAnEligibleNeed() {
        TestCase.adult(upTo: .budgetSet).when(Make.signOff(), by: TestStaff.teamManager).thenAccepted()
    }

    @Test("given plan P-1 with its £240 budget and a second plan P-2 costing £165, when P-2 is signed off against P-1's budget, then it is refused; with its own budget it is accepted")
    func secondPlanAgainstTheFirstPlansBudget() {
        let c = TestCase.adult(upTo: .budgetSet)
            .then(Make.draft(Make.plan("P-2", lines: [Make.line("L1", .homeCare, pounds(165))]), date: "2026-04-27"))
        c.when(Make.signOff("P-2"), by: TestStaff.teamManager)
            .thenRejected(.personalBudgetForOtherPlan, containing: "is for plan P-1 version 1; set the personal budget for plan P-2 version 1 first")
        c.then(Make.budget(total: pounds(165), planId: "P-2")).when(Make.signOff("P-2"), by: TestStaff.teamManager).thenAccepted()
    }

    @Test("given a budget set for version 1 and the plan revised, when version 2 is signed off, then it is refused until the budget is set for version 2")
    func revisedPlanNeedsItsOwnBudget() {
        let c = TestCase.adult(upTo: .budgetSet).then(Make.revise(Make.plan(), date: "2026-04-28"))
        c.when(Make.signOff(version: 2, date: "2026-04-28"), by: TestStaff.teamManager)
            .thenRejected(.personalBudgetForOtherPlan, containing: "is for plan P-1 version 1")
        c.then(Make.budget(date: "2026-04-28")).when(Make.signOff(version: 2, date: "2026-04-28"), by: TestStaff.teamManager)
            .thenAccepted()
    }

    @Test("given a budget naming no plan, when the plan is signed off, then it is refused: the budget is for no plan")
    func budgetForNoPlan() {
        TestCase.adult(upTo: .planDrafted).then(Make.budget(planId: nil))
            .when(Make.signOff(), by: TestStaff.teamManager)
            .thenRejected(.personalBudgetForOtherPlan, containing: "is for no plan")
    }

    @Test("given a budget recorded before planVersion existed (plan id only), then it funds the version current when it was recorded, and no later one")
    func budgetWithoutAVersionFundsTheVersionThen() {
        var c = TestCase.adult(upTo: .planDrafted)
        c.given([.personalBudgetSet(PersonalBudgetSet(
            metadata: meta(.socialWorker, "2026-04-27"), planId: "P-1", weeklyTotal: pounds(240),
            weeklyCustomerContribution: pounds(23, 10), weeklyCouncilContribution: pounds(216, 90),
            indicativeWeeklyAmount: pounds(300), aboveIndicative: false))])
        #expect(c.state.personalBudget.current?.planVersion == 1)
        c.when(Make.signOff(), by: TestStaff.teamManager).thenAccepted()
        c.record(Make.revise(Make.plan(), date: "2026-04-28"))
        c.when(Make.signOff(version: 2, date: "2026-04-28"), by: TestStaff.teamManager).thenRejected(.personalBudgetForOtherPlan)
    }

    @Test("given a budget naming a version that is not the plan's current one, when it is set, then it is refused; naming the current version it is recorded with it")
    func budgetForAVersion() {
        let c = TestCase.adult(upTo: .planDrafted)
        var stale = SetPersonalBudget(
            metadata: meta(.socialWorker, "2026-04-27", reasons: ["costed plan agreed"]), planId: "P-1", planVersion: 2,
            weeklyTotal: pounds(240), weeklyCustomerContribution: pounds(23, 10), weeklyCouncilContribution: pounds(216, 90))
        c.when(.setPersonalBudget(stale)).thenRejected(.planVersionNotCurrent, containing: "current version of plan P-1 (version 1), not version 2")
        stale.planVersion = 1
        let set = c.when(.setPersonalBudget(stale))
        guard case .personalBudgetSet(let b)? = set.events.first else { Issue.record("no budget set: \(set)"); return }
        #expect(b.planVersion == 1)
    }
}
