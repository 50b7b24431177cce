import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 14: h-limits — numbers that cannot crash. Before: `Money.+` trapped on overflow
// (1,025 lines at 2^53 − 1 pence), `draftSupportPlan` accepted such a plan, and every report and
// `signOffPlan` on the case then died.
@Suite("Numbers that cannot crash: checked money and the limits decide keeps")
struct NumbersThatCannotCrashTests {
    static let largest = Money(pence: 9_007_199_254_740_991)

    /// `n` home-care lines of `weekly` each.
    static func lines(_ n: Int, _ weekly: Money) -> [PlanLine] {
        (1...n).map { Make.line("L\($0)", .homeCare, weekly) }
    }

    /// The standard case with plan P-1 of `lines` lines at 2^53 − 1 pence given as a fact (as a
    /// ledger written by hand holds it), and its personal budget set.
    static func handWritten(lines: Int) -> TestCase {
        var c = TestCase.adult(upTo: .indicativeBudget)
        c.given([.supportPlanDrafted(SupportPlanDrafted(
            metadata: meta(.socialWorker, "2026-04-20"), plan: Make.plan(lines: Self.lines(lines, Self.largest)), version: 1))])
        c.record(Make.budget())
        return c
    }

    @Test("given amounts at the JSON limit, when they are added or multiplied past it, then the result is out of range (never a trap) and stays so")
    func checkedArithmetic() {
        let twice = Self.largest + Money(pence: 1)
        #expect(twice.isOutOfRange)
        #expect((twice - Self.largest).isOutOfRange)
        #expect(Self.lines(1_025, Self.largest).map(\.weeklyCost).total().isOutOfRange)
        #expect(Self.largest.times(52).isOutOfRange)
        #expect(Money(pence: -9_007_199_254_740_991) - Money(pence: 1) == .outOfRange)
        #expect(Money(pence: Int64.min).isOutOfRange)
        #expect(twice > Self.largest)
        #expect(twice.description == "an amount out of range")
        #expect(twice.json == .string("out of range"))
        #expect(Self.largest.json == .integer(9_007_199_254_740_991))
        #expect(pounds(860).times(52) == pounds(44_720))
    }

    @Test("given a plan of 1,025 lines at 9,007,199,254,740,991 pence, when it is drafted, then it is refused under plan-too-many-lines")
    func tooManyLines() {
        TestCase.adult(upTo: .indicativeBudget)
            .when(Make.draft(Make.plan(lines: Self.lines(1_025, Self.largest))))
            .thenRejected(.planTooManyLines, containing: "plan P-1 has 1025 lines; a support plan has at most 200")
    }

    @Test("given two lines at 2^53 − 1 pence, or lines each within the limit summing above it, when the plan is drafted, then it is refused under amount-out-of-range naming the limit")
    func linesAndTotalsAboveTheLimit() {
        let c = TestCase.adult(upTo: .indicativeBudget)
        c.when(Make.draft(Make.plan(lines: Self.lines(2, Self.largest))))
            .thenRejected(.amountOutOfRange, containing: "plan P-1 line L1's weekly cost of £90,071,992,547,409.91 is above £100,000,000.00")
        c.when(Make.draft(Make.plan(lines: Self.lines(2, pounds(60_000_000)))))
            .thenRejected(.amountOutOfRange, containing: "plan P-1's weekly cost of £120,000,000.00 is above £100,000,000.00")
        c.when(Make.draft(Make.plan(lines: Self.lines(2, pounds(50_000_000))))).thenAccepted()
    }

    @Test("given a correction of a plan to 1,025 lines, when it is recorded, then it is refused like the draft (one check for both)")
    func correctionsKeepTheLimits() {
        let c = TestCase.adult(upTo: .planDrafted)
        guard case .supportPlanDrafted(var drafted) = c.lastEvent(of: "supportPlanDrafted") else { Issue.record("no plan"); return }
        drafted.plan.lines = Self.lines(1_025, Self.largest)
        c.when(Make.correct(c.lastId(of: "supportPlanDrafted"), with: .supportPlanDrafted(drafted), date: "2026-04-21"))
            .thenRejected(.planTooManyLines)
    }

    @Test("given a plan of 1,025 lines at 2^53 − 1 pence written into the ledger by hand, when the case is folded and the plan signed off, then nothing traps and sign-off is refused with the limit")
    func handWrittenPlan() {
        let c = Self.handWritten(lines: 1_025)
        #expect(c.state.plans["P-1"]?.current.weeklyCost.isOutOfRange == true)
        c.when(Make.signOff(), by: TestStaff.teamManager).thenRejected(.planTooManyLines)
        let summary = c.state.summary(c.configuration)
        #expect(summary.currentPlanVersion == 1)
    }

    @Test("given a plan of two lines summing past 2^53 − 1 written by hand, when it is signed off, then it is refused under amount-out-of-range, not a trap")
    func handWrittenTwoLines() {
        let c = Self.handWritten(lines: 2)
        c.when(Make.signOff(), by: TestStaff.teamManager).thenRejected(.amountOutOfRange)
    }

    @Test("given a financial assessment, indicative budget, personal budget or delivery with an amount above £100,000,000, when decided, then each is refused under amount-out-of-range")
    func everyAmountIsLimited() {
        let above = pounds(100_000_000) + Money(pence: 1)
        TestCase.adult(upTo: .eligible).when(Make.financial(income: above), by: TestStaff.financeOfficer)
            .thenRejected(.amountOutOfRange, containing: "weekly income of £100,000,000.01 is above £100,000,000.00")
        TestCase.adult(upTo: .financiallyAssessed).when(Make.indicative(above)).thenRejected(.amountOutOfRange)
        TestCase.adult(upTo: .planDrafted).when(Make.budget(total: above, customer: .zero, planId: "P-1"))
            .thenRejected(.amountOutOfRange)
        TestCase.adult(upTo: .signedOff).when(Make.deliver("P-1", [
            Make.arrangement(.directPayment, lines: ["L1"], weekly: Self.largest),
            Make.arrangement(.directPayment, lines: ["L2"], weekly: Self.largest),
        ])).thenRejected(.amountOutOfRange)
    }

    @Test("given a rate table whose tariff per step is 2^53 − 1 pence, when a financial assessment works out the tariff income past the range, then it is refused under amount-out-of-range, not a trap")
    func workedOutFiguresAreLimited() {
        var c = TestCase.adult(upTo: .eligible)
        for i in c.configuration.chargingRateTables.indices { c.configuration.chargingRateTables[i].weeklyTariffPerStep = Self.largest }
        c.when(Make.financial(capital: pounds(20_000)), by: TestStaff.financeOfficer)
            .thenRejected(.amountOutOfRange, containing: "the weekly tariff income worked out of more than £90,071,992,547,409.91")
    }

    @Test("given an effective date, then the window is 1 January 1900 to a year (366 days) after the decision date, and back-dating within it is allowed")
    func effectiveDateWindow() {
        let decided = day("2026-04-02")
        #expect(!EffectiveDateWindow.contains(day("1899-12-31"), decidedOn: decided))
        #expect(EffectiveDateWindow.contains(day("1900-01-01"), decidedOn: decided))
        #expect(EffectiveDateWindow.contains(day("2027-04-03"), decidedOn: decided))
        #expect(!EffectiveDateWindow.contains(day("2027-04-04"), decidedOn: decided))
        let c = TestCase.adult(upTo: .opened)
        c.when(Make.allocate(date: "0001-01-01"), at: at("2026-04-02T09:00:00Z"))
            .thenRejected(.effectiveDateOutOfRange, containing: "cannot take effect on 0001-01-01")
        c.when(Make.allocate(date: "9999-12-31"), at: at("2026-04-02T09:00:00Z"))
            .thenRejected(.effectiveDateOutOfRange, containing: "more than a year ahead is not")
    }

    @Test("given a referral, when the customer's name is empty or blank, then it is refused under customer-name-missing", arguments: ["", "   ", "\t\n"])
    func blankCustomerName(name: String) {
        TestCase().when(Make.referral(name: name)).thenRejected(.customerNameMissing)
    }
}
