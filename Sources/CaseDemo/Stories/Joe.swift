import CaseLedger

extension DemoStories {
    /// C-1001, Joe (after the Halton story, 2009): severe developmental delay after meningitis in
    /// infancy; home care sent over 40 different people in six months. A direct payment lets his
    /// family employ four personal assistants on a rota. A neighbour's report is restricted
    /// (third-party information). His 2026-27 financial assessment is recorded in May, effective
    /// 6 April, and corrected in June when disability-related expenditure was found left out.
    static var joe: DemoStory {
        var s = DemoStory("C-1001", "Joe: a direct payment employing four personal assistants; a back-dated reassessment, corrected")
        let sw = DemoStaff.socialWorker
        s.on("2025-06-02", by: sw, .receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2025-06-02", reasons: ["transition from children's services at 18"]),
            customerName: "Joe", caseKind: .adult, routeOfAccess: .plannedEntryTransition, source: .family,
            referrerName: "Joe's mother",
            presentingNeed: "home care sends too many different people; Joe needs two people at a time and the same faces",
            caredForPerson: nil)))
        s.on("2025-06-02", by: sw, .allocateWorker(WorkerAllocated(
            metadata: meta(.socialWorker, "2025-06-02"), workerId: sw, team: "Adult Social Care North")))
        s.on("2025-06-16", by: sw, .assessNeeds(NeedsAssessed(
            metadata: meta(.socialWorker, "2025-06-16",
                reasons: ["assessed at home with Joe, his mother and his college tutor"], references: ["Care Act 2014 s9"],
                notes: [
                    .opinion("Joe's mother is exhausted from covering night-time care on her own", whose: "a neighbour", restricted: true),
                    Note(text: "over 40 different home care workers in six months; Joe became distressed with each new face"),
                ]),
            assessmentId: "A-1", needsArisingFromImpairment: true,
            impairmentOrIllness: "severe developmental delay after meningitis in infancy",
            outcomes: outcomes([
                .maintainingPersonalHygiene: [.cannotWithoutAssistance],
                .beingAppropriatelyClothed: [.cannotWithoutAssistance],
                .managingNutrition: [.cannotWithoutAssistance],
                .usingTheHomeSafely: [.endangersHealthOrSafety],
                .usingCommunityFacilitiesAndServices: [.cannotWithoutAssistance],
                .accessingWorkTrainingEducationOrVolunteering: [.cannotWithoutAssistance],
            ], notes: [.usingCommunityFacilitiesAndServices: "needs two people with him when out"]),
            wellbeingImpact: WellbeingImpact(significant: true, description: "sleeps badly without exercise; isolated at home"),
            participants: [
                Participant(name: "Joe", role: .customer), Participant(name: "Joe's mother", role: .family),
                Participant(name: "college tutor", role: .professional),
            ],
            advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false))))
        s.on("2025-06-16", by: sw, notice("N-1", .assessmentCopy, of: "needsAssessed", on: "2025-06-16", format: .easyRead,
            sentTo: "Joe, with a copy to his mother",
            decided: "Your assessment: you need help with washing, dressing, meals, staying safe at home, going out and college",
            why: "What you, your mother and your college tutor told us when we met on 16 June 2025"))
        s.on("2025-06-17", by: sw, .determineEligibility(DetermineEligibility(
            metadata: meta(.socialWorker, "2025-06-17", reasons: ["six outcomes not achieved, with a significant impact on his wellbeing"]),
            assessmentId: "A-1", eligible: true)))
        s.on("2025-06-17", by: sw, .sendEligibilityNotice(EligibilityNoticeSent(
            metadata: meta(.socialWorker, "2025-06-17"), assessmentId: "A-1", format: .easyRead,
            sentTo: "Joe, with a copy to his mother", includesAdviceAndInformation: true,
            rightsStated: NoticeRight.allCases)))
        s.on("2025-06-23", by: DemoStaff.financeOfficer, .completeFinancialAssessment(CompleteFinancialAssessment(
            metadata: meta(.financialAssessmentOfficer, "2025-06-23", reasons: ["benefits maximised first; assessed with Joe's mother"],
                references: ["Care and Support (Charging and Assessment of Resources) Regulations 2014"]),
            financialAssessmentId: "F-1", basis: .fullAssessment, capital: pounds(2_000), weeklyIncome: pounds(180),
            incomeCategory: "single-25-to-pension-age", weeklyDisabilityRelatedExpenditure: pounds(20))))
        s.on("2025-06-23", by: DemoStaff.financeOfficer, notice("N-2", .financialAssessment, of: "financialAssessmentCompleted", on: "2025-06-23",
            role: .financialAssessmentOfficer, format: .easyRead, sentTo: "Joe, with a copy to his mother",
            decided: { "You pay \($0.contribution(on: "2025-06-23")) a week towards your support from 23 June 2025" },
            why: "Your income of £180.00 a week, less the Minimum Income Guarantee and £20.00 a week you spend because of your disability; your savings of £2,000.00 are below £14,250, so they are not counted"))
        s.on("2025-06-30", by: sw, .calculateIndicativeBudget(IndicativeBudgetCalculated(
            metadata: meta(.socialWorker, "2025-06-30", reasons: ["the Resource Allocation System scores from Joe's assessment: personal care, community access and support at night"], references: ["Resource Allocation System v4"]), rasVersion: "RAS v4",
            inputs: [RASInput(question: "personal care", score: 24), RASInput(question: "community access", score: 18),
                     RASInput(question: "support at night", score: 10)],
            weeklyAmount: pounds(900))))
        s.on("2025-07-07", by: sw, .draftSupportPlan(DraftSupportPlan(metadata: meta(.socialWorker, "2025-07-07"), plan: SupportPlanContent(
            planId: "P-1", author: .chosenPerson,
            components: components(
                important: "the same few people he knows; his community; exercise that helps him sleep",
                changes: "gym and swimming, National Trust parks, fairs, the local college",
                how: "four personal assistants on a rota, two at a time, able to stay over",
                budget: "£860.00 a week, £44,720.00 a year",
                dayToDay: "his mother writes the monthly rota; accountants run PAYE; employer's insurance held",
                control: "Joe and the people who know him best decide; review at 6 weeks",
                actions: "recruit four PAs by August; gym membership; college place"),
            needs: [NeedToMeet(need: "personal care and community access", eligible: true, councilWillMeet: true,
                howMet: "personal assistants employed through a direct payment")],
            lines: [
                PlanLine(lineId: "L1", description: "four personal assistants, two at a time", kind: .personalAssistant,
                    weeklyCost: pounds(820), provider: "employed by the family", unitsPerWeek: 56),
                PlanLine(lineId: "L2", description: "gym and pool membership for Joe and a PA", kind: .communityActivity,
                    weeklyCost: pounds(15), provider: "local leisure centre"),
                PlanLine(lineId: "L3", description: "payroll and employer's insurance", kind: .otherSupport,
                    weeklyCost: pounds(25), provider: "local accountants"),
            ],
            risks: [RiskEntry(risk: "a PA off sick leaves one person on a shift", howManaged: "a rota of four covers absence", owner: "Joe's mother")],
            preventionAdvice: "keep active to help him sleep"))))
        s.on("2025-07-14", by: sw) { state in
            let customer = state.contribution(on: "2025-07-14")
            return .setPersonalBudget(SetPersonalBudget(
                metadata: meta(.socialWorker, "2025-07-14", reasons: ["the costed plan is within the indicative budget"]),
                planId: "P-1", weeklyTotal: pounds(860), weeklyCustomerContribution: customer,
                weeklyCouncilContribution: pounds(860) - customer))
        }
        s.on("2025-07-14", by: sw, notice("N-3", .personalBudget, of: "personalBudgetSet", on: "2025-07-14", format: .easyRead,
            sentTo: "Joe, with a copy to his mother",
            decided: { "Your personal budget is \(budgetWords($0, on: "2025-07-14"))" },
            why: "Your support plan costs £860.00 a week, within the £900.00 a week the Resource Allocation System gave"))
        s.on("2025-07-15", by: DemoStaff.headOfService, .signOffPlan(SignOffPlan(
            metadata: meta(.teamManager, "2025-07-15", reasons: ["meets Joe's eligible needs within the personal budget",
                "above the team manager's limit, so signed off by the head of service"]),
            planId: "P-1", version: 1)))
        s.on("2025-07-15", by: sw, notice("N-4", .supportPlanCopy, of: "planSignedOff", on: "2025-07-15", format: .easyRead,
            sentTo: "Joe, with a copy to his mother",
            decided: "Your support plan P-1 is agreed: four personal assistants on a rota, two at a time, gym and swimming, and payroll help",
            why: "It meets your eligible needs within your personal budget; it was signed off by the head of service because of its cost"))
        s.on("2025-07-21", by: sw, .arrangeDelivery(ArrangeDelivery(metadata: meta(.socialWorker, "2025-07-21"), planId: "P-1", arrangements: [
            arrangement(.directPayment, lines: ["L1", "L2", "L3"], weekly: pounds(860), frequency: .monthly,
                heldBy: "Joe's mother, as his suitable person"),
        ])))
        s.on("2025-09-15", by: sw, .completeReview(ReviewCompleted(
            metadata: meta(.socialWorker, "2025-09-15", reasons: ["six-week review at home with Joe and his mother"]),
            reviewId: "RV-1", outcome: .noChange, needsStillEligible: true, customerInvited: true,
            participants: [Participant(name: "Joe", role: .customer), Participant(name: "Joe's mother", role: .family)],
            findings: "four PAs in post; Joe swims twice a week and sleeps better")))
        // 2026-27: reassessed in May, effective from the start of the charging year.
        s.on("2026-05-12", by: DemoStaff.financeOfficer, .completeFinancialAssessment(CompleteFinancialAssessment(
            metadata: meta(.financialAssessmentOfficer, "2026-04-06", reasons: ["annual reassessment for 2026-27: benefits uprated in April"],
                references: ["Care and Support (Charging and Assessment of Resources) Regulations 2014"]),
            financialAssessmentId: "F-2", basis: .fullAssessment, capital: pounds(2_100), weeklyIncome: pounds(186),
            incomeCategory: "single-25-to-pension-age", weeklyDisabilityRelatedExpenditure: pounds(20))))
        s.on("2026-05-12", by: DemoStaff.financeOfficer, notice("N-5", .financialAssessment, of: "financialAssessmentCompleted", on: "2026-05-12",
            role: .financialAssessmentOfficer, format: .easyRead, sentTo: "Joe, with a copy to his mother",
            decided: { "From 6 April 2026 you pay \($0.contribution(on: "2026-04-06")) a week towards your support" },
            why: "Your benefits went up in April to £186.00 a week; the Minimum Income Guarantee and £20.00 a week you spend because of your disability are taken off"))
        s.on("2026-05-12", by: sw) { state in
            let customer = state.contribution(on: "2026-04-06")
            return .setPersonalBudget(SetPersonalBudget(
                metadata: meta(.socialWorker, "2026-04-06", reasons: ["the contribution changed at the annual reassessment"]),
                planId: "P-1", weeklyTotal: pounds(860), weeklyCustomerContribution: customer,
                weeklyCouncilContribution: pounds(860) - customer))
        }
        s.on("2026-05-12", by: sw, notice("N-6", .planOrBudgetChanged, of: "personalBudgetSet", on: "2026-05-12", format: .easyRead,
            sentTo: "Joe, with a copy to his mother",
            decided: { "From 6 April 2026 your personal budget is \(budgetWords($0, on: "2026-04-06"))" },
            why: "Your contribution changed at the yearly financial reassessment; your support stays the same"))
        s.on("2026-06-02", by: DemoStaff.financeOfficer) { state in
            guard case .financialAssessmentCompleted(let fa) = state.history.last(where: { $0.event.typeName == "financialAssessmentCompleted" })!.event
            else { preconditionFailure("F-2 is a financial assessment") }
            return .correctEvent(EventCorrected(
                metadata: meta(.financialAssessmentOfficer, "2026-04-06",
                    reasons: ["£12.50 a week of disability-related expenditure (extra laundry and heating) was left out of F-2"],
                    references: ["Care and Support Statutory Guidance annex C: disability-related expenditure"]),
                supersedes: state.lastId(of: "financialAssessmentCompleted"),
                corrected: .financialAssessmentCompleted(corrected(fa) { $0.weeklyDisabilityRelatedExpenditure = pounds(32, 50) })))
        }
        s.on("2026-06-02", by: DemoStaff.financeOfficer, notice("N-7", .financialAssessment, of: "eventCorrected", on: "2026-06-02",
            role: .financialAssessmentOfficer, format: .easyRead, sentTo: "Joe, with a copy to his mother",
            decided: { "We corrected your financial assessment: from 6 April 2026 you pay \($0.contribution(on: "2026-04-06")) a week, not £30.00" },
            why: "We left out £12.50 a week you spend on extra laundry and heating because of your disability; we will refund what you overpaid"))
        s.on("2026-06-02", by: sw) { state in
            let customer = state.contribution(on: "2026-04-06")
            return .setPersonalBudget(SetPersonalBudget(
                metadata: meta(.socialWorker, "2026-04-06", reasons: ["the corrected financial assessment lowers Joe's contribution from 6 April"]),
                planId: "P-1", weeklyTotal: pounds(860), weeklyCustomerContribution: customer,
                weeklyCouncilContribution: pounds(860) - customer))
        }
        s.on("2026-06-02", by: sw, notice("N-8", .planOrBudgetChanged, of: "personalBudgetSet", on: "2026-06-02", format: .easyRead,
            sentTo: "Joe, with a copy to his mother",
            decided: { "From 6 April 2026 your personal budget is \(budgetWords($0, on: "2026-04-06"))" },
            why: "Your financial assessment was corrected, so your contribution is lower; your support stays the same"))
        return s
    }
}
