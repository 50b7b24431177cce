import CaseLedger

extension DemoStories {
    /// C-1006, Mr D: arthritis and falls, referred by a neighbour (whose name is restricted). His
    /// daughter challenges the council's part of his budget; not settled with the allocated
    /// worker or the line manager, it goes to the Risk Enablement Panel, which advises funding a
    /// personal assistant for community access, accepting the risk of falls; the plan is revised
    /// and signed off again. By summer he has recovered: a review finds his needs no longer
    /// eligible, services are withdrawn, he is told in writing, and the case is closed. His
    /// daughter's complaint afterwards is answered.
    static var mrD: DemoStory {
        var s = DemoStory("C-1006", "Mr D: a challenge escalated to the Risk Enablement Panel, then withdrawal after review and closure")
        let sw = DemoStaff.socialWorker
        let lines = [
            PlanLine(lineId: "L1", description: "personal assistants, mornings and evenings", kind: .personalAssistant, weeklyCost: pounds(200)),
            PlanLine(lineId: "L2", description: "day centre on Wednesdays", kind: .dayOpportunity, weeklyCost: pounds(40)),
        ]
        func plan(_ lines: [PlanLine], budget: String) -> SupportPlanContent {
            SupportPlanContent(
                planId: "P-1", author: .customer,
                components: components(
                    important: "staying at home; seeing his friends at the social club",
                    changes: "safe at home; out twice a week",
                    how: "personal assistants mornings and evenings; the day centre; risks talked through",
                    budget: budget,
                    dayToDay: "his daughter manages the PA rota",
                    actions: "recruit assistants by January"),
                needs: [NeedToMeet(need: "meals, safety at home, getting out", eligible: true, councilWillMeet: true, howMet: "personal assistants and a day centre")],
                lines: lines, risks: [RiskEntry(risk: "falls", howManaged: "pendant alarm", owner: "Mr D")],
                preventionAdvice: "falls prevention class")
        }
        s.on("2025-11-03", by: sw, .receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2025-11-03", reasons: ["referral by telephone"], restricted: ["referrerName"]),
            customerName: "Mr D", caseKind: .adult, routeOfAccess: .communityOrOtherRoute, source: .otherPerson,
            referrerName: "a neighbour at number 12", presentingNeed: "falls at home, struggling to cook", caredForPerson: nil)))
        s.on("2025-11-03", by: sw, .allocateWorker(WorkerAllocated(metadata: meta(.socialWorker, "2025-11-03"), workerId: sw, team: "Adult Social Care North")))
        s.on("2025-11-10", by: sw, .assessNeeds(NeedsAssessed(
            metadata: meta(.socialWorker, "2025-11-10", reasons: ["assessed at home with Mr D and his daughter"], references: ["Care Act 2014 s9"]),
            assessmentId: "A-1", needsArisingFromImpairment: true, impairmentOrIllness: "arthritis and poor balance",
            outcomes: outcomes([
                .managingNutrition: [.cannotWithoutAssistance],
                .usingTheHomeSafely: [.endangersHealthOrSafety],
                .usingCommunityFacilitiesAndServices: [.significantPainDistressOrAnxiety],
            ], notes: [.usingTheHomeSafely: "two falls in October"]),
            wellbeingImpact: WellbeingImpact(significant: true, description: "isolated and at risk of falls"),
            participants: [Participant(name: "Mr D", role: .customer), Participant(name: "Mr D's daughter", role: .family)],
            advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false))))
        s.on("2025-11-10", by: sw, notice("N-1", .assessmentCopy, of: "needsAssessed", on: "2025-11-10", format: .largePrint, sentTo: "Mr D",
            decided: "Your assessment: you need help with meals, staying safe at home after your falls, and getting out",
            why: "What you and your daughter told us at home on 10 November 2025"))
        s.on("2025-11-11", by: sw, .determineEligibility(DetermineEligibility(
            metadata: meta(.socialWorker, "2025-11-11", reasons: ["three outcomes not achieved, with a significant impact on his wellbeing"]),
            assessmentId: "A-1", eligible: true)))
        s.on("2025-11-11", by: sw, .sendEligibilityNotice(EligibilityNoticeSent(
            metadata: meta(.socialWorker, "2025-11-11"), assessmentId: "A-1", format: .largePrint, sentTo: "Mr D", includesAdviceAndInformation: true,
            rightsStated: NoticeRight.allCases)))
        s.on("2025-11-17", by: DemoStaff.financeOfficer, .completeFinancialAssessment(CompleteFinancialAssessment(
            metadata: meta(.financialAssessmentOfficer, "2025-11-17", reasons: ["financial assessment completed with Mr D's daughter"],
                references: ["Care and Support (Charging and Assessment of Resources) Regulations 2014"]),
            financialAssessmentId: "F-1", basis: .fullAssessment, capital: pounds(15_000), weeklyIncome: pounds(252, 10),
            incomeCategory: "single-pension-age")))
        s.on("2025-11-17", by: DemoStaff.financeOfficer, notice("N-2", .financialAssessment, of: "financialAssessmentCompleted", on: "2025-11-17",
            role: .financialAssessmentOfficer, format: .largePrint, sentTo: "Mr D",
            decided: { "You pay \($0.contribution(on: "2025-11-17")) a week towards your support from 17 November 2025" },
            why: "Your income of £252.10 a week, less the Minimum Income Guarantee for your age, and £1.00 a week for each £250 of your £15,000.00 savings above £14,250"))
        s.on("2025-11-18", by: sw, .calculateIndicativeBudget(IndicativeBudgetCalculated(
            metadata: meta(.socialWorker, "2025-11-18", reasons: ["the Resource Allocation System scores from Mr D's assessment: personal care and community access"], references: ["Resource Allocation System v4"]), rasVersion: "RAS v4",
            inputs: [RASInput(question: "personal care", score: 12), RASInput(question: "community access", score: 8)], weeklyAmount: pounds(300))))
        s.on("2025-11-24", by: sw, .draftSupportPlan(DraftSupportPlan(
            metadata: meta(.socialWorker, "2025-11-24"), plan: plan(lines, budget: "£240.00 a week, £12,480.00 a year"))))
        s.on("2025-12-01", by: sw) { state in
            let customer = state.contribution(on: "2025-12-01")
            return .setPersonalBudget(SetPersonalBudget(
                metadata: meta(.socialWorker, "2025-12-01", reasons: ["the costed plan is within the indicative budget"]),
                planId: "P-1", weeklyTotal: pounds(240), weeklyCustomerContribution: customer, weeklyCouncilContribution: pounds(240) - customer))
        }
        s.on("2025-12-01", by: sw, notice("N-3", .personalBudget, of: "personalBudgetSet", on: "2025-12-01", format: .largePrint, sentTo: "Mr D",
            decided: { "Your personal budget is \(budgetWords($0, on: "2025-12-01"))" },
            why: "Your support plan costs £240.00 a week, within the £300.00 a week the Resource Allocation System gave"))
        s.on("2025-12-01", by: DemoStaff.teamManager, .signOffPlan(SignOffPlan(
            metadata: meta(.teamManager, "2025-12-01", reasons: ["meets Mr D's eligible needs within the personal budget"]), planId: "P-1", version: 1)))
        s.on("2025-12-01", by: sw, notice("N-4", .supportPlanCopy, of: "planSignedOff", on: "2025-12-01", format: .largePrint, sentTo: "Mr D",
            decided: "Your support plan P-1 is agreed: personal assistants mornings and evenings paid by a direct payment, and the day centre on Wednesdays arranged by the council",
            why: "It meets your eligible needs within your personal budget"))
        s.on("2025-12-08", by: sw, .arrangeDelivery(ArrangeDelivery(metadata: meta(.socialWorker, "2025-12-08"), planId: "P-1", arrangements: [
            arrangement(.directPayment, lines: ["L1"], weekly: pounds(200), frequency: .fourWeekly, heldBy: "Mr D"),
            arrangement(.managedAccount, lines: ["L2"], weekly: pounds(40), frequency: .weekly, heldBy: "the council"),
        ])))
        s.on("2025-12-15", by: sw) { state in
            .raiseChallenge(ChallengeRaised(
                metadata: meta(.socialWorker, "2025-12-15"), challengeId: "CH-1", subject: .councilContribution,
                raisedBy: "Mr D's daughter", details: "the budget does not cover getting out to the social club",
                challengedEventIds: [state.lastId(of: "personalBudgetSet")]))
        }
        s.on("2025-12-22", by: sw, .escalateChallenge(EscalateChallenge(
            metadata: meta(.socialWorker, "2025-12-22", reasons: ["not settled with the allocated worker"]), challengeId: "CH-1", toLevel: .lineManager)))
        s.on("2026-01-05", by: DemoStaff.teamManager, .escalateChallenge(EscalateChallenge(
            metadata: meta(.teamManager, "2026-01-05", reasons: ["a question of risk: refer to the Risk Enablement Panel"]),
            challengeId: "CH-1", toLevel: .riskEnablementPanel)))
        s.on("2026-01-14", by: DemoStaff.panelChair, .recordPanelDecision(RiskEnablementPanelDecided(
            metadata: meta(.panelChair, "2026-01-14", reasons: ["positive risk-taking supported"]), panelDecisionId: "REP-1", challengeId: "CH-1",
            attendees: ["Pat Okonjo (chair)", "Sam Patel", "occupational therapy lead", "Mr D's daughter"],
            risks: [RiskEntry(risk: "falls when out alone", howManaged: "mobile phone and check-in calls", owner: sw)],
            optionsConsidered: ["day centre only", "personal assistant for community access"],
            decision: "fund a personal assistant for community access", rationale: "least restrictive, and meets his outcomes",
            actionOwner: sw, reviewDate: day("2026-04-14"))))
        s.on("2026-01-16", by: sw, .resolveChallenge(ResolveChallenge(
            metadata: meta(.socialWorker, "2026-01-16", reasons: ["the panel's advice is accepted"]), challengeId: "CH-1", outcome: .partlyUpheld,
            actions: ["revise the plan to add a PA for community access"])))
        s.on("2026-01-19", by: sw, .reviseSupportPlan(ReviseSupportPlan(
            metadata: meta(.socialWorker, "2026-01-19"),
            plan: plan(lines + [PlanLine(lineId: "L3", description: "PA for community access, as the panel advised", kind: .personalAssistant, weeklyCost: pounds(40))],
                budget: "£280.00 a week, £14,560.00 a year"),
            changeSummary: "Risk Enablement Panel REP-1: a PA for community access")))
        s.on("2026-01-19", by: DemoStaff.headOfService) { state in
            let customer = state.contribution(on: "2026-01-19")
            return .setPersonalBudget(SetPersonalBudget(
                metadata: meta(.teamManager, "2026-01-19", reasons: ["the panel's advice: community access"]),
                planId: "P-1", weeklyTotal: pounds(280), weeklyCustomerContribution: customer, weeklyCouncilContribution: pounds(280) - customer))
        }
        s.on("2026-01-19", by: sw, notice("N-5", .planOrBudgetChanged, of: "personalBudgetSet", on: "2026-01-19", format: .largePrint,
            sentTo: "Mr D, with a copy to his daughter",
            decided: { "Your personal budget goes up to \(budgetWords($0, on: "2026-01-19")), from 19 January 2026" },
            why: "The Risk Enablement Panel advised a personal assistant to help you get out to the social club"))
        s.on("2026-01-19", by: DemoStaff.headOfService, .signOffPlan(SignOffPlan(
            metadata: meta(.teamManager, "2026-01-19", reasons: ["meets eligible needs within the budget, as the panel advised"]), planId: "P-1", version: 2)))
        s.on("2026-01-19", by: sw, notice("N-6", .planOrBudgetChanged, of: "planSignedOff", on: "2026-01-19", format: .largePrint,
            sentTo: "Mr D, with a copy to his daughter",
            decided: "Your changed support plan P-1 is agreed: a personal assistant for getting out is added",
            why: "Your daughter's challenge was partly upheld, as the Risk Enablement Panel advised"))
        s.on("2026-01-26", by: sw, .arrangeDelivery(ArrangeDelivery(metadata: meta(.socialWorker, "2026-01-26"), planId: "P-1", arrangements: [
            arrangement(.directPayment, lines: ["L1", "L3"], weekly: pounds(240), frequency: .fourWeekly, heldBy: "Mr D"),
            arrangement(.managedAccount, lines: ["L2"], weekly: pounds(40), frequency: .weekly, heldBy: "the council"),
        ])))
        s.on("2026-06-15", by: sw, .requestReview(ReviewRequested(
            metadata: meta(.socialWorker, "2026-06-15"), reviewId: "RV-1", requestedBy: .carer, requesterName: "Mr D's daughter",
            reason: .unplannedOther, changeOfCircumstances: "walking unaided again, back at the social club on his own")))
        s.on("2026-06-22", by: sw, .completeReview(ReviewCompleted(
            metadata: meta(.socialWorker, "2026-06-22", reasons: ["reviewed at home with Mr D and his daughter"]), reviewId: "RV-1",
            outcome: .withdrawalRecommended, needsStillEligible: false, customerInvited: true,
            participants: [Participant(name: "Mr D", role: .customer), Participant(name: "Mr D's daughter", role: .family)],
            findings: "cooking and getting out on his own again; no falls since February")))
        s.on("2026-07-06", by: sw, .decideWithdrawal(WithdrawalDecided(
            metadata: meta(.socialWorker, "2026-07-20", reasons: ["needs no longer eligible after review RV-1"]), reviewId: "RV-1")))
        s.on("2026-07-06", by: sw, .sendWithdrawalNotice(WithdrawalNoticeSent(
            metadata: meta(.socialWorker, "2026-07-06"), format: .largePrint, sentTo: "Mr D, with a copy to his daughter",
            rightsStated: NoticeRight.allCases)))
        s.on("2026-07-21", by: sw, .closeCase(CaseClosed(
            metadata: meta(.socialWorker, "2026-07-21", reasons: ["services withdrawn; no further involvement"]), reason: .servicesWithdrawn)))
        s.on("2026-08-03", by: DemoStaff.complaintsManager, .receiveComplaint(ReceiveComplaint(
            metadata: meta(.complaintsManager, "2026-08-03"), complaintId: "CO-1", complainant: "Mr D's daughter",
            about: "the day centre place ended before the notice said it would", challengeId: nil, matterDate: day("2026-07-20"))))
        s.on("2026-08-04", by: DemoStaff.complaintsManager, .acknowledgeComplaint(AcknowledgeComplaint(
            metadata: meta(.complaintsManager, "2026-08-04"), complaintId: "CO-1", agreedResponseDate: nil)))
        s.on("2026-09-14", by: DemoStaff.complaintsManager, .respondToComplaint(RespondToComplaint(
            metadata: meta(.complaintsManager, "2026-09-14"), complaintId: "CO-1", finding: .partlyUpheld,
            conclusions: "the day centre was told the wrong end date", remedialActions: ["apology", "refund of one week's charge"],
            ombudsmanRightsExplained: true, signedBy: "Cara Jones")))
        return s
    }
}
