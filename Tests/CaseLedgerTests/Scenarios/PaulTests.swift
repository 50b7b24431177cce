import CaseLedger
import CaseLedgerTestSupport
import Testing

/// Paul's story (Warwickshire, 2012): in a self-directed support pilot for people with severe
/// and enduring mental ill health, Paul wanted help to get his book published. He is anxious in
/// groups and wanted one-to-one support. Staff talked with him about the risk of failure; he
/// would rather try than always wonder, and the steering group agreed £45 a week towards a
/// private tutor, recruited through Unitemps.
@Suite("Scenario: Paul's £45 a week towards a tutor, agreed after discussing risk")
struct PaulTests {
    @Test("a small budget for a tutor, with the risk of failure recorded and owned")
    func paul() {
        var c = TestCase()
        c.stream = "C-PAUL"
        c.record(.receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-04-01"), customerName: "Paul", caseKind: .adult,
            routeOfAccess: .communityOrOtherRoute, source: .otherPerson, referrerName: "Advance support staff",
            presentingNeed: "wants one-to-one help to get his book published", caredForPerson: nil)))
        c.record(Make.allocate())
        c.record(.assessNeeds(NeedsAssessed(
            metadata: meta(.socialWorker, "2026-04-08", reasons: ["assessed with Paul and his support worker"]),
            assessmentId: "A-1", needsArisingFromImpairment: true,
            impairmentOrIllness: "severe and enduring mental ill health",
            outcomes: AdultOutcome.allCases.map { o in
                switch o {
                case .developingFamilyAndOtherRelationships:
                    AdultOutcomeFinding(outcome: o, achieved: false, grounds: [.significantPainDistressOrAnxiety],
                        notes: "anxious with groups of people")
                case .accessingWorkTrainingEducationOrVolunteering:
                    AdultOutcomeFinding(outcome: o, achieved: false, grounds: [.significantPainDistressOrAnxiety],
                        notes: "cannot take up courses or work in groups")
                default: AdultOutcomeFinding(outcome: o, achieved: true, grounds: [])
                }
            },
            wellbeingImpact: WellbeingImpact(significant: true, description: "low confidence, isolated"),
            participants: [Participant(name: "Paul", role: .customer), Participant(name: "Advance support worker", role: .provider)],
            advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false))))
        c.record(Make.determine())
        c.record(Make.notice())
        c.record(Make.financial(income: pounds(120), capital: pounds(500), category: "single-25-to-pension-age"),
            by: TestStaff.financeOfficer)
        #expect(c.state.contributions.current?.weeklyContribution == .zero)
        c.record(Make.indicative(pounds(60)))
        var components = Make.fullComponents()
        components[.importantToThePerson] = "getting his book published; being believed in"
        components[.howSupported] = "a tutor who knows publishing, one to one, honest feedback"
        c.record(Make.draft(SupportPlanContent(
            planId: "P-1", author: .customer, components: components,
            needs: [NeedToMeet(need: "confidence to take part in work and education", eligible: true,
                councilWillMeet: true, howMet: "one-to-one tutor")],
            lines: [PlanLine(lineId: "L1", description: "private tutor for writing and publishing",
                kind: .tutoringOrLearning, weeklyCost: pounds(45), provider: "recruited through Unitemps")],
            risks: [RiskEntry(
                risk: "the book is judged not good enough and Paul is upset",
                howManaged: "talked through with staff; Paul would rather try than always wonder; staff stay alongside",
                owner: "Paul")],
            preventionAdvice: "peer support group when ready")))
        c.record(Make.budget(total: pounds(45), customer: .zero))
        c.record(.signOffPlan(SignOffPlan(
            metadata: meta(.teamManager, "2026-04-27",
                reasons: ["positive risk-taking: the risk of failure was discussed and Paul chose to try"],
                references: ["Wiltshire SDS policy: positive risks people are prepared to take"]),
            planId: "P-1", version: 1)), by: TestStaff.teamManager)
        c.record(Make.deliver("P-1", [Make.arrangement(.directPayment, lines: ["L1"], weekly: pounds(45), frequency: .weekly,
            heldBy: "Paul")]))
        c.record(Make.completeReview(outcome: .noChange, date: "2026-06-08"))

        let s = c.state.summary(c.configuration)
        #expect(s.personalBudget?.value?.weeklyTotal == pounds(45))
        #expect(s.personalBudget?.value?.weeklyCustomerContribution == .zero)
        #expect(c.state.plans["P-1"]?.current.risks.first?.owner == "Paul")
        #expect(s.currentPlanSignOff?.signedOff.metadata.reasons.first?.contains("positive risk-taking") == true)
        // The 6-week review also served as the direct payment's first review: next, 12 months on.
        #expect(s.nextReviewDue == ReviewDue(date: day("2027-06-08"), reason: .routine))
        #expect(s.stage == .delivery)
    }
}
