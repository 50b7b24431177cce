import CaseLedger

extension DemoStories {
    /// C-1004, Mrs C (after the Warwickshire story, 2012): 85, living alone with no main carer.
    /// A combination budget: a direct payment employs a personal assistant of her choice for
    /// personal care, help with her finances and getting to church meetings; cleaning, shopping
    /// and community transport are arranged by the council.
    static var mrsC: DemoStory {
        var s = DemoStory("C-1004", "Mrs C: a combination budget, a direct payment for her own PA plus council-arranged support")
        let sw = DemoStaff.socialWorker
        s.on("2026-01-12", by: sw, .receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-01-12"), customerName: "Mrs C", caseKind: .adult,
            routeOfAccess: .communityOrOtherRoute, source: .gp, referrerName: "her GP",
            presentingNeed: "85 and living alone; struggling with washing, the house and getting to church", caredForPerson: nil)))
        s.on("2026-01-12", by: sw, .allocateWorker(WorkerAllocated(metadata: meta(.socialWorker, "2026-01-12"), workerId: sw, team: "Adult Social Care North")))
        s.on("2026-01-19", by: sw, .assessNeeds(NeedsAssessed(
            metadata: meta(.socialWorker, "2026-01-19", reasons: ["assessed at home with Mrs C"], references: ["Care Act 2014 s9"]),
            assessmentId: "A-1", needsArisingFromImpairment: true, impairmentOrIllness: "frailty and arthritis",
            outcomes: outcomes([
                .maintainingPersonalHygiene: [.cannotWithoutAssistance],
                .beingAppropriatelyClothed: [.takesSignificantlyLonger],
                .maintainingAHabitableHome: [.cannotWithoutAssistance],
                .developingFamilyAndOtherRelationships: [.cannotWithoutAssistance],
                .usingCommunityFacilitiesAndServices: [.cannotWithoutAssistance],
            ], notes: [.developingFamilyAndOtherRelationships: "has missed church meetings since the autumn"]),
            wellbeingImpact: WellbeingImpact(significant: true, description: "lonely since she stopped getting to church"),
            participants: [Participant(name: "Mrs C", role: .customer)],
            advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false))))
        s.on("2026-01-19", by: sw, notice("N-1", .assessmentCopy, of: "needsAssessed", on: "2026-01-19", format: .largePrint, sentTo: "Mrs C",
            decided: "Your assessment: you need help with washing, dressing, keeping your home, seeing friends at church and getting out",
            why: "What you told us when we met at your home on 19 January 2026"))
        s.on("2026-01-20", by: sw, .determineEligibility(DetermineEligibility(
            metadata: meta(.socialWorker, "2026-01-20", reasons: ["five outcomes not achieved, with a significant impact on her wellbeing"]),
            assessmentId: "A-1", eligible: true)))
        s.on("2026-01-20", by: sw, .sendEligibilityNotice(EligibilityNoticeSent(
            metadata: meta(.socialWorker, "2026-01-20"), assessmentId: "A-1", format: .largePrint, sentTo: "Mrs C", includesAdviceAndInformation: true,
            rightsStated: NoticeRight.allCases)))
        s.on("2026-01-26", by: DemoStaff.financeOfficer, .completeFinancialAssessment(CompleteFinancialAssessment(
            metadata: meta(.financialAssessmentOfficer, "2026-01-26", reasons: ["financial assessment completed at home with Mrs C"],
                references: ["Care and Support (Charging and Assessment of Resources) Regulations 2014"]),
            financialAssessmentId: "F-1", basis: .fullAssessment, capital: pounds(10_000), weeklyIncome: pounds(260),
            incomeCategory: "single-pension-age")))
        s.on("2026-01-26", by: DemoStaff.financeOfficer, notice("N-2", .financialAssessment, of: "financialAssessmentCompleted", on: "2026-01-26",
            role: .financialAssessmentOfficer, format: .largePrint, sentTo: "Mrs C",
            decided: { "You pay \($0.contribution(on: "2026-01-26")) a week towards your support from 26 January 2026" },
            why: "Your income of £260.00 a week, less the Minimum Income Guarantee for your age; your savings of £10,000.00 are below £14,250, so they are not counted"))
        s.on("2026-01-27", by: sw, .calculateIndicativeBudget(IndicativeBudgetCalculated(
            metadata: meta(.socialWorker, "2026-01-27", reasons: ["the Resource Allocation System scores from Mrs C's assessment: personal care and community access"], references: ["Resource Allocation System v4"]), rasVersion: "RAS v4",
            inputs: [RASInput(question: "personal care", score: 10), RASInput(question: "community access", score: 6)], weeklyAmount: pounds(220))))
        s.on("2026-02-02", by: sw, .draftSupportPlan(DraftSupportPlan(metadata: meta(.socialWorker, "2026-02-02"), plan: SupportPlanContent(
            planId: "P-1", author: .customer,
            components: components(
                important: "her independence; her church; choosing who helps her",
                changes: "back at church meetings every week; the house kept as she likes it",
                how: "a personal assistant she chose, plus cleaning, shopping and community transport",
                budget: "£205.00 a week, £10,660.00 a year",
                dayToDay: "Mrs C employs her PA with help from a payroll service; the council arranges the rest",
                actions: "PA to start in February; transport booked for Sundays"),
            needs: [NeedToMeet(need: "personal care, a habitable home, church and friends", eligible: true, councilWillMeet: true,
                howMet: "a PA through a direct payment and council-arranged services")],
            lines: [
                PlanLine(lineId: "L1", description: "PA of her choice: personal care, finances, church meetings", kind: .personalAssistant, weeklyCost: pounds(150)),
                PlanLine(lineId: "L2", description: "cleaning and shopping", kind: .homeCare, weeklyCost: pounds(40)),
                PlanLine(lineId: "L3", description: "community transport", kind: .transport, weeklyCost: pounds(15)),
            ],
            risks: [RiskEntry(risk: "her PA is ill", howManaged: "the payroll service keeps a list of cover PAs", owner: "Mrs C")],
            preventionAdvice: "falls prevention class at the church hall"))))
        s.on("2026-02-09", by: sw) { state in
            let customer = state.contribution(on: "2026-02-09")
            return .setPersonalBudget(SetPersonalBudget(
                metadata: meta(.socialWorker, "2026-02-09", reasons: ["the costed plan is within the indicative budget"]),
                planId: "P-1", weeklyTotal: pounds(205), weeklyCustomerContribution: customer, weeklyCouncilContribution: pounds(205) - customer))
        }
        s.on("2026-02-09", by: sw, notice("N-3", .personalBudget, of: "personalBudgetSet", on: "2026-02-09", format: .largePrint, sentTo: "Mrs C",
            decided: { "Your personal budget is \(budgetWords($0, on: "2026-02-09"))" },
            why: "Your support plan costs £205.00 a week, within the £220.00 a week the Resource Allocation System gave"))
        s.on("2026-02-09", by: DemoStaff.teamManager, .signOffPlan(SignOffPlan(
            metadata: meta(.teamManager, "2026-02-09", reasons: ["meets Mrs C's eligible needs within the personal budget"]),
            planId: "P-1", version: 1)))
        s.on("2026-02-09", by: sw, notice("N-4", .supportPlanCopy, of: "planSignedOff", on: "2026-02-09", format: .largePrint, sentTo: "Mrs C",
            decided: "Your support plan P-1 is agreed: a personal assistant you chose, paid by a direct payment, and cleaning, shopping and community transport arranged by the council",
            why: "It meets your eligible needs within your personal budget"))
        s.on("2026-02-16", by: sw, .arrangeDelivery(ArrangeDelivery(metadata: meta(.socialWorker, "2026-02-16"), planId: "P-1", arrangements: [
            arrangement(.directPayment, lines: ["L1"], weekly: pounds(150), frequency: .fourWeekly, heldBy: "Mrs C"),
            arrangement(.managedAccount, lines: ["L2", "L3"], weekly: pounds(55), frequency: .weekly, heldBy: "the council"),
        ])))
        return s
    }
}
