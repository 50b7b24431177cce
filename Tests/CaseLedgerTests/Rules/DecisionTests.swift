import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("What decide records")
struct DecisionTests {
    @Test("an eligibility determination records each part of the test and the regulation relied on")
    func eligibilityDetermined() {
        let given = TestCase.adult(upTo: .assessed)
        given.when(Make.determine()).then([
            .eligibilityDetermined(EligibilityDetermined(
                metadata: meta(.socialWorker, "2026-04-09", reasons: ["meets the national eligibility criteria"],
                    references: [EligibilityTest.adultReference]),
                assessmentId: "A-1", caseKind: .adult, eligible: true, conditionMet: true,
                outcomesNotAchieved: ["managingNutrition", "maintainingPersonalHygiene", "usingCommunityFacilitiesAndServices"],
                healthAtRisk: false, significantWellbeingImpact: true,
                eligibleNeeds: ["managingNutrition", "maintainingPersonalHygiene", "usingCommunityFacilitiesAndServices"])),
        ])
    }

    @Test("a carer whose health is at risk is eligible with no outcome unachieved")
    func carerHealthAtRisk() {
        var c = TestCase()
        c.record(Make.referral(.carer, caredFor: "her daughter"))
        c.record(.assessCarer(Make.carersAssessment(healthAtRisk: true)))
        #expect(c.when(Make.determine("CA-1", eligible: true)).events.count == 1)
        var d = TestCase()
        d.record(Make.referral(.carer, caredFor: "her daughter"))
        d.record(.assessCarer(Make.carersAssessment(notAchieved: [], healthAtRisk: false)))
        d.when(Make.determine("CA-1", eligible: true)).thenRejected(.eligibilityThreePartTest,
            containing: "the test needs health at risk or 1 or more")
    }

    @Test("the contribution comes from the rate table in force on the effective date",
        arguments: [
            ("2026-04-13", "2026-27", pounds(232), pounds(23, 10)),
            ("2026-04-01", "2025-26", pounds(228, 70), pounds(26, 40)),
        ])
    func contributionFromRateTable(date: String, table: String, mig: Money, contribution: Money) {
        let given = TestCase.adult(upTo: .eligible)
        let e = given.when(Make.financial(date: date), by: TestStaff.financeOfficer).events
        guard case .financialAssessmentCompleted(let fa) = e.first else {
            Issue.record("expected a financial assessment, got \(e)")
            return
        }
        #expect(fa.rateTableId == table)
        #expect(fa.weeklyMinimumIncomeGuarantee == mig)
        #expect(fa.weeklyTariffIncome == pounds(3))
        #expect(fa.weeklyContribution == contribution)
        #expect(!fa.paysFullCost)
    }

    @Test("tariff income counts a part step when configured so, and not otherwise")
    func tariffPartStep() {
        var table = TestConfiguration.table2026
        #expect(table.weeklyTariffIncome(capital: pounds(14_300)) == pounds(1))
        #expect(table.weeklyTariffIncome(capital: pounds(14_250)) == .zero)
        table.tariffCountsPartStep = false
        #expect(table.weeklyTariffIncome(capital: pounds(14_300)) == .zero)
        #expect(table.weeklyTariffIncome(capital: pounds(14_500)) == pounds(1))
    }

    @Test("capital above the upper limit, or declining to disclose, means paying the full cost")
    func fullCost() {
        let given = TestCase.adult(upTo: .eligible)
        for command in [Make.financial(capital: pounds(30_000)), Make.financial(basis: .declinedToDisclose, category: nil)] {
            guard case .financialAssessmentCompleted(let fa) = given.when(command, by: TestStaff.financeOfficer).events.first else {
                Issue.record("expected a financial assessment")
                continue
            }
            #expect(fa.paysFullCost)
        }
        var c = given
        c.record(Make.financial(capital: pounds(30_000)), by: TestStaff.financeOfficer)
        c.record(Make.indicative())
        c.when(Make.budget(total: pounds(240), customer: pounds(23, 10), planId: nil)).thenRejected(.budgetContributionMismatch,
            containing: "must be £240.00 a week")
        c.when(Make.budget(total: pounds(240), customer: pounds(240), planId: nil)).thenAccepted()
    }

    @Test("a carer's financial assessment adds the carers' services exemption and charges nothing")
    func carerExempt() {
        var c = TestCase()
        c.record(Make.referral(.carer, caredFor: "her daughter"))
        guard case .financialAssessmentCompleted(let fa) = c.when(Make.financial(basis: .exempt, category: nil), by: TestStaff.financeOfficer).events.first else {
            Issue.record("expected a financial assessment")
            return
        }
        #expect(fa.exemptions == [.carerServices])
        #expect(fa.weeklyContribution == .zero)
        #expect(fa.rateTableId == nil)
    }

    @Test("sign-off records the cost for the year, the budget and the signer's limit on the day")
    func signedOff() {
        TestCase.adult(upTo: .budgetSet).when(Make.signOff(), by: TestStaff.teamManager).then([
            .planSignedOff(PlanSignedOff(
                metadata: meta(.teamManager, "2026-04-27", reasons: ["meets eligible needs within budget"]),
                planId: "P-1", version: 1, weeklyCost: pounds(240), annualCost: pounds(12_480),
                personalBudgetWeeklyTotal: pounds(240), signerWeeklyLimit: pounds(250))),
        ])
    }

    @Test("sign-off authority is checked on the decision date, from the staff register")
    func authorityOnTheDay() throws {
        var c = TestCase.adult(upTo: .budgetSet)
        let revoke = StaffCommand.revokeSignOffLimit(SignOffLimitRevoked(
            metadata: meta(.registerAdministrator, "2026-04-20", reasons: ["moved team"]), staffId: TestStaff.teamManager))
        let events = try decide(revoke, c.staff, actor: TestStaff.administrator, now: at("2026-04-20T09:00:00Z"),
            configuration: c.configuration)
        c.staff = events.enumerated().reduce(c.staff) { r, e in
            evolve(r, RecordedStaffEvent(seq: 100 + Int64(e.offset), id: "ST-x", recordedAt: at("2026-04-20T09:00:00Z"),
                actor: TestStaff.administrator, event: e.element))
        }
        #expect(c.staff.signOffLimit(of: TestStaff.teamManager, on: day("2026-04-19")) == pounds(250))
        #expect(c.staff.signOffLimit(of: TestStaff.teamManager, on: day("2026-04-20")) == nil)
        c.when(Make.signOff(), by: TestStaff.teamManager).thenRejected(.signOffAuthorityMissing,
            containing: "cannot be signed off by Tess Morgan (S-2): they hold no sign-off authority on 27 April 2026")
        #expect(c.staff.signOffAuthorities(on: day("2026-04-27")) == [StaffId(TestStaff.headOfService): pounds(1000)])
    }

    @Test("reablement is free for the configured period from its start")
    func reablementFreePeriod() {
        var c = TestCase.adult(upTo: .opened)
        guard case .reablementStarted(let r) = c.when(Make.reablement(date: "2026-04-02")).events.first else {
            Issue.record("expected reablement to start")
            return
        }
        #expect(r.freeUntil == day("2026-05-13"))
        c.configuration.reablementFreeDays = 28
        guard case .reablementStarted(let s) = c.when(Make.reablement(date: "2026-04-02")).events.first else { return }
        #expect(s.freeUntil == day("2026-04-29"))
    }

    @Test("a complaint's deadlines count working days, skipping weekends and bank holidays")
    func complaintDates() {
        var c = TestCase.adult(upTo: .opened)
        c.configuration.nonWorkingDays = [day("2026-05-25")]
        // Friday 22 May 2026: acknowledge by Thursday 28 May (Monday 25 May is a bank holiday).
        guard case .complaintReceived(let r) = c.when(Make.complaint(matter: "2025-04-01", date: "2026-05-22"),
            by: TestStaff.complaintsManager).events.first
        else {
            Issue.record("expected a complaint")
            return
        }
        #expect(r.acknowledgeBy == day("2026-05-28"))
        #expect(r.respondBy == day("2026-11-21"))  // the 6 months beginning on 22 May (reg 14)
        #expect(!r.withinTimeLimit)
    }

    @Test("escalation records where the challenge was and where it went; a complaint may follow from any level")
    func escalation() {
        let c = TestCase.adult(upTo: .delivered).then(Make.challenge())
        c.when(Make.escalate(to: .lineManager)).then([
            .challengeEscalated(ChallengeEscalated(
                metadata: meta(.socialWorker, "2026-05-20", reasons: ["not settled at the previous level"]),
                challengeId: "CH-1", fromLevel: .allocatedWorker, toLevel: .lineManager)),
        ])
        c.when(Make.escalate(to: .complaint)).thenAccepted()
    }

    @Test("a closed case takes complaints, but a panel decision only on a challenge")
    func closedCase() {
        let closed = TestCase.adult(upTo: .opened).then(Make.close(.informationAndAdviceOnly, date: "2026-04-02"))
        closed.when(Make.complaint(), by: TestStaff.complaintsManager).thenAccepted()
        closed.when(Make.panel(challenge: nil), by: TestStaff.panelChair).thenRejected(.caseClosed)
        closed.when(Make.allocate(date: "2026-04-03")).thenRejected(.caseClosed,
            containing: "C-1001 (Joe Bloggs) was closed on 2 April 2026")
    }
}
