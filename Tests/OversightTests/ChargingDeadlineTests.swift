import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: charging (deadlines) — the caseload and compliance read the first review's window
// and a plan's free lines from the same rules as `decide`.

@Suite("Caseload and compliance: the first review's window and free plan lines")
struct ChargingDeadlineTests {
    @Test("given services from 11 May, the caseload shows the first review due by 6 July, from 22 June, quoting the guidance; compliance finds a review on 6 July in time and one on 7 July late", arguments: [
        ("2026-07-06", false), ("2026-07-07", true),
    ])
    func firstReviewWindow(reviewedOn: String, late: Bool) {
        var c = TestCase.delivered(from: "2026-05-11")
        let due = c.due(.firstReview, on: "2026-06-01")
        #expect(due.map(\.due) == [day("2026-07-06")])
        #expect(due.first?.basis.contains("due from 22 June 2026 (6 weeks) and by 6 July 2026 (8 weeks) after services started on 11 May 2026") == true)
        #expect(due.first?.basis.contains("Care and Support Statutory Guidance para 13.32") == true)

        c.record(Make.requestReview(date: "2026-06-20"))
        c.record(Make.completeReview(date: reviewedOn))
        let found = c.findings(.firstReviewLate)
        #expect(found.count == (late ? 1 : 0))
        if late {
            #expect(found.first?.sentence.contains("after 6 July 2026, the last day of its window (due 6 weeks and at the latest 8 weeks after its services started on 11 May 2026") == true)
            #expect(found.first?.sentence.contains("Care and Support Statutory Guidance para 13.32 [check]") == true)
        }
    }

    @Test("given a personal budget recorded (as imported history) charging more than the chargeable part, compliance finds it, naming the free line")
    func contributionAboveTheChargeablePart() {
        var c = TestCase.adult(upTo: .indicativeBudget)
        c.record(Make.draft(Make.plan(lines: [
            Make.line("L1", .homeCare, pounds(15), "help with meals"),
            PlanLine(lineId: "L2", description: "hoist hire", kind: .equipment, weeklyCost: pounds(10), exemption: .communityEquipment),
        ])))
        #expect(c.findings(.contributionExempt).isEmpty)
        c.given([.personalBudgetSet(PersonalBudgetSet(
            metadata: meta(.socialWorker, "2026-04-27"), planId: "P-1", planVersion: 1, weeklyTotal: pounds(25),
            weeklyCustomerContribution: pounds(23, 10), weeklyCouncilContribution: pounds(1, 90),
            indicativeWeeklyAmount: pounds(300), aboveIndicative: false))])
        let found = c.findings(.contributionExempt)
        #expect(found.count == 1)
        #expect(found.first?.sentence.contains("more than the £15.00 a week of it that is chargeable: plan P-1 lines L2 (community equipment (aids) is free) are free") == true)
    }
}
