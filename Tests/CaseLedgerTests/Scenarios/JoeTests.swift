import CaseLedger
import CaseLedgerTestSupport
import Testing

/// Joe's story (Halton, 2009): after meningitis in infancy Joe has severe developmental delay.
/// "Conveyor belt" home care brought over 40 different people through the door in six months.
/// With a personal budget taken as a direct payment his family employ four personal assistants
/// on a rota (he needs two at a time) so he can use the gym and pool, visit parks and go to the
/// local college; his mother does the monthly rota and accountants run the payroll.
@Suite("Scenario: Joe employs four personal assistants with a direct payment")
struct JoeTests {
    @Test("from transition referral to a signed-off direct payment for personal assistants")
    func joe() {
        var c = TestCase()
        c.stream = "C-JOE"
        c.record(.receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-04-01"), customerName: "Joe", caseKind: .adult,
            routeOfAccess: .plannedEntryTransition, source: .family, referrerName: "Joe's mother",
            presentingNeed: "home care sends too many different people; Joe needs two people at a time",
            caredForPerson: nil)))
        c.record(Make.allocate())
        c.record(.assessNeeds(Make.needsAssessment(notAchieved: [
            .maintainingPersonalHygiene: [.cannotWithoutAssistance],
            .beingAppropriatelyClothed: [.cannotWithoutAssistance],
            .managingNutrition: [.cannotWithoutAssistance],
            .usingTheHomeSafely: [.endangersHealthOrSafety],
            .usingCommunityFacilitiesAndServices: [.cannotWithoutAssistance],
            .accessingWorkTrainingEducationOrVolunteering: [.cannotWithoutAssistance],
        ])))
        c.record(Make.determine())
        c.record(Make.notice())
        c.record(.completeFinancialAssessment(CompleteFinancialAssessment(
            metadata: meta(.financialAssessmentOfficer, "2026-04-13", reasons: ["benefits maximised first"]),
            financialAssessmentId: "F-1", basis: .fullAssessment, exemptions: [], capital: pounds(2_000),
            weeklyIncome: pounds(180), incomeCategory: "single-25-to-pension-age",
            weeklyDisabilityRelatedExpenditure: pounds(20), weeklyHousingCosts: .zero)), by: TestStaff.financeOfficer)
        #expect(c.state.contributions.current?.weeklyContribution == pounds(24))
        c.record(Make.indicative(pounds(900)))
        let plan = SupportPlanContent(
            planId: "P-1", author: .chosenPerson, components: PlanComponents([
                .importantToThePerson: "the same few people he knows; his community; exercise that helps him sleep",
                .changesToAchieve: "gym and swimming, National Trust parks, fairs, the local college",
                .howSupported: "four personal assistants on a rota, two at a time, able to stay over",
                .budgetAndCost: "£860.00 a week, £44,720.00 a year",
                .dayToDayManagement: "his mother writes the monthly rota; accountants run PAYE; insurance held",
                .stayingInControl: "Joe and the people who know him best decide; review at 6 weeks",
                .actionsToMakeItHappen: "recruit four PAs by June; gym membership; college place",
            ]),
            needs: [NeedToMeet(need: "personal care and community access", eligible: true, councilWillMeet: true,
                howMet: "personal assistants employed through a direct payment")],
            lines: [
                PlanLine(lineId: "L1", description: "four personal assistants, two at a time", kind: .personalAssistant,
                    weeklyCost: pounds(820), provider: "employed by the family", unitsPerWeek: 56),
                PlanLine(lineId: "L2", description: "gym and pool membership for Joe and a PA", kind: .communityActivity,
                    weeklyCost: pounds(15), provider: "local gym"),
                PlanLine(lineId: "L3", description: "payroll and employer's insurance", kind: .otherSupport,
                    weeklyCost: pounds(25), provider: "local accountants"),
            ],
            risks: [RiskEntry(risk: "PA absence leaves one person on shift", howManaged: "rota of four covers absence", owner: "Joe's mother")],
            preventionAdvice: "keep active to help sleep")
        c.record(Make.draft(plan))
        c.record(Make.budget(total: pounds(860), customer: pounds(24)))
        c.when(Make.signOff(), by: TestStaff.teamManager).thenRejected(.signOffLimitExceeded,
            containing: "up to £250.00 a week on 27 April 2026, and the plan costs £860.00 a week")
        c.record(Make.signOff(), by: TestStaff.headOfService)
        c.record(Make.deliver("P-1", [
            Make.arrangement(.directPayment, lines: ["L1", "L2", "L3"], weekly: pounds(860), frequency: .monthly,
                heldBy: "Joe's mother, as his suitable person"),
        ]))

        let s = c.state.summary(c.configuration)
        #expect(s.stage == .delivery)
        #expect(s.personalBudget?.value?.weeklyCouncilContribution == pounds(836))
        #expect(s.currentPlanSignOff?.signer == TestStaff.headOfService)
        #expect(s.currentPlanSignOff?.signedOff.annualCost == pounds(44_720))
        #expect(s.delivery?.value?.arrangements.first?.paymentAmount == pounds(3_726, 66))
        #expect(s.nextReviewDue == ReviewDue(date: day("2026-06-15"), reason: .newOrChangedPlan))  // 6 weeks after services started on 4 May
        #expect(c.state == CaseState(rebuiltFrom: c.recorded))
    }
}
