import CaseLedger

extension DemoStories {
    /// C-1005, Mrs E, a carer (after the Warwickshire practitioner story): she cares for her
    /// daughter, who has a learning disability, and is due to go into hospital. Her carer's
    /// assessment finds her health at risk; instead of residential respite, sensors and meals
    /// from a neighbour let her daughter stay at home. Carers' services are free.
    static var mrsE: DemoStory {
        var s = DemoStory("C-1005", "Mrs E: a carer's own case; her health at risk, a free carer's budget")
        let sw = DemoStaff.secondWorker
        s.on("2026-02-02", by: sw, .receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-02-02"), customerName: "Mrs E", caseKind: .carer,
            routeOfAccess: .communityOrOtherRoute, source: .carer, referrerName: nil,
            presentingNeed: "due to go into hospital; worried about who will look after her daughter", caredForPerson: "her daughter")))
        s.on("2026-02-02", by: sw, .allocateWorker(WorkerAllocated(metadata: meta(.socialWorker, "2026-02-02"), workerId: sw, team: "Adult Social Care North")))
        s.on("2026-02-09", by: sw, .assessCarer(CarersAssessed(
            metadata: meta(.socialWorker, "2026-02-09", reasons: ["carer's assessment at home"], references: ["Care Act 2014 s10"]),
            assessmentId: "CA-1", caredForPerson: "her daughter", needsArisingFromCaring: true, healthAtRisk: true,
            outcomes: CarerOutcome.allCases.map { o in
                CarerOutcomeFinding(outcome: o, achieved: o != .engagingInRecreation, grounds: o == .engagingInRecreation ? [.cannotWithoutAssistance] : [])
            },
            wellbeingImpact: WellbeingImpact(significant: true, description: "exhausted, and her operation cannot wait"),
            participants: [Participant(name: "Mrs E", role: .carer)],
            advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false), willingToContinueCaring: true)))
        s.on("2026-02-09", by: sw, notice("N-1", .assessmentCopy, of: "carersAssessed", on: "2026-02-09", sentTo: "Mrs E",
            decided: "Your carer's assessment: caring puts your health at risk, and you cannot get out for recreation without help",
            why: "What you told us at home on 9 February 2026, with your operation coming up"))
        s.on("2026-02-10", by: sw, .determineEligibility(DetermineEligibility(
            metadata: meta(.socialWorker, "2026-02-10", reasons: ["her health is at risk from caring"]), assessmentId: "CA-1", eligible: true)))
        s.on("2026-02-10", by: sw, .sendEligibilityNotice(EligibilityNoticeSent(
            metadata: meta(.socialWorker, "2026-02-10"), assessmentId: "CA-1", format: .standardPrint, sentTo: "Mrs E", includesAdviceAndInformation: true,
            rightsStated: NoticeRight.allCases)))
        s.on("2026-02-10", by: DemoStaff.financeOfficer, .completeFinancialAssessment(CompleteFinancialAssessment(
            metadata: meta(.financialAssessmentOfficer, "2026-02-10", reasons: ["carers' services are free: no financial assessment needed"]),
            financialAssessmentId: "F-1", basis: .exempt)))
        s.on("2026-02-10", by: DemoStaff.financeOfficer, notice("N-2", .financialAssessment, of: "financialAssessmentCompleted", on: "2026-02-10",
            role: .financialAssessmentOfficer, sentTo: "Mrs E",
            decided: "You pay nothing towards your support as a carer",
            why: "The council does not charge carers for the support it gives them, so we did not need to look at your money"))
        s.on("2026-02-11", by: sw, .calculateIndicativeBudget(IndicativeBudgetCalculated(
            metadata: meta(.socialWorker, "2026-02-11", reasons: ["the Carers' Resource Allocation System score from Mrs E's carer's assessment: the impact of caring"], references: ["Carers' Resource Allocation System v2"]), rasVersion: "Carers RAS v2",
            inputs: [RASInput(question: "impact of caring", score: 8)], weeklyAmount: pounds(50))))
        s.on("2026-02-16", by: sw, .draftSupportPlan(DraftSupportPlan(metadata: meta(.socialWorker, "2026-02-16"), plan: SupportPlanContent(
            planId: "P-1", author: .customer,
            components: components(
                important: "her daughter staying at home while she is in hospital",
                changes: "her operation goes ahead; her daughter is safe and fed",
                how: "sensors and an alarm for her daughter, and a neighbour paid to help with meals",
                budget: "£42.00 a week",
                dayToDay: "Mrs E pays the neighbour from the direct payment",
                actions: "sensors fitted before her admission date"),
            needs: [NeedToMeet(need: "a break from caring to have her operation", eligible: true, councilWillMeet: true,
                howMet: "assistive technology and meals from a neighbour")],
            lines: [
                PlanLine(lineId: "L1", description: "alarm and sensors for her daughter", kind: .assistiveTechnology, weeklyCost: pounds(12)),
                PlanLine(lineId: "L2", description: "a neighbour helps with meals", kind: .otherSupport, weeklyCost: pounds(30)),
            ],
            risks: [RiskEntry(risk: "a fall at night while Mrs E is in hospital", howManaged: "sensors alert the neighbour", owner: "Mrs E")],
            preventionAdvice: "carers' centre drop-in"))))
        s.on("2026-02-17", by: sw, .setPersonalBudget(SetPersonalBudget(
            metadata: meta(.socialWorker, "2026-02-17", reasons: ["carers' services are free: the council pays it all"]),
            planId: "P-1", weeklyTotal: pounds(42), weeklyCustomerContribution: .zero, weeklyCouncilContribution: pounds(42))))
        s.on("2026-02-17", by: sw, notice("N-3", .personalBudget, of: "personalBudgetSet", on: "2026-02-17", sentTo: "Mrs E",
            decided: { "Your carer's personal budget is \(budgetWords($0, on: "2026-02-17"))" },
            why: "Your support plan costs £42.00 a week, within the £50.00 a week the carers' Resource Allocation System gave"))
        s.on("2026-02-17", by: DemoStaff.teamManager, .signOffPlan(SignOffPlan(
            metadata: meta(.teamManager, "2026-02-17", reasons: ["meets Mrs E's eligible needs as a carer within the budget"]),
            planId: "P-1", version: 1)))
        s.on("2026-02-17", by: sw, notice("N-4", .supportPlanCopy, of: "planSignedOff", on: "2026-02-17", sentTo: "Mrs E",
            decided: "Your support plan P-1 is agreed: an alarm and sensors for your daughter, and a neighbour paid to help with meals while you are in hospital",
            why: "It meets your eligible needs as a carer within your personal budget"))
        s.on("2026-02-23", by: sw, .arrangeDelivery(ArrangeDelivery(metadata: meta(.socialWorker, "2026-02-23"), planId: "P-1", arrangements: [
            arrangement(.directPayment, lines: ["L1", "L2"], weekly: pounds(42), frequency: .weekly, heldBy: "Mrs E"),
        ])))
        return s
    }
}
