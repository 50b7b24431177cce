import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 14: corrections
@Suite("Arrears and refunds for weeks already past")
struct ArrearsRulesTests {
    /// The back payments of the last event of `c`.
    static func lastBackPayments(_ c: TestCase) -> [BackPayment] {
        let before = CaseState(rebuiltFrom: Array(c.recorded.dropLast()))
        return ArrearsRules.backPayments(of: c.recorded.last!, before: before, after: c.state)
    }

    @Test("whole weeks run from the effective date to the day recorded; a week still running is not counted", arguments: [
        ("2026-04-13", "2026-06-22", 10), ("2026-04-13", "2026-06-21", 9), ("2026-04-13", "2026-04-19", 0), ("2026-04-13", "2026-04-01", 0),
    ])
    func wholeWeeks(from: String, to: String, weeks: Int) {
        #expect(ArrearsRules.wholeWeeks(from: day(from), to: day(to)) == weeks)
    }

    @Test("given a contribution of £36 a week, when it is corrected to £20 effective 10 weeks back, then a refund of £160 is owed to the person")
    func contributionCorrectedDown() {
        let owed = Self.lastBackPayments(BackDated.contributionCorrected)
        #expect(owed == [BackPayment(figure: .contribution, from: day("2026-04-13"), recordedOn: day("2026-06-22"), weeks: 10,
            before: pounds(360), after: pounds(200))])
        #expect(owed.first?.difference == Money(pence: -16_000))
    }

    @Test("given a personal budget of £240 a week, when it is corrected upward to £260 six weeks back, then £120 of arrears are owed by the council")
    func budgetCorrectedUp() {
        let owed = Self.lastBackPayments(BackDated.budgetCorrectedUpward)
        #expect(owed.map(\.figure) == [.councilContribution])
        #expect(owed.first?.weeks == 6)
        #expect(owed.first?.difference == pounds(120))
    }

    @Test("given a change recorded on its effective date, then nothing is owed for past weeks")
    func sameDayOwesNothing() {
        #expect(Self.lastBackPayments(TestCase.adult(upTo: .financiallyAssessed)).isEmpty)
    }

    @Test("given weekly figures near the largest money can hold, the sums are checked: out of range, never a crash")
    func sumsAreChecked() {
        var c = TestCase.adult(upTo: .signedOff)
        let huge = Money(pence: Int64.max / 2)
        c.given([.personalBudgetSet(PersonalBudgetSet(
            metadata: meta(.socialWorker, "2026-04-27"), planId: "P-1", weeklyTotal: huge, weeklyCustomerContribution: .zero,
            weeklyCouncilContribution: huge, indicativeWeeklyAmount: pounds(300), aboveIndicative: true))], at: at("2026-06-08T10:00:00Z"))
        let owed = Self.lastBackPayments(c)
        #expect(owed.count == 1)
        #expect(owed.first?.after.isOutOfRange == true)
        #expect(owed.first?.difference.isOutOfRange == true)
    }
}
