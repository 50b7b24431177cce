import CaseLedger
import CaseLedgerTestSupport

/// The stories the audit tests record, after the domain's scenario tests.
enum Stories {
    static let fullComponents = PlanComponents([
        .importantToThePerson: "staying at home, seeing friends",
        .changesToAchieve: "get out twice a week",
        .howSupported: "personal assistants mornings and evenings; risks talked through",
        .budgetAndCost: "costs set out by line for the year",
        .dayToDayManagement: "the family manage the rota",
        .stayingInControl: "the customer decides; reviewed at 6 weeks",
        .actionsToMakeItHappen: "recruit assistants by May",
    ])

    static func plan(_ lines: [PlanLine]) -> SupportPlanContent {
        SupportPlanContent(
            planId: "P-1", author: .customer, components: fullComponents,
            needs: [NeedToMeet(need: "personal care", eligible: true, councilWillMeet: true, howMet: "personal assistants")],
            lines: lines, risks: [RiskEntry(risk: "falls", howManaged: "pendant alarm", owner: "the customer")],
            preventionAdvice: "falls prevention class")
    }

    static let standardLines = [
        PlanLine(lineId: "L1", description: "personal assistants", kind: .personalAssistant, weeklyCost: pounds(200)),
        PlanLine(lineId: "L2", description: "day centre", kind: .dayOpportunity, weeklyCost: pounds(40)),
    ]

    static func arrangements(pa: Money) -> [DeliveryArrangement] {
        [
            DeliveryArrangement(mechanism: .directPayment, lineIds: ["L1"], weeklyAmount: pa, paymentAmount: pa.times(4), frequency: .fourWeekly, heldBy: "the customer"),
            DeliveryArrangement(mechanism: .managedAccount, lineIds: ["L2"], weeklyAmount: pounds(40), paymentAmount: pounds(40), frequency: .weekly, heldBy: "the council"),
        ]
    }

    /// Mr D (case C-1001): assessed with a neighbour's report marked restricted, a budget
    /// challenged to the Risk Enablement Panel, a complaint, a corrected financial assessment
    /// (the contribution £23.10 → £31.10 a week from 13 April), a disputed opinion, a review and
    /// a revised plan. Returns the story and the times just before and after the correction.
    @discardableResult
    static func mrD(_ fx: FixtureLedger) throws -> Story {
        var s = Story(fx, "C-1001")
        let sw = FixtureStaff.socialWorker
        try s.record(.receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-04-01", reasons: ["referral by telephone"], restricted: ["referrerName"]),
            customerName: "Mr D", caseKind: .adult, routeOfAccess: .communityOrOtherRoute, source: .otherPerson,
            referrerName: "a neighbour at number 12", presentingNeed: "falls at home, struggling to cook", caredForPerson: nil)))
        try s.record(.allocateWorker(WorkerAllocated(metadata: meta(), workerId: sw, team: "North")))
        try s.record(.assessNeeds(NeedsAssessed(
            metadata: meta(.socialWorker, "2026-04-08", reasons: ["assessed at home with Mr D and his daughter"], references: ["Care Act 2014 s9"],
                notes: [
                    .opinion("Mr D does not always accept help and may overstate his independence", whose: "the neighbour at number 12", restricted: true),
                    .opinion("Mr D is not motivated to use the walking frame", whose: "Sam Patel"),
                ],
                restricted: ["participants"]),
            assessmentId: "A-1", needsArisingFromImpairment: true, impairmentOrIllness: "arthritis and poor balance",
            outcomes: AdultOutcome.allCases.map { o in
                switch o {
                case .managingNutrition: AdultOutcomeFinding(outcome: o, achieved: false, grounds: [.cannotWithoutAssistance])
                case .usingTheHomeSafely: AdultOutcomeFinding(outcome: o, achieved: false, grounds: [.endangersHealthOrSafety], notes: "two falls in March")
                case .usingCommunityFacilitiesAndServices: AdultOutcomeFinding(outcome: o, achieved: false, grounds: [.significantPainDistressOrAnxiety])
                default: AdultOutcomeFinding(outcome: o, achieved: true, grounds: [])
                }
            },
            wellbeingImpact: WellbeingImpact(significant: true, description: "isolated and at risk of falls"),
            participants: [Participant(name: "Mr D", role: .customer), Participant(name: "the neighbour at number 12", role: .friend)],
            advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false))))
        try s.record(.determineEligibility(DetermineEligibility(
            metadata: meta(.socialWorker, "2026-04-09", reasons: ["meets the national eligibility criteria"]), assessmentId: "A-1", eligible: true)))
        try s.record(.sendEligibilityNotice(EligibilityNoticeSent(
            metadata: meta(.socialWorker, "2026-04-09"), assessmentId: "A-1", format: .largePrint, sentTo: "Mr D", includesAdviceAndInformation: true)))
        try s.record(.completeFinancialAssessment(CompleteFinancialAssessment(
            metadata: meta(.financialAssessmentOfficer, "2026-04-13", reasons: ["financial assessment completed with Mr D's daughter"],
                references: ["Care and Support (Charging and Assessment of Resources) Regulations 2014"]),
            financialAssessmentId: "F-1", basis: .fullAssessment, exemptions: [], capital: pounds(15_000), weeklyIncome: pounds(252, 10),
            incomeCategory: "single-pension-age")), by: FixtureStaff.financeOfficer)
        try s.record(.calculateIndicativeBudget(IndicativeBudgetCalculated(
            metadata: meta(.socialWorker, "2026-04-14", reasons: ["the Resource Allocation System scores from Mr D's assessment"], references: ["RAS v4"]), rasVersion: "RAS v4",
            inputs: [RASInput(question: "personal care", score: 12), RASInput(question: "community access", score: 8)], weeklyAmount: pounds(300))))
        try s.record(.draftSupportPlan(DraftSupportPlan(metadata: meta(.socialWorker, "2026-04-20"), plan: plan(standardLines))))
        try s.record(.setPersonalBudget(SetPersonalBudget(
            metadata: meta(.socialWorker, "2026-04-27", reasons: ["costed plan agreed"]), planId: "P-1", weeklyTotal: pounds(240),
            weeklyCustomerContribution: pounds(23, 10), weeklyCouncilContribution: pounds(216, 90))))
        try s.record(.signOffPlan(SignOffPlan(
            metadata: meta(.teamManager, "2026-04-27", reasons: ["meets eligible needs within budget"]), planId: "P-1", version: 1)),
            by: FixtureStaff.teamManager)
        try s.record(.arrangeDelivery(ArrangeDelivery(metadata: meta(.socialWorker, "2026-05-04"), planId: "P-1", arrangements: arrangements(pa: pounds(200)))))
        let budget = s.lastId(of: "personalBudgetSet")
        try s.record(.raiseChallenge(ChallengeRaised(
            metadata: meta(.socialWorker, "2026-05-10"), challengeId: "CH-1", subject: .councilContribution,
            raisedBy: "Mr D's daughter", details: "the budget does not cover getting out to the social club", challengedEventIds: [budget])))
        try s.record(.escalateChallenge(EscalateChallenge(
            metadata: meta(.socialWorker, "2026-05-17", reasons: ["not settled with the allocated worker"]), challengeId: "CH-1", toLevel: .lineManager)))
        try s.record(.escalateChallenge(EscalateChallenge(
            metadata: meta(.teamManager, "2026-05-24", reasons: ["a question of risk: refer to the panel"]), challengeId: "CH-1", toLevel: .riskEnablementPanel)),
            by: FixtureStaff.teamManager)
        try s.record(.recordPanelDecision(RiskEnablementPanelDecided(
            metadata: meta(.panelChair, "2026-06-03", reasons: ["positive risk-taking supported"]), panelDecisionId: "REP-1", challengeId: "CH-1",
            attendees: ["Pat Chair", "Sam Patel", "OT lead"],
            risks: [RiskEntry(risk: "falls when out alone", howManaged: "mobile phone and check-in calls", owner: "S-1")],
            optionsConsidered: ["day centre only", "personal assistant for community access"],
            decision: "fund a personal assistant for community access", rationale: "least restrictive, meets outcomes",
            actionOwner: "S-1", reviewDate: day("2026-09-03"))), by: FixtureStaff.panelChair)
        try s.record(.resolveChallenge(ResolveChallenge(
            metadata: meta(.socialWorker, "2026-06-05", reasons: ["panel advice accepted"]), challengeId: "CH-1", outcome: .partlyUpheld,
            actions: ["revise the plan"])))
        try s.record(.reviseSupportPlan(ReviseSupportPlan(
            metadata: meta(.socialWorker, "2026-06-08"),
            plan: plan(standardLines + [PlanLine(lineId: "L3", description: "PA for community access, as the panel advised", kind: .personalAssistant, weeklyCost: pounds(40))]),
            changeSummary: "Risk Enablement Panel REP-1: PA for community access")))
        try s.record(.setPersonalBudget(SetPersonalBudget(
            metadata: meta(.teamManager, "2026-06-08", reasons: ["panel advice: community access"]), planId: "P-1", weeklyTotal: pounds(280),
            weeklyCustomerContribution: pounds(23, 10), weeklyCouncilContribution: pounds(256, 90))), by: FixtureStaff.headOfService)
        try s.record(.signOffPlan(SignOffPlan(
            metadata: meta(.teamManager, "2026-06-08", reasons: ["meets eligible needs within budget"]), planId: "P-1", version: 2)),
            by: FixtureStaff.headOfService)
        try s.record(.receiveComplaint(ReceiveComplaint(
            metadata: meta(.complaintsManager, "2026-06-10"), complaintId: "CO-1", complainant: "Mr D's daughter",
            about: "the reduction was not explained in writing", challengeId: "CH-1", matterDate: day("2026-05-10"))),
            by: FixtureStaff.complaintsManager)
        try s.record(.acknowledgeComplaint(AcknowledgeComplaint(metadata: meta(.complaintsManager, "2026-06-11"), complaintId: "CO-1", agreedResponseDate: nil)),
            by: FixtureStaff.complaintsManager)
        try s.record(.respondToComplaint(RespondToComplaint(
            metadata: meta(.complaintsManager, "2026-07-01"), complaintId: "CO-1", finding: .partlyUpheld,
            conclusions: "the reasons for the budget were not given in writing", remedialActions: ["apology", "written reasons"],
            ombudsmanRightsExplained: true, signedBy: "Cara Jones")), by: FixtureStaff.complaintsManager)
        guard case .financialAssessmentCompleted(var fa) = s.last(of: "financialAssessmentCompleted") else { return s }
        fa.weeklyIncome = pounds(260, 10)
        fa.weeklyContribution = pounds(31, 10)
        try s.record(.correctEvent(EventCorrected(
            metadata: meta(.financialAssessmentOfficer, "2026-07-02", reasons: ["a pension increase was left out of the income"]),
            supersedes: s.lastId(of: "financialAssessmentCompleted"), corrected: .financialAssessmentCompleted(fa))),
            by: FixtureStaff.financeOfficer)
        try s.record(.disputeOpinion(OpinionDisputed(
            metadata: meta(.socialWorker, "2026-07-03"), targetEventId: s.lastId(of: "needsAssessed"), disputedBy: "Mr D",
            disputedStatement: "that he is not motivated to use the walking frame", customerAccount: "the frame does not fit through my kitchen door")))
        try s.record(.requestReview(ReviewRequested(
            metadata: meta(.socialWorker, "2026-07-15"), reviewId: "RV-1", requestedBy: .scheduled, reason: .planned,
            changeOfCircumstances: "planned 6-week review")))
        try s.record(.completeReview(ReviewCompleted(
            metadata: meta(.socialWorker, "2026-07-20", reasons: ["reviewed with Mr D and his daughter"]), reviewId: "RV-1", outcome: .noChange,
            needsStillEligible: true, customerInvited: true, participants: [Participant(name: "Mr D", role: .customer)],
            findings: "the plan is working")))
        // issue 15: notices — the written notices the complaint's remedial action promised, sent
        // after the review: a copy of the assessment, each budget and plan, the corrected
        // financial assessment.
        let told: [(String, NoticeSubject, String, Int, StaffRole, String, String)] = [
            ("N-1", .assessmentCopy, "needsAssessed", 0, .socialWorker, "you need help with meals, staying safe at home and getting out", "what you told us on 8 April 2026"),
            ("N-2", .personalBudget, "personalBudgetSet", 0, .socialWorker, "your personal budget is £240.00 a week: you pay £23.10", "the costed plan"),
            ("N-3", .supportPlanCopy, "planSignedOff", 0, .socialWorker, "your support plan P-1 is agreed", "it meets your eligible needs within your budget"),
            ("N-4", .planOrBudgetChanged, "personalBudgetSet", 1, .socialWorker, "your personal budget is £280.00 a week from 8 June 2026", "the Risk Enablement Panel's advice"),
            ("N-5", .planOrBudgetChanged, "planSignedOff", 1, .socialWorker, "your changed support plan P-1 adds a personal assistant for getting out", "the Risk Enablement Panel's advice"),
            ("N-6", .financialAssessment, "eventCorrected", 0, .financialAssessmentOfficer, "you pay £31.10 a week from 13 April 2026", "a pension increase was left out of your income"),
        ]
        for (id, subject, type, nth, role, decided, why) in told {
            let decision = s.state.history.filter { $0.event.typeName == type }[nth]
            try s.record(.sendNotice(NoticeSent(
                metadata: meta(role, "2026-07-20"), noticeId: id, subject: subject, decisionEventId: decision.id,
                format: .largePrint, recipient: .person, sentTo: "Mr D", decisionStated: decided, reasonsStated: why,
                rightsStated: NoticeRight.allCases)), by: role == .financialAssessmentOfficer ? FixtureStaff.financeOfficer : FixtureStaff.socialWorker)
        }
        return s
    }

    /// The correction of Mr D's financial assessment is recorded at this time; just before it,
    /// the original is all that is known.
    static let beforeCorrection = "2026-07-01T23:00:00Z"

    /// A case whose recorded text tries to be markup or a spreadsheet formula.
    static func hostile(_ fx: FixtureLedger) throws {
        var s = Story(fx, "C-666")
        try s.record(.receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-04-01", reasons: ["=HYPERLINK(\"http://example.invalid\",\"click\")"],
                notes: [Note(text: "</p><script>alert('x')</script>", kind: .fact)]),
            customerName: "<script>alert(\"name\")</script>", caseKind: .adult, routeOfAccess: .communityOrOtherRoute,
            source: .selfReferral, referrerName: nil, presentingNeed: "=1+2 & <b>bold</b> | pipe *star* \u{1B}[31mred", caredForPerson: nil)))
    }

    /// A case with `count` decisions: opened, assessed and signed off, then reviews asked for and
    /// done, one a day, recorded in batches of one day each.
    static func long(_ fx: FixtureLedger, decisions count: Int) throws {
        var s = Story(fx, "C-LONG")
        try s.record(.receiveReferral(ReferralReceived(
            metadata: meta(), customerName: "Ms L", caseKind: .adult, routeOfAccess: .communityOrOtherRoute, source: .selfReferral,
            referrerName: nil, presentingNeed: "help at home", caredForPerson: nil)))
        var n = 1
        var date = day("2026-04-02")
        while n < count {
            let id = "RV-\(n)"
            let text = date.iso
            if n % 2 == 1 {
                try s.record(.giveInformationAndAdvice(InformationAndAdviceGiven(
                    metadata: meta(.socialWorker, text, reasons: ["asked for advice"]), topics: ["topic \(n)"], signpostedTo: ["Age UK"],
                    furtherActionNeeded: false)))
            } else {
                try s.record(.allocateWorker(WorkerAllocated(
                    metadata: meta(.socialWorker, text, reasons: ["cover \(id)"]), workerId: n % 4 == 0 ? FixtureStaff.socialWorker : FixtureStaff.teamManager)))
            }
            n += 1
            date = date.adding(days: 1)
        }
    }
}
