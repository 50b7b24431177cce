import CaseLedger
import Testing

// issue 14: corrections
/// Cases whose money changes over weeks already past, for the arrears and refund tests.
public enum BackDated {
    /// The standard adult case assessed on 13 April 2026 at £36.00 a week (weekly income
    /// £265.00), then that assessment corrected on 22 June 2026 (10 whole weeks later) to £20.00 a
    /// week (weekly income £249.00) by the financial assessment officer.
    public static let contributionCorrected: TestCase = {
        var c = TestCase.adult(upTo: .eligible)
        c.record(Make.financial(income: pounds(265)), by: TestStaff.financeOfficer)
        guard case .financialAssessmentCompleted(var fa) = c.lastEvent(of: "financialAssessmentCompleted") else { return c }
        fa.weeklyIncome = pounds(249)
        fa.weeklyContribution = pounds(20)
        c.record(Make.correct(c.lastId(of: "financialAssessmentCompleted"), with: .financialAssessmentCompleted(fa), date: "2026-06-22",
            as: .financialAssessmentOfficer), by: TestStaff.financeOfficer, at: at("2026-06-22T10:00:00Z"))
        return c
    }()

    /// The standard adult case signed off (personal budget £240.00 a week from 27 April 2026, the
    /// council paying £216.90), then the budget corrected on 8 June 2026 (6 whole weeks later) to
    /// £260.00 a week, the council paying £236.90.
    public static let budgetCorrectedUpward: TestCase = {
        var c = TestCase.adult(upTo: .signedOff)
        guard case .personalBudgetSet(var b) = c.lastEvent(of: "personalBudgetSet") else { return c }
        b.weeklyTotal = pounds(260)
        b.weeklyCouncilContribution = pounds(236, 90)
        c.record(Make.correct(c.lastId(of: "personalBudgetSet"), with: .personalBudgetSet(b), date: "2026-06-08"),
            at: at("2026-06-08T10:00:00Z"))
        return c
    }()
}
