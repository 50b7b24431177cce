import CaseLedger

/// Builders of commands and payloads with sensible defaults, so each test states only what
/// matters to it.
public enum Make {
    /// A referral received for a new case (adult by default), from the family.
    public static func referral(
        _ kind: CaseKind = .adult, name: String = "Joe Bloggs", date: String = "2026-04-01",
        route: RouteOfAccess = .communityOrOtherRoute, caredFor: String? = nil
    ) -> CaseCommand {
        .receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, date), customerName: name, caseKind: kind,
            routeOfAccess: route, source: .family, referrerName: "a relative",
            presentingNeed: "needs help at home", caredForPerson: caredFor))
    }

    /// Allocates `worker` to the case in team North.
    public static func allocate(_ worker: String = TestStaff.socialWorker, date: String = "2026-04-01") -> CaseCommand {
        .allocateWorker(WorkerAllocated(metadata: meta(.socialWorker, date), workerId: worker, team: "North"))
    }

    /// A needs assessment in which the outcomes in `notAchieved` are not achieved, on those grounds.
    public static func needsAssessment(
        _ id: String = "A-1", notAchieved: [AdultOutcome: [InabilityGround]],
        impairment: Bool = true, significantImpact: Bool = true, date: String = "2026-04-08",
        notes: [Note] = [], restricted: [String] = []
    ) -> NeedsAssessed {
        NeedsAssessed(
            metadata: meta(.socialWorker, date, reasons: ["assessed at home with the customer"],
                references: ["Care Act 2014 s9"], notes: notes, restricted: restricted),
            assessmentId: id, needsArisingFromImpairment: impairment,
            impairmentOrIllness: "physical disability",
            outcomes: AdultOutcome.allCases.map { o in
                AdultOutcomeFinding(outcome: o, achieved: notAchieved[o] == nil, grounds: notAchieved[o] ?? [])
            },
            wellbeingImpact: WellbeingImpact(significant: significantImpact, description: "isolated and at risk of falls"),
            participants: [Participant(name: "the customer", role: .customer)],
            advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false))
    }

    /// A carer's assessment in which the outcomes in `notAchieved` are not achieved.
    public static func carersAssessment(
        _ id: String = "CA-1", notAchieved: [CarerOutcome] = [], healthAtRisk: Bool = false,
        fromCaring: Bool = true, significantImpact: Bool = true, date: String = "2026-04-08"
    ) -> CarersAssessed {
        CarersAssessed(
            metadata: meta(.socialWorker, date, reasons: ["carer's assessment at home"], references: ["Care Act 2014 s10"]),
            assessmentId: id, caredForPerson: "her daughter", needsArisingFromCaring: fromCaring,
            healthAtRisk: healthAtRisk,
            outcomes: CarerOutcome.allCases.map { o in
                CarerOutcomeFinding(outcome: o, achieved: !notAchieved.contains(o),
                    grounds: notAchieved.contains(o) ? [.cannotWithoutAssistance] : [])
            },
            wellbeingImpact: WellbeingImpact(significant: significantImpact, description: "exhausted"),
            participants: [Participant(name: "the carer", role: .carer)],
            advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false),
            willingToContinueCaring: true)
    }

    /// Determines eligibility on assessment `id`.
    public static func determine(_ id: String = "A-1", eligible: Bool = true, date: String = "2026-04-09") -> CaseCommand {
        .determineEligibility(DetermineEligibility(
            metadata: meta(.socialWorker, date, reasons: eligible ? ["meets the national eligibility criteria"] : ["fewer than two outcomes not achieved"]),
            assessmentId: id, eligible: eligible))
    }

    /// Sends the eligibility notice for assessment `id`.
    public static func notice(_ id: String = "A-1", advice: Bool = true, date: String = "2026-04-09") -> CaseCommand {
        .sendEligibilityNotice(EligibilityNoticeSent(
            metadata: meta(.socialWorker, date), assessmentId: id, format: .standardPrint,
            sentTo: "the customer", includesAdviceAndInformation: advice))
    }

    // issue 15: notices
    /// A written notice (`sendNotice`) telling of the decision `decisionEventId`, by default to the
    /// person in a standard letter, stating every right.
    public static func sendNotice(
        _ noticeId: String = "N-1", _ subject: NoticeSubject, of decisionEventId: String,
        format: NoticeFormat = .standardPrint, language: String? = nil, to recipient: NoticeRecipient = .person,
        sentTo: String = "the customer", decided: String = "what was decided, in words",
        why: String = "why, in words", rights: [NoticeRight] = NoticeRight.allCases,
        role: StaffRole = .socialWorker, date: String = "2026-04-09"
    ) -> CaseCommand {
        .sendNotice(NoticeSent(
            metadata: meta(role, date), noticeId: noticeId, subject: subject, decisionEventId: decisionEventId,
            format: format, language: language, recipient: recipient, sentTo: sentTo,
            decisionStated: decided, reasonsStated: why, rightsStated: rights))
    }

    /// Completes a financial assessment (by default a full assessment: £252.10 income, £15,000 capital).
    public static func financial(
        _ id: String = "F-1", basis: FinancialAssessmentBasis = .fullAssessment,
        exemptions: [ContributionExemption] = [], income: Money = pounds(252, 10),
        capital: Money = pounds(15_000), category: String? = "single-pension-age",
        date: String = "2026-04-13"
    ) -> CaseCommand {
        .completeFinancialAssessment(CompleteFinancialAssessment(
            metadata: meta(.financialAssessmentOfficer, date, reasons: ["financial assessment completed"],
                references: ["Care and Support (Charging and Assessment of Resources) Regulations 2014"]),
            financialAssessmentId: id, basis: basis, exemptions: exemptions, capital: capital,
            weeklyIncome: income, incomeCategory: category))
    }

    /// Starts a period of reablement.
    public static func reablement(_ id: String = "R-1", date: String = "2026-04-02") -> CaseCommand {
        .startReablement(StartReablement(
            metadata: meta(.socialWorker, date), reablementId: id, provider: "Reablement Team",
            goals: ["wash and dress independently"]))
    }

    /// Ends reablement `id` with `outcome`.
    public static func endReablement(_ id: String = "R-1", outcome: ReablementOutcome = .ongoingNeeds, date: String) -> CaseCommand {
        .endReablement(ReablementEnded(metadata: meta(.socialWorker, date), reablementId: id, outcome: outcome))
    }

    /// Calculates an indicative budget of `weekly` from the resource allocation system.
    public static func indicative(_ weekly: Money = pounds(300), date: String = "2026-04-14") -> CaseCommand {
        .calculateIndicativeBudget(IndicativeBudgetCalculated(
            metadata: meta(.socialWorker, date, reasons: ["the Resource Allocation System scores from the assessment"], references: ["RAS v4"]), rasVersion: "RAS v4",
            inputs: [RASInput(question: "personal care", score: 12), RASInput(question: "community access", score: 8)],
            weeklyAmount: weekly))
    }

    /// Support plan components with every component filled in.
    public static func fullComponents() -> PlanComponents {
        PlanComponents([
            .importantToThePerson: "staying at home, seeing friends",
            .changesToAchieve: "get out twice a week",
            .howSupported: "personal assistants mornings and evenings; risks talked through",
            .budgetAndCost: "costs set out by line for the year",
            .dayToDayManagement: "the family manage the rota",
            .stayingInControl: "the customer decides; reviewed at 6 weeks",
            .actionsToMakeItHappen: "recruit assistants by May",
        ])
    }

    /// A plan line of `kind` costing `weekly`.
    public static func line(_ id: String, _ kind: ServiceKind, _ weekly: Money, _ description: String = "support") -> PlanLine {
        PlanLine(lineId: id, description: description, kind: kind, weeklyCost: weekly)
    }

    /// The standard plan lines: personal assistants £200.00 and day centre £40.00 a week.
    public static let standardLines = [
        line("L1", .personalAssistant, pounds(200), "personal assistants"),
        line("L2", .dayOpportunity, pounds(40), "day centre"),
    ]

    /// Support plan content (by default P-1 with the standard lines and every component).
    public static func plan(
        _ id: String = "P-1", lines: [PlanLine] = standardLines,
        components: PlanComponents = fullComponents()
    ) -> SupportPlanContent {
        SupportPlanContent(
            planId: id, author: .customer, components: components,
            needs: [NeedToMeet(need: "personal care", eligible: true, councilWillMeet: true, howMet: "personal assistants")],
            lines: lines, risks: [RiskEntry(risk: "falls", howManaged: "pendant alarm", owner: "the customer")],
            preventionAdvice: "falls prevention class")
    }

    /// Support plan content (by default P-1 with the standard lines and every component).
    public static func draft(_ plan: SupportPlanContent = plan(), date: String = "2026-04-20") -> CaseCommand {
        .draftSupportPlan(DraftSupportPlan(metadata: meta(.socialWorker, date), plan: plan))
    }

    /// Revises a support plan to `plan`.
    public static func revise(_ plan: SupportPlanContent, date: String, summary: String = "changed after review") -> CaseCommand {
        .reviseSupportPlan(ReviseSupportPlan(metadata: meta(.socialWorker, date), plan: plan, changeSummary: summary))
    }

    /// Sets the personal budget; the council pays what the customer does not unless `council` is given.
    public static func budget(
        total: Money = pounds(240), customer: Money = pounds(23, 10), council: Money? = nil,
        planId: String? = "P-1", date: String = "2026-04-27", role: StaffRole = .socialWorker
    ) -> CaseCommand {
        .setPersonalBudget(SetPersonalBudget(
            metadata: meta(role, date, reasons: ["costed plan agreed"]), planId: planId,
            weeklyTotal: total, weeklyCustomerContribution: customer,
            weeklyCouncilContribution: council ?? (total - customer)))
    }

    /// Signs off version `version` of plan `planId` as a team manager.
    public static func signOff(_ planId: String = "P-1", version: Int = 1, date: String = "2026-04-27") -> CaseCommand {
        .signOffPlan(SignOffPlan(
            metadata: meta(.teamManager, date, reasons: ["meets eligible needs within budget"]),
            planId: planId, version: version))
    }

    /// A delivery arrangement for `lines`, with the payment amount worked out from `frequency`.
    public static func arrangement(
        _ mechanism: DeliveryMechanism, lines: [String], weekly: Money,
        frequency: PaymentFrequency = .fourWeekly, heldBy: String = "the customer"
    ) -> DeliveryArrangement {
        let payment: Money = switch frequency {
        case .weekly, .oneOff: weekly
        case .fourWeekly: weekly.times(4)
        case .monthly: Money(pence: weekly.pence * 52 / 12)
        }
        return DeliveryArrangement(mechanism: mechanism, lineIds: lines, weeklyAmount: weekly,
            paymentAmount: payment, frequency: frequency, heldBy: heldBy)
    }

    /// Arranges delivery of plan `planId` (by default a direct payment for L1 and a managed account for L2).
    public static func deliver(
        _ planId: String = "P-1",
        _ arrangements: [DeliveryArrangement] = [
            arrangement(.directPayment, lines: ["L1"], weekly: pounds(200)),
            arrangement(.managedAccount, lines: ["L2"], weekly: pounds(40), frequency: .weekly, heldBy: "the council"),
        ],
        date: String = "2026-05-04"
    ) -> CaseCommand {
        .arrangeDelivery(ArrangeDelivery(metadata: meta(.socialWorker, date), planId: planId, arrangements: arrangements))
    }

    /// Requests an unplanned review at the customer's request.
    public static func requestReview(_ id: String = "RV-1", date: String = "2026-09-01") -> CaseCommand {
        .requestReview(ReviewRequested(
            metadata: meta(.socialWorker, date), reviewId: id, requestedBy: .customer,
            requesterName: "the customer", reason: .unplannedOther, changeOfCircumstances: "feels much better"))
    }

    /// Completes review `id` with `outcome`.
    public static func completeReview(
        _ id: String = "RV-1", outcome: ReviewOutcome = .noChange, stillEligible: Bool = true,
        invited: Bool = true, date: String = "2026-09-08"
    ) -> CaseCommand {
        .completeReview(ReviewCompleted(
            metadata: meta(.socialWorker, date, reasons: ["reviewed with the customer"]), reviewId: id,
            outcome: outcome, needsStillEligible: stillEligible, customerInvited: invited,
            participants: [Participant(name: "the customer", role: .customer)], findings: "see notes"))
    }

    /// Decides to withdraw services after review `reviewId`.
    public static func withdraw(_ reviewId: String = "RV-1", date: String = "2026-09-30") -> CaseCommand {
        .decideWithdrawal(WithdrawalDecided(
            metadata: meta(.socialWorker, date, reasons: ["needs no longer eligible after review"]),
            reviewId: reviewId))
    }

    /// Sends the withdrawal notice in large print.
    public static func withdrawalNotice(date: String = "2026-09-15") -> CaseCommand {
        .sendWithdrawalNotice(WithdrawalNoticeSent(metadata: meta(.socialWorker, date), format: .largePrint, sentTo: "the customer"))
    }

    /// Closes the case for `reason` (naming `receivingCouncil` when given).
    public static func close(_ reason: ClosureReason = .servicesWithdrawn, date: String = "2026-10-01", receivingCouncil: String? = nil) -> CaseCommand {
        .closeCase(CaseClosed(metadata: meta(.socialWorker, date, reasons: ["no further involvement"]), reason: reason, receivingCouncil: receivingCouncil))
    }

    /// Reopens a closed case on a new referral.
    public static func reopen(date: String = "2026-11-01") -> CaseCommand {
        .reopenCase(CaseReopened(metadata: meta(.socialWorker, date, reasons: ["new referral from GP"]), routeOfAccess: .communityOrOtherRoute))
    }

    /// Raises a challenge, by default to the council contribution, against `events`.
    public static func challenge(
        _ id: String = "CH-1", subject: ChallengeSubject = .councilContribution,
        on events: [String] = [], date: String = "2026-05-10"
    ) -> CaseCommand {
        .raiseChallenge(ChallengeRaised(
            metadata: meta(.socialWorker, date), challengeId: id, subject: subject,
            raisedBy: "the customer's daughter", details: "the budget is too low", challengedEventIds: events))
    }

    /// Escalates challenge `id` to `level`.
    public static func escalate(_ id: String = "CH-1", to level: ChallengeLevel, date: String = "2026-05-20", role: StaffRole = .socialWorker) -> CaseCommand {
        .escalateChallenge(EscalateChallenge(
            metadata: meta(role, date, reasons: ["not settled at the previous level"]), challengeId: id, toLevel: level))
    }

    /// Resolves challenge `id` with `outcome`.
    public static func resolve(_ id: String = "CH-1", outcome: ChallengeOutcome = .partlyUpheld, date: String = "2026-06-10", role: StaffRole = .socialWorker) -> CaseCommand {
        .resolveChallenge(ResolveChallenge(
            metadata: meta(role, date, reasons: ["panel advice accepted"]), challengeId: id, outcome: outcome,
            actions: ["revise the plan"]))
    }

    /// Records a Risk Enablement Panel decision, by default on challenge CH-1.
    public static func panel(_ id: String = "REP-1", challenge: String? = "CH-1", date: String = "2026-06-03") -> CaseCommand {
        .recordPanelDecision(RiskEnablementPanelDecided(
            metadata: meta(.panelChair, date, reasons: ["positive risk-taking supported"]),
            panelDecisionId: id, challengeId: challenge, attendees: ["Pat Chair", "Sam Patel", "OT lead"],
            risks: [RiskEntry(risk: "falls when out alone", howManaged: "mobile phone and check-in calls", owner: "S-1")],
            optionsConsidered: ["day centre only", "personal assistant for community access"],
            decision: "fund a personal assistant for community access", rationale: "least restrictive, meets outcomes",
            actionOwner: "S-1", reviewDate: day("2026-09-03")))
    }

    /// Receives a complaint about a matter dated `matter`.
    public static func complaint(_ id: String = "CO-1", challenge: String? = nil, matter: String = "2026-05-01", date: String = "2026-06-01") -> CaseCommand {
        .receiveComplaint(ReceiveComplaint(
            metadata: meta(.complaintsManager, date), complaintId: id, complainant: "the customer",
            about: "the way the budget was reduced", challengeId: challenge, matterDate: day(matter)))
    }

    /// Acknowledges complaint `id`, optionally with an agreed response date.
    public static func acknowledge(_ id: String = "CO-1", date: String = "2026-06-03", agreed: String? = nil) -> CaseCommand {
        .acknowledgeComplaint(AcknowledgeComplaint(
            metadata: meta(.complaintsManager, date), complaintId: id, agreedResponseDate: agreed.map(day)))
    }

    /// Responds to complaint `id` (partly upheld).
    public static func respond(_ id: String = "CO-1", ombudsman: Bool = true, signedBy: String = "Cara Jones", date: String = "2026-07-01") -> CaseCommand {
        .respondToComplaint(RespondToComplaint(
            metadata: meta(.complaintsManager, date), complaintId: id, finding: .partlyUpheld,
            conclusions: "the reduction was not explained in writing", remedialActions: ["apology", "written reasons"],
            ombudsmanRightsExplained: ombudsman, signedBy: signedBy))
    }

    /// Makes a best-interests decision on where to live.
    public static func bestInterests(
        _ id: String = "BI-1", lacksCapacity: Bool = true, date: String = "2026-04-10", capacityAssessmentId: String? = nil,
        matter: String = "where to live"
    ) -> CaseCommand {
        .makeBestInterestsDecision(BestInterestsDecisionMade(
            metadata: meta(.socialWorker, date, reasons: ["remaining at home is the least restrictive option"],
                references: ["Mental Capacity Act 2005 s4"]),
            decisionId: id, matter: matter, lacksCapacityForDecision: lacksCapacity,
            capacityAssessment: "assessed by the social worker with the CPN",
            personsWishes: "has lived here all her life and wants to stay",
            consulted: [Participant(name: "Community Practice Nurse", role: .professional)],
            optionsConsidered: ["residential care", "remain at home with a personal budget"],
            decision: "remain at home with a personal budget", leastRestrictiveOption: true,
            capacityAssessmentId: capacityAssessmentId))
    }

    /// Corrects event `target`, superseding it with `event`, acting as `role` (by default
    /// `correctionRole(for:)`).
    public static func correct(_ target: String, with event: CaseEvent, date: String = "2026-05-01", as role: StaffRole? = nil) -> CaseCommand {
        .correctEvent(EventCorrected(
            metadata: meta(role ?? correctionRole(for: event), date, reasons: ["recorded in error"]), supersedes: target, corrected: event))
    }

    /// The role a test corrects `event` under by default: the one the decision needed under the
    /// default authority (a financial assessment officer's, a team manager's for a sign-off), a
    /// social worker's for case work.
    public static func correctionRole(for event: CaseEvent) -> StaffRole {
        let needed = DecisionAuthority.standard.roles[DecisionAuthority.commandName(of: event.kind)] ?? []
        return needed.contains(.socialWorker) || needed.isEmpty ? .socialWorker : needed.sorted().first!
    }

    /// The test staff member who corrects `event` by default (holding `correctionRole(for:)`).
    public static func correctionActor(for event: CaseEvent) -> String {
        switch correctionRole(for: event) {
        case .financialAssessmentOfficer: TestStaff.financeOfficer
        case .teamManager: TestStaff.headOfService
        case .panelChair: TestStaff.panelChair
        case .complaintsManager: TestStaff.complaintsManager
        default: TestStaff.socialWorker
        }
    }

    /// Records the customer's dispute of an opinion in event `target`.
    public static func dispute(_ target: String, date: String = "2026-05-01") -> CaseCommand {
        .disputeOpinion(OpinionDisputed(
            metadata: meta(.socialWorker, date), targetEventId: target, disputedBy: "the customer",
            disputedStatement: "\"is not motivated\"", customerAccount: "I was unwell that day"))
    }
}

// issue 15: direct payments and capacity
extension Make {
    /// A capacity assessment `id` on `matter` (by default "where to live"): the functional test as
    /// given (by default unable to retain or weigh the information) and the finding it leads to.
    public static func capacity(
        _ id: String = "CAP-1", matter: String = "where to live", directPayment: Bool = false,
        impairment: Bool = true, understand: Bool = true, retain: Bool = false, weigh: Bool = false,
        communicate: Bool = true, lacksCapacity: Bool? = nil, date: String = "2026-04-08",
        role: StaffRole = .socialWorker
    ) -> CaseCommand {
        let fails = !(understand && retain && weigh && communicate)
        return .assessCapacity(CapacityAssessed(
            metadata: meta(role, date, reasons: ["she could not retain or weigh the information over two visits"],
                references: ["Mental Capacity Act 2005 ss2-3"]),
            assessmentId: id, assessedBy: "Sam Okafor, social worker", matter: matter,
            concernsDirectPayment: directPayment, impairmentOfMindOrBrain: impairment,
            canUnderstand: understand, canRetain: retain, canUseOrWeigh: weigh, canCommunicate: communicate,
            lacksCapacity: lacksCapacity ?? (impairment && fails)))
    }

    /// A direct payment agreement `id` paid to `recipient` (by default the person), £200 a week.
    public static func agreement(
        _ id: String = "DPA-1", recipient: DirectPaymentRecipient = .person, name: String = "the customer",
        capacityAssessmentId: String? = nil, weekly: Money = pounds(200), date: String = "2026-05-04"
    ) -> CaseCommand {
        .agreeDirectPayment(DirectPaymentAgreed(
            metadata: meta(.socialWorker, date, references: ["Care Act 2014 s31"]),
            agreementId: id, recipient: recipient, recipientName: name, capacityAssessmentId: capacityAssessmentId,
            weeklyAmount: weekly, monitoring: "quarterly bank statements to the direct payments team",
            reviewArrangements: "reviewed within the first 6 months, then at least every 12 months"))
    }

    /// The council's reg 3 decision `id` that paying `payee` (by default the person's daughter) is
    /// necessary to meet needs.
    public static func necessity(
        _ id: String = "DPN-1", payee: String = "Ann Hill", relationship: PayeeRelationship = .child,
        needs: Bool = true, administration: Bool = false, date: String = "2026-05-01", role: StaffRole = .socialWorker,
        reasons: [String] = ["no agency covers the night-time calls and he accepts personal care only from his daughter"]
    ) -> CaseCommand {
        .decideDirectPaymentNecessity(DirectPaymentNecessityDecided(
            metadata: meta(role, date, reasons: reasons,
                references: ["Care and Support (Direct Payments) Regulations 2014 reg 3"]),
            decisionId: id, payee: payee, relationship: relationship,
            necessaryToMeetNeeds: needs, necessaryForAdministration: administration))
    }

    /// A direct payment arrangement for `lines` paying `payee`, related as given.
    public static func payeeArrangement(
        lines: [String] = ["L1"], weekly: Money = pounds(200), payee: String = "Ann Hill",
        relationship: PayeeRelationship? = .child, inHousehold: Bool? = true
    ) -> DeliveryArrangement {
        var a = arrangement(.directPayment, lines: lines, weekly: weekly, heldBy: "the customer")
        a.payee = payee
        a.payeeRelationship = relationship
        a.payeeLivesInHousehold = inHousehold
        return a
    }

    /// A direct payment refused, with reasons (none when `reasons` is empty).
    public static func refuseDirectPayment(
        date: String = "2026-05-02",
        reasons: [String] = ["a court-ordered alcohol treatment requirement excludes direct payments"]
    ) -> CaseCommand {
        .refuseDirectPayment(DirectPaymentRefused(
            metadata: meta(.socialWorker, date, reasons: reasons,
                references: ["Care and Support (Direct Payments) Regulations 2014 reg 2"]),
            requestedBy: "the customer", requestedOn: day("2026-04-28")))
    }

    /// Direct payments terminated from `date`, with reasons (none when `reasons` is empty).
    public static func terminateDirectPayment(
        date: String = "2026-08-15",
        reasons: [String] = ["the payments were not used for the support in the plan for three months"]
    ) -> CaseCommand {
        .terminateDirectPayment(DirectPaymentTerminated(
            metadata: meta(.socialWorker, date, reasons: reasons, references: ["Care Act 2014 s33"]),
            alternativeArrangements: "a council-managed account pays the home care agency"))
    }
}
