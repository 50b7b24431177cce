import CaseLedger

extension DemoStories {
    /// C-1003, Mrs A (after the Warwickshire story, 2012): the Mental Health Team thought the
    /// risk too great for her to stay at home. She lacks capacity to decide where to live; a
    /// best-interests decision finds she should remain at home, where she has lived all her
    /// life, with a personal budget. Her daughter disputes the team's recorded opinion.
    static var mrsA: DemoStory {
        var s = DemoStory("C-1003", "Mrs A: a best-interests decision to remain at home with a personal budget")
        let nurse = DemoStaff.nurse
        s.on("2025-10-06", by: nurse, .receiveReferral(ReferralReceived(
            metadata: meta(.communityPsychiatricNurse, "2025-10-06"), customerName: "Mrs A", caseKind: .adult,
            routeOfAccess: .communityOrOtherRoute, source: .nhsProfessional, referrerName: "Mental Health Team",
            presentingNeed: "risk of harm at home; the team is considering residential care", caredForPerson: nil)))
        s.on("2025-10-06", by: nurse, .allocateWorker(WorkerAllocated(
            metadata: meta(.communityPsychiatricNurse, "2025-10-06"), workerId: nurse, team: "Community Mental Health Team")))
        s.on("2025-10-13", by: nurse, .assessNeeds(NeedsAssessed(
            metadata: meta(.socialWorker, "2025-10-13", reasons: ["assessed at home with Mrs A and her daughter"], references: ["Care Act 2014 s9"],
                notes: [.opinion("the risk and her mental health problems are too great for her to remain at home", whose: "Mental Health Team")]),
            assessmentId: "A-1", needsArisingFromImpairment: true, impairmentOrIllness: "long-standing mental ill health",
            outcomes: outcomes([
                .managingNutrition: [.cannotWithoutAssistance],
                .usingTheHomeSafely: [.endangersHealthOrSafety],
                .maintainingAHabitableHome: [.cannotWithoutAssistance],
            ]),
            wellbeingImpact: WellbeingImpact(significant: true, description: "her mental health is unstable when routines break down"),
            participants: [Participant(name: "Mrs A", role: .customer), Participant(name: "Mrs A's daughter", role: .family)],
            advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false))))
        s.on("2025-10-13", by: nurse, notice("N-1", .assessmentCopy, of: "needsAssessed", on: "2025-10-13", format: .largePrint,
            sentTo: "Mrs A and her daughter",
            decided: "Your assessment: you need help with meals, keeping your home safe and staying well",
            why: "What you and your daughter told us at home on 13 October 2025, and what the Mental Health Team knows of you"))
        s.on("2025-10-20", by: nurse, .makeBestInterestsDecision(BestInterestsDecisionMade(
            metadata: meta(.socialWorker, "2025-10-20", reasons: ["remaining at home is the least restrictive option that meets her needs"],
                references: ["Mental Capacity Act 2005 s4"]),
            decisionId: "BI-1", matter: "where to live", lacksCapacityForDecision: true,
            capacityAssessment: "assessed by the community psychiatric nurse with the social worker",
            personsWishes: "has lived here all her life and wants to stay",
            consulted: [Participant(name: "Mrs A's daughter", role: .family), Participant(name: "GP", role: .professional)],
            optionsConsidered: ["residential care", "remain at home with a personal budget"],
            decision: "remain at home with a personal budget", leastRestrictiveOption: true)))
        s.on("2025-10-21", by: nurse, .determineEligibility(DetermineEligibility(
            metadata: meta(.socialWorker, "2025-10-21", reasons: ["three outcomes not achieved; her safety at home is at risk"]),
            assessmentId: "A-1", eligible: true)))
        s.on("2025-10-21", by: nurse, .sendEligibilityNotice(EligibilityNoticeSent(
            metadata: meta(.socialWorker, "2025-10-21"), assessmentId: "A-1", format: .largePrint,
            sentTo: "Mrs A and her daughter", includesAdviceAndInformation: true,
            rightsStated: NoticeRight.allCases)))
        s.on("2025-10-27", by: DemoStaff.financeOfficer, .completeFinancialAssessment(CompleteFinancialAssessment(
            metadata: meta(.financialAssessmentOfficer, "2025-10-27", reasons: ["assessed with her daughter, who holds lasting power of attorney"],
                references: ["Care and Support (Charging and Assessment of Resources) Regulations 2014"]),
            financialAssessmentId: "F-1", basis: .fullAssessment, capital: pounds(20_000), weeklyIncome: pounds(200),
            incomeCategory: "single-pension-age")))
        s.on("2025-10-27", by: DemoStaff.financeOfficer, notice("N-2", .financialAssessment, of: "financialAssessmentCompleted", on: "2025-10-27",
            role: .financialAssessmentOfficer, to: .attorneyOrDeputy, sentTo: "Mrs A's daughter, as her attorney",
            decided: { "Mrs A pays \($0.contribution(on: "2025-10-27")) a week towards her support from 27 October 2025" },
            why: "Her income of £200.00 a week, less the Minimum Income Guarantee for her age, and £1.00 a week for each £250 of her £20,000.00 savings above £14,250"))
        s.on("2025-10-28", by: nurse, .calculateIndicativeBudget(IndicativeBudgetCalculated(
            metadata: meta(.socialWorker, "2025-10-28", reasons: ["the Resource Allocation System scores from Mrs A's assessment: daily living and mental health"], references: ["Resource Allocation System v4"]), rasVersion: "RAS v4",
            inputs: [RASInput(question: "daily living", score: 16), RASInput(question: "mental health", score: 12)], weeklyAmount: pounds(350))))
        s.on("2025-11-03", by: nurse, .draftSupportPlan(DraftSupportPlan(metadata: meta(.socialWorker, "2025-11-03"), plan: SupportPlanContent(
            planId: "P-1", author: .allocatedWorker,
            components: components(
                important: "staying in the house she has lived in all her life; her routines",
                changes: "eating regularly; the house kept safe; fewer crises",
                how: "a familiar team visiting daily, and the mental health day service twice a week",
                budget: "£270.00 a week, £14,040.00 a year",
                dayToDay: "the council manages the account; her daughter is the contact",
                actions: "the same care team from November; day service place confirmed"),
            needs: [NeedToMeet(need: "meals, a safe home, stable mental health", eligible: true, councilWillMeet: true,
                howMet: "daily support at home and a day service")],
            lines: [
                PlanLine(lineId: "L1", description: "daily support at home from a familiar team", kind: .homeCare, weeklyCost: pounds(210)),
                PlanLine(lineId: "L2", description: "mental health day service", kind: .dayOpportunity, weeklyCost: pounds(60)),
            ],
            risks: [RiskEntry(risk: "a crisis at night", howManaged: "crisis line number by the phone; daughter nearby", owner: "Mrs A's daughter")],
            preventionAdvice: "keep to the routine that keeps her well"))))
        s.on("2025-11-10", by: nurse) { state in
            let customer = state.contribution(on: "2025-11-10")
            return .setPersonalBudget(SetPersonalBudget(
                metadata: meta(.socialWorker, "2025-11-10", reasons: ["the costed plan is within the indicative budget"]),
                planId: "P-1", weeklyTotal: pounds(270), weeklyCustomerContribution: customer, weeklyCouncilContribution: pounds(270) - customer))
        }
        s.on("2025-11-10", by: nurse, notice("N-3", .personalBudget, of: "personalBudgetSet", on: "2025-11-10", format: .largePrint,
            sentTo: "Mrs A and her daughter",
            decided: { "Your personal budget is \(budgetWords($0, on: "2025-11-10"))" },
            why: "Your support plan costs £270.00 a week, within the £350.00 a week the Resource Allocation System gave"))
        s.on("2025-11-11", by: DemoStaff.headOfService, .signOffPlan(SignOffPlan(
            metadata: meta(.teamManager, "2025-11-11", reasons: ["in Mrs A's best interests (BI-1) and within the personal budget"]),
            planId: "P-1", version: 1)))
        s.on("2025-11-11", by: nurse, notice("N-4", .supportPlanCopy, of: "planSignedOff", on: "2025-11-11", format: .largePrint,
            sentTo: "Mrs A and her daughter",
            decided: "Your support plan P-1 is agreed: a familiar team visiting every day, and the day service twice a week, so you can stay at home",
            why: "Staying at home is in your best interests and the least restrictive choice, and the plan is within your personal budget"))
        s.on("2025-11-17", by: nurse, .arrangeDelivery(ArrangeDelivery(metadata: meta(.socialWorker, "2025-11-17"), planId: "P-1", arrangements: [
            arrangement(.managedAccount, lines: ["L1", "L2"], weekly: pounds(270), frequency: .weekly, heldBy: "the council"),
        ])))
        s.on("2025-12-01", by: nurse) { state in
            .disputeOpinion(OpinionDisputed(
                metadata: meta(.socialWorker, "2025-12-01"), targetEventId: state.lastId(of: "needsAssessed"),
                disputedBy: "Mrs A's daughter",
                disputedStatement: "that the risk is too great for her mother to remain at home",
                customerAccount: "my mother has been settled and safe since the daily visits began"))
        }
        return s
    }
}
