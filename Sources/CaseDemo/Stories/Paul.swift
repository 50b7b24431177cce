import CaseLedger

extension DemoStories {
    /// C-1002, Paul (after the Warwickshire story, 2012): severe and enduring mental ill health;
    /// anxious in groups, he wants one-to-one help to get his book published. After talking the
    /// risk of failure through, £45 a week towards a private tutor is agreed.
    static var paul: DemoStory {
        var s = DemoStory("C-1002", "Paul: £45 a week towards a tutor, agreed after discussing the risk of failure")
        let sw = DemoStaff.secondWorker
        s.on("2025-05-06", by: sw, .receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2025-05-06"), customerName: "Paul", caseKind: .adult,
            routeOfAccess: .communityOrOtherRoute, source: .otherPerson, referrerName: "Advance support staff",
            presentingNeed: "wants one-to-one help to get his book published", caredForPerson: nil)))
        s.on("2025-05-06", by: sw, .allocateWorker(WorkerAllocated(metadata: meta(.socialWorker, "2025-05-06"), workerId: sw, team: "Adult Social Care North")))
        s.on("2025-05-13", by: sw, .assessNeeds(NeedsAssessed(
            metadata: meta(.socialWorker, "2025-05-13", reasons: ["assessed with Paul and his support worker"], references: ["Care Act 2014 s9"]),
            assessmentId: "A-1", needsArisingFromImpairment: true, impairmentOrIllness: "severe and enduring mental ill health",
            outcomes: outcomes(
                [.developingFamilyAndOtherRelationships: [.significantPainDistressOrAnxiety],
                 .accessingWorkTrainingEducationOrVolunteering: [.significantPainDistressOrAnxiety]],
                notes: [.developingFamilyAndOtherRelationships: "anxious with groups of people",
                        .accessingWorkTrainingEducationOrVolunteering: "cannot take up courses or work in groups"]),
            wellbeingImpact: WellbeingImpact(significant: true, description: "low confidence, isolated"),
            participants: [Participant(name: "Paul", role: .customer), Participant(name: "Advance support worker", role: .provider)],
            advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false))))
        s.on("2025-05-13", by: sw, notice("N-1", .assessmentCopy, of: "needsAssessed", on: "2025-05-13", format: .email, sentTo: "Paul",
            decided: "Your assessment: you need support to take part in work and learning, and with your confidence",
            why: "What you and your support worker told us on 13 May 2025"))
        s.on("2025-05-14", by: sw, .determineEligibility(DetermineEligibility(
            metadata: meta(.socialWorker, "2025-05-14", reasons: ["two outcomes not achieved, with a significant impact on his wellbeing"]),
            assessmentId: "A-1", eligible: true)))
        s.on("2025-05-14", by: sw, .sendEligibilityNotice(EligibilityNoticeSent(
            metadata: meta(.socialWorker, "2025-05-14"), assessmentId: "A-1", format: .email, sentTo: "Paul", includesAdviceAndInformation: true,
            rightsStated: NoticeRight.allCases)))
        s.on("2025-05-19", by: DemoStaff.financeOfficer, .completeFinancialAssessment(CompleteFinancialAssessment(
            metadata: meta(.financialAssessmentOfficer, "2025-05-19", reasons: ["income below the Minimum Income Guarantee"],
                references: ["Care and Support (Charging and Assessment of Resources) Regulations 2014"]),
            financialAssessmentId: "F-1", basis: .fullAssessment, capital: pounds(500), weeklyIncome: pounds(120),
            incomeCategory: "single-25-to-pension-age")))
        s.on("2025-05-19", by: DemoStaff.financeOfficer, notice("N-2", .financialAssessment, of: "financialAssessmentCompleted", on: "2025-05-19",
            role: .financialAssessmentOfficer, format: .email, sentTo: "Paul",
            decided: { "You pay \($0.contribution(on: "2025-05-19")) a week towards your support" },
            why: "Your income of £120.00 a week is below the Minimum Income Guarantee, so you pay nothing; your savings of £500.00 are not counted"))
        s.on("2025-05-27", by: sw, .calculateIndicativeBudget(IndicativeBudgetCalculated(
            metadata: meta(.socialWorker, "2025-05-27", reasons: ["the Resource Allocation System score from Paul's assessment: work, learning and volunteering"], references: ["Resource Allocation System v4"]), rasVersion: "RAS v4",
            inputs: [RASInput(question: "work, learning and volunteering", score: 6)], weeklyAmount: pounds(60))))
        s.on("2025-06-02", by: sw, .draftSupportPlan(DraftSupportPlan(metadata: meta(.socialWorker, "2025-06-02"), plan: SupportPlanContent(
            planId: "P-1", author: .customer,
            components: components(
                important: "getting his book published; being believed in",
                changes: "a finished manuscript sent to publishers within the year",
                how: "a tutor who knows publishing, one to one, honest feedback",
                budget: "£45.00 a week, £2,340.00 a year",
                dayToDay: "Paul arranges sessions with the tutor; Unitemps handle the payroll",
                actions: "recruit a tutor through Unitemps by July"),
            needs: [NeedToMeet(need: "confidence to take part in work and education", eligible: true,
                councilWillMeet: true, howMet: "one-to-one tutor")],
            lines: [PlanLine(lineId: "L1", description: "private tutor for writing and publishing",
                kind: .tutoringOrLearning, weeklyCost: pounds(45), provider: "recruited through Unitemps")],
            risks: [RiskEntry(
                risk: "the book is judged not good enough and Paul is upset",
                howManaged: "talked through with staff; Paul would rather try than always wonder; staff stay alongside",
                owner: "Paul")],
            preventionAdvice: "peer support group when ready"))))
        s.on("2025-06-09", by: sw, .setPersonalBudget(SetPersonalBudget(
            metadata: meta(.socialWorker, "2025-06-09", reasons: ["the costed plan is within the indicative budget"]),
            planId: "P-1", weeklyTotal: pounds(45), weeklyCustomerContribution: .zero, weeklyCouncilContribution: pounds(45))))
        s.on("2025-06-09", by: sw, notice("N-3", .personalBudget, of: "personalBudgetSet", on: "2025-06-09", format: .email, sentTo: "Paul",
            decided: { "Your personal budget is \(budgetWords($0, on: "2025-06-09"))" },
            why: "Your support plan costs £45.00 a week, within the £60.00 a week the Resource Allocation System gave"))
        s.on("2025-06-09", by: DemoStaff.teamManager, .signOffPlan(SignOffPlan(
            metadata: meta(.teamManager, "2025-06-09",
                reasons: ["positive risk-taking: the risk of failure was discussed and Paul chose to try"],
                references: ["Wiltshire SDS policy: positive risks people are prepared to take"]),
            planId: "P-1", version: 1)))
        s.on("2025-06-09", by: sw, notice("N-4", .supportPlanCopy, of: "planSignedOff", on: "2025-06-09", format: .email, sentTo: "Paul",
            decided: "Your support plan P-1 is agreed: a tutor who knows publishing, one to one, £45.00 a week",
            why: "We talked through the risk that the book is turned down; you chose to try, and the council supports that positive risk"))
        s.on("2025-06-16", by: sw, .arrangeDelivery(ArrangeDelivery(metadata: meta(.socialWorker, "2025-06-16"), planId: "P-1", arrangements: [
            arrangement(.directPayment, lines: ["L1"], weekly: pounds(45), frequency: .weekly, heldBy: "Paul"),
        ])))
        s.on("2025-07-28", by: sw, .completeReview(ReviewCompleted(
            metadata: meta(.socialWorker, "2025-07-28", reasons: ["six-week review with Paul"]), reviewId: "RV-1", outcome: .noChange,
            needsStillEligible: true, customerInvited: true, participants: [Participant(name: "Paul", role: .customer)],
            findings: "three chapters revised with the tutor; Paul says he feels believed in")))
        return s
    }
}
