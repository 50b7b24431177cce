import CaseLedger
import CaseLedgerTestSupport
import Testing

/// Every case rule, breaking and passing. Built once.
enum CaseRuleTable {
    static let opened = TestCase.adult(upTo: .opened)
    static let assessed = TestCase.adult(upTo: .assessed)
    static let eligible = TestCase.adult(upTo: .eligible)
    static let financial = TestCase.adult(upTo: .financiallyAssessed)
    static let indicative = TestCase.adult(upTo: .indicativeBudget)
    static let drafted = TestCase.adult(upTo: .planDrafted)
    static let budgeted = TestCase.adult(upTo: .budgetSet)
    static let signedOff = TestCase.adult(upTo: .signedOff)
    static let delivered = TestCase.adult(upTo: .delivered)
    static let closed = opened.then(Make.close(.informationAndAdviceOnly, date: "2026-04-02"))
    static let oneOutcome = opened.then(.assessNeeds(Make.needsAssessment(notAchieved: [.managingNutrition: [.takesSignificantlyLonger]])))
    static let reviewedOut = delivered.then(Make.completeReview(outcome: .withdrawalRecommended, stillEligible: false))
    static let withdrawn = reviewedOut.then(Make.withdraw(date: "2026-09-10"))
    static let challenged = delivered.then(Make.challenge())
    static let complained = delivered.then(Make.complaint(), by: TestStaff.complaintsManager)
    static let acknowledged = complained.then(Make.acknowledge(), by: TestStaff.complaintsManager)
    // issue 14: corrections
    /// Plan P-1 costing £400.00 a week (above the team manager's £250.00 limit) signed off by the
    /// head of service on 27 April, within a personal budget of £400.00.
    static let signedOffByHead: TestCase = {
        var c = TestCase.adult(upTo: .financiallyAssessed)
        c.record(Make.indicative(pounds(500)))
        c.record(Make.draft(Make.plan(lines: [Make.line("L1", .personalAssistant, pounds(360)), Make.line("L2", .dayOpportunity, pounds(40))])))
        c.record(Make.budget(total: pounds(400)))
        c.record(Make.signOff(), by: TestStaff.headOfService)
        return c
    }()
    /// The standard financial assessment F-1 with its contribution replaced by `weekly`, no
    /// other figure changed.
    static func financialAssessment(contribution weekly: Money) -> CaseEvent {
        guard case .financialAssessmentCompleted(var fa) = financial.lastEvent(of: "financialAssessmentCompleted") else { return financial.lastEvent(of: "financialAssessmentCompleted") }
        fa.weeklyContribution = weekly
        return .financialAssessmentCompleted(fa)
    }

    static var all: [RuleCase] { common + assessment + money + planning + later + limits + authority + directPayments + safeguard + carers + retention }

    // issue 14: h-limits
    /// The standard plan P-1 with `needs` instead of its one eligible need.
    static func plan(needs: [NeedToMeet]) -> SupportPlanContent {
        var p = Make.plan()
        p.needs = needs
        return p
    }

    /// Information and advice given, effective on `date`.
    static func advice(on date: String) -> CaseCommand {
        .giveInformationAndAdvice(InformationAndAdviceGiven(
            metadata: meta(.socialWorker, date), topics: ["direct payments"], signpostedTo: [], furtherActionNeeded: false))
    }

    /// `n` lines of `weekly` each.
    static func lines(_ n: Int, _ weekly: Money) -> [PlanLine] {
        (1...n).map { Make.line("L\($0)", .homeCare, weekly) }
    }

    static let limits: [RuleCase] = [
        RuleCase(rule: .amountOutOfRange, given: eligible,
            breaking: Make.financial(capital: Money(pence: 9_007_199_254_740_991)), breakingActor: TestStaff.financeOfficer,
            passing: Make.financial(capital: pounds(100_000_000)), passingActor: TestStaff.financeOfficer,
            message: "capital of £90,071,992,547,409.91 is above £100,000,000.00"),
        RuleCase(rule: .planTooManyLines, given: indicative,
            breaking: Make.draft(Make.plan(lines: lines(1_025, Money(pence: 9_007_199_254_740_991)))),
            passing: Make.draft(Make.plan(lines: lines(200, pounds(1)))),
            message: "plan P-1 has 1025 lines; a support plan has at most 200"),
        RuleCase(rule: .planNeedsMissing, given: indicative.then(Make.draft(plan(needs: [])), Make.budget()),
            breaking: Make.signOff(), breakingActor: TestStaff.teamManager, passingGiven: budgeted,
            passing: Make.signOff(), passingActor: TestStaff.teamManager,
            message: "plan P-1 version 1 of 20 April 2026 on C-1001 (Joe Bloggs) cannot be signed off: it specifies no needs"),
        RuleCase(rule: .personalBudgetForOtherPlan,
            given: budgeted.then(Make.draft(Make.plan("P-2", lines: [Make.line("L1", .homeCare, pounds(165))]), date: "2026-04-27")),
            breaking: Make.signOff("P-2"), breakingActor: TestStaff.teamManager,
            passingGiven: budgeted.then(Make.draft(Make.plan("P-2", lines: [Make.line("L1", .homeCare, pounds(165))]), date: "2026-04-27"),
                Make.budget(total: pounds(165), planId: "P-2")),
            passing: Make.signOff("P-2"), passingActor: TestStaff.teamManager,
            message: "the personal budget in force on 27 April 2026 (£240.00 a week, the budget of 27 April 2026) is for plan P-1 version 1"),
        RuleCase(rule: .effectiveDateOutOfRange, given: opened,
            breaking: advice(on: "9999-12-31"), breakingAt: at("2026-04-02T09:00:00Z"),
            passing: advice(on: "1900-01-01"),
            message: "takes effect between 1900-01-01 and 2027-04-03"),
        RuleCase(rule: .customerNameMissing, given: TestCase(),
            breaking: Make.referral(name: " \t "), passing: Make.referral(name: "Joe Bloggs"),
            message: "a referral must give the customer's name"),
    ]

    // issue 14: closing, withdrawal and authority by role
    static let authority: [RuleCase] = [
        RuleCase(rule: .decisionRoleNotAllowed, given: eligible,
            breaking: {
                guard case .completeFinancialAssessment(var p) = Make.financial() else { return Make.financial() }
                p.metadata.actingRole = .socialWorker
                return .completeFinancialAssessment(p)
            }(),
            passing: Make.financial(), passingActor: TestStaff.financeOfficer,
            message: "the configuration allows financialAssessmentOfficer"),
        RuleCase(rule: .closureWithServicesInForce, given: delivered, breaking: Make.close(.noEligibleNeeds),
            passing: Make.close(.died), message: "with services in force"),
    ]

    static let common: [RuleCase] = [
        RuleCase(rule: .staffUnknown, given: opened, breaking: Make.allocate(), breakingActor: "S-99",
            passing: Make.allocate()),
        RuleCase(rule: .actingRoleNotHeld, given: opened,
            breaking: .allocateWorker(WorkerAllocated(metadata: meta(.teamManager), workerId: "S-1")),
            passing: .allocateWorker(WorkerAllocated(metadata: meta(.socialWorker), workerId: "S-1"))),
        RuleCase(rule: .recordedTimeBackdated, given: opened, breaking: Make.allocate(),
            breakingAt: at("2026-04-01T08:00:00Z"), passing: Make.allocate()),
        RuleCase(rule: .caseNotOpened, given: TestCase(), breaking: Make.allocate(), passing: Make.referral()),
        // issue 14: one way in for domain events
        RuleCase(rule: .importedMarkerReserved, given: opened,
            breaking: .allocateWorker(WorkerAllocated(
                metadata: DecisionMetadata(actingRole: .socialWorker, effectiveDate: day("2026-04-01"),
                    imported: ImportedFrom(from: "CareFirst", sourceRef: "CF-1")),
                workerId: "S-1")),
            passing: Make.allocate()),
        RuleCase(rule: .caseAlreadyOpened, given: opened, breaking: Make.referral(),
            passing: .giveInformationAndAdvice(InformationAndAdviceGiven(
                metadata: meta(), topics: ["falls prevention"], signpostedTo: ["Age UK"], furtherActionNeeded: true))),
        RuleCase(rule: .caseClosed, given: closed,
            breaking: .assessNeeds(Make.needsAssessment(notAchieved: [:], date: "2026-04-08")),
            passing: Make.challenge(date: "2026-04-08")),
        RuleCase(rule: .caseNotClosed, given: opened, breaking: Make.reopen(), passingGiven: closed,
            passing: Make.reopen()),
        RuleCase(rule: .idAlreadyUsed, given: assessed,
            breaking: .assessNeeds(Make.needsAssessment("A-1", notAchieved: [:], date: "2026-04-20")),
            passing: .assessNeeds(Make.needsAssessment("A-2", notAchieved: [:], date: "2026-04-20"))),
        // issue 16: ids
        RuleCase(rule: .idInvalid, given: assessed,
            breaking: .assessNeeds(Make.needsAssessment("A-\u{212A}", notAchieved: [:], date: "2026-04-20")),
            passing: .assessNeeds(Make.needsAssessment("A-K", notAchieved: [:], date: "2026-04-20"))),
        // issue 16: staff ids
        RuleCase(rule: .staffIdLookAlike, given: StaffIdRuleTests.opened,
            breaking: .assessNeeds(Make.needsAssessment(notAchieved: [:])), breakingActor: StaffIdRuleTests.kelvin,
            passing: .assessNeeds(Make.needsAssessment(notAchieved: [:])), passingActor: "S-K",
            message: "U+212A KELVIN SIGN where the register has U+004B LATIN CAPITAL LETTER K"),
        RuleCase(rule: .reasonsRequired, given: opened,
            breaking: .closeCase(CaseClosed(metadata: meta(reasons: []), reason: .informationAndAdviceOnly)),
            passing: .closeCase(CaseClosed(metadata: meta(reasons: ["advice was all that was needed"]), reason: .informationAndAdviceOnly))),
        RuleCase(rule: .amountInvalid, given: eligible, breaking: Make.indicative(Money(pence: -1)),
            passing: Make.indicative()),
        RuleCase(rule: .restrictedFieldUnknown, given: opened,
            breaking: .assessNeeds(Make.needsAssessment(notAchieved: [:], restricted: ["neighbourReport"])),
            passing: .assessNeeds(Make.needsAssessment(notAchieved: [:], restricted: ["participants"]))),
        RuleCase(rule: .allocatedWorkerUnknown, given: opened, breaking: Make.allocate("S-99"),
            passing: Make.allocate(TestStaff.nurse)),
    ]

    static let assessment: [RuleCase] = [
        RuleCase(rule: .assessmentOutcomesIncomplete, given: opened,
            breaking: .assessNeeds({
                var a = Make.needsAssessment(notAchieved: [.managingNutrition: [.cannotWithoutAssistance]])
                a.outcomes.removeLast()
                return a
            }()),
            passing: .assessNeeds(Make.needsAssessment(notAchieved: [.managingNutrition: [.cannotWithoutAssistance]])),
            message: "does not record the outcome \"carrying out any caring responsibilities the adult has for a child\""),
        RuleCase(rule: .assessmentKindMismatch, given: opened, breaking: .assessCarer(Make.carersAssessment()),
            passing: .assessNeeds(Make.needsAssessment(notAchieved: [:]))),
        RuleCase(rule: .assessmentUnknown, given: assessed, breaking: Make.determine("A-9"),
            passing: Make.determine("A-1")),
        RuleCase(rule: .eligibilityThreePartTest, given: oneOutcome, breaking: Make.determine(eligible: true),
            passing: Make.determine(eligible: false),
            message: "unable to achieve 1 of the outcomes (managing and maintaining nutrition); the test needs 2 or more"),
        RuleCase(rule: .eligibilityNotDetermined, given: assessed, breaking: Make.notice(), passingGiven: eligible,
            passing: Make.notice()),
        RuleCase(rule: .eligibilityNoticeIncomplete, given: oneOutcome.then(Make.determine(eligible: false)),
            breaking: Make.notice(advice: false), passing: Make.notice(advice: true)),
        RuleCase(rule: .eligibilityRequired, given: assessed, breaking: Make.indicative(), passingGiven: eligible,
            passing: Make.indicative()),
    ]

    static let money: [RuleCase] = [
        RuleCase(rule: .rateTableMissing, given: eligible, breaking: Make.financial(category: "couple"),
            breakingActor: TestStaff.financeOfficer, passing: Make.financial(), passingActor: TestStaff.financeOfficer),
        RuleCase(rule: .contributionExempt,
            given: eligible.then(Make.financial(basis: .exempt, exemptions: [.section117Aftercare]), by: TestStaff.financeOfficer)
                .then(Make.indicative()),
            breaking: Make.budget(customer: pounds(10), planId: nil), passing: Make.budget(customer: .zero, planId: nil),
            message: "s117 mental health aftercare is free"),
        RuleCase(rule: .exemptionUnnamed, given: eligible, breaking: Make.financial(basis: .exempt),
            breakingActor: TestStaff.financeOfficer,
            passing: Make.financial(basis: .exempt, exemptions: [.creutzfeldtJakobDisease]),
            passingActor: TestStaff.financeOfficer),
        RuleCase(rule: .contributionInFreeReablement,
            given: opened.then(Make.reablement(date: "2026-04-02")).then(
                .assessNeeds(Make.needsAssessment(notAchieved: [.managingNutrition: [.cannotWithoutAssistance], .managingToiletNeeds: [.cannotWithoutAssistance]])),
                Make.determine()),
            breaking: Make.financial(date: "2026-04-13"), breakingActor: TestStaff.financeOfficer,
            passing: Make.financial(date: "2026-05-14"), passingActor: TestStaff.financeOfficer,
            message: "make it effective from 14 May 2026 at the earliest — Care and Support (Charging and Assessment of Resources) Regulations 2014 reg 3"),
        RuleCase(rule: .contributionNotAssessed, given: eligible.then(Make.indicative()),
            breaking: Make.budget(customer: pounds(10), planId: nil), passing: Make.budget(customer: .zero, planId: nil)),
        RuleCase(rule: .budgetContributionMismatch, given: indicative, breaking: Make.budget(customer: pounds(20), planId: nil),
            passing: Make.budget(customer: pounds(23, 10), planId: nil),
            message: "must be £23.10 a week"),
        RuleCase(rule: .budgetSplitMismatch, given: indicative,
            breaking: Make.budget(total: pounds(240), customer: pounds(23, 10), council: pounds(200), planId: nil),
            passing: Make.budget(total: pounds(240), customer: pounds(23, 10), council: pounds(216, 90), planId: nil)),
        RuleCase(rule: .budgetAboveIndicativeUnauthorised, given: indicative, breaking: Make.budget(total: pounds(320), planId: nil),
            passing: Make.budget(total: pounds(320), planId: nil, role: .teamManager), passingActor: TestStaff.headOfService),
        RuleCase(rule: .indicativeBudgetMissing, given: financial, breaking: Make.draft(), passingGiven: indicative,
            passing: Make.draft()),
        RuleCase(rule: .reablementAlreadyActive, given: opened.then(Make.reablement()),
            breaking: Make.reablement("R-2", date: "2026-04-20"),
            passingGiven: opened.then(Make.reablement(), Make.endReablement(date: "2026-04-15")),
            passing: Make.reablement("R-2", date: "2026-04-20")),
        RuleCase(rule: .reablementNotActive, given: opened.then(Make.reablement(), Make.endReablement(date: "2026-04-15")),
            breaking: Make.endReablement(date: "2026-04-16"), passingGiven: opened.then(Make.reablement()),
            passing: Make.endReablement(date: "2026-04-16")),
    ]

    static let costlyPlan = financial.then(Make.indicative(pounds(400)), Make.draft(Make.plan(lines: [
        Make.line("L1", .personalAssistant, pounds(270)), Make.line("L2", .dayOpportunity, pounds(40)),
    ])), Make.budget(total: pounds(310)))
    static let councilServicePlan = financial.then(Make.indicative(), Make.draft(Make.plan(lines: [
        Make.line("L1", .personalAssistant, pounds(200)), Make.line("L2", .councilProvidedService, pounds(40), "council day centre"),
    ])), Make.budget()).then(Make.signOff(), by: TestStaff.teamManager)

    static let planning: [RuleCase] = [
        RuleCase(rule: .planUnknown, given: drafted, breaking: Make.revise(Make.plan("P-9"), date: "2026-04-21"),
            passing: Make.revise(Make.plan("P-1"), date: "2026-04-21")),
        RuleCase(rule: .planVersionNotCurrent, given: budgeted, breaking: Make.signOff(version: 2),
            breakingActor: TestStaff.teamManager, passing: Make.signOff(version: 1), passingActor: TestStaff.teamManager),
        RuleCase(rule: .planLinesInvalid, given: indicative,
            breaking: Make.draft(Make.plan(lines: [Make.line("L1", .homeCare, pounds(10)), Make.line("L1", .homeCare, pounds(20))])),
            passing: Make.draft()),
        // issue 15: charging
        RuleCase(rule: .planLineExemptionInvalid, given: indicative,
            breaking: Make.draft(Make.plan(lines: [PlanLine(lineId: "L1", description: "level-access shower", kind: .equipment,
                weeklyCost: .zero, oneOffCost: pounds(4_500), exemption: .minorAdaptation)])),
            passing: Make.draft(Make.plan(lines: [PlanLine(lineId: "L1", description: "grab rail", kind: .equipment,
                weeklyCost: .zero, oneOffCost: pounds(85), exemption: .minorAdaptation)])),
            message: "reg 3(3)"),
        RuleCase(rule: .planComponentsMissing,
            given: indicative.then(Make.draft(Make.plan(components: {
                var c = Make.fullComponents()
                c[.budgetAndCost] = nil
                return c
            }())), Make.budget()),
            breaking: Make.signOff(), breakingActor: TestStaff.teamManager, passingGiven: budgeted,
            passing: Make.signOff(), passingActor: TestStaff.teamManager,
            message: "cannot be signed off: component 4 (cost for the year) is missing — support planning training deck, the 7 essential components of a support plan"),
        RuleCase(rule: .planCostExceedsBudget, given: drafted.then(Make.budget(total: pounds(230))),
            breaking: Make.signOff(), breakingActor: TestStaff.teamManager, passingGiven: budgeted,
            passing: Make.signOff(), passingActor: TestStaff.teamManager,
            message: "costs £240.00 a week, more than the agreed personal budget of £230.00 a week"),
        RuleCase(rule: .personalBudgetMissing, given: drafted, breaking: Make.signOff(),
            breakingActor: TestStaff.teamManager, passingGiven: budgeted, passing: Make.signOff(),
            passingActor: TestStaff.teamManager),
        RuleCase(rule: .signOffAuthorityMissing, given: budgeted, breaking: Make.signOff(),
            breakingActor: TestStaff.panelChair, passing: Make.signOff(), passingActor: TestStaff.teamManager),
        RuleCase(rule: .signOffLimitExceeded, given: costlyPlan, breaking: Make.signOff(),
            breakingActor: TestStaff.teamManager, passing: Make.signOff(), passingActor: TestStaff.headOfService,
            message: "cannot be signed off by Tess Morgan (S-2): they hold sign-off authority up to £250.00 a week on 27 April 2026, and the plan costs £310.00 a week; ask someone whose limit covers it — Wiltshire SDS policy 2014, 3. Support planning"),
        RuleCase(rule: .planAlreadySignedOff, given: signedOff, breaking: Make.signOff(),
            breakingActor: TestStaff.teamManager, passingGiven: budgeted, passing: Make.signOff(),
            passingActor: TestStaff.teamManager),
        RuleCase(rule: .planNotSignedOff, given: budgeted, breaking: Make.deliver(), passingGiven: signedOff,
            passing: Make.deliver()),
        RuleCase(rule: .deliveryLineUnknown, given: signedOff,
            breaking: Make.deliver("P-1", [Make.arrangement(.directPayment, lines: ["L9"], weekly: pounds(10))]),
            passing: Make.deliver()),
        RuleCase(rule: .directPaymentExcludedService, given: councilServicePlan,
            breaking: Make.deliver("P-1", [Make.arrangement(.directPayment, lines: ["L1", "L2"], weekly: pounds(240))]),
            passing: Make.deliver(),
            message: "a direct payment to Joe Bloggs cannot pay for line L2 (council day centre: councilProvidedService)"),
        RuleCase(rule: .deliveryExceedsBudget, given: signedOff,
            breaking: Make.deliver("P-1", [
                Make.arrangement(.directPayment, lines: ["L1"], weekly: pounds(200)),
                Make.arrangement(.managedAccount, lines: ["L2"], weekly: pounds(60)),
            ]),
            passing: Make.deliver()),
    ]

    static let later: [RuleCase] = [
        RuleCase(rule: .reviewAlreadyCompleted, given: delivered.then(Make.completeReview()),
            breaking: Make.completeReview(date: "2026-10-01"), passing: Make.completeReview("RV-2", date: "2026-10-01")),
        RuleCase(rule: .reviewCustomerNotInvited, given: delivered, breaking: Make.completeReview(invited: false),
            passing: Make.completeReview(invited: true)),
        RuleCase(rule: .reviewOutcomeInconsistent, given: delivered,
            breaking: Make.completeReview(outcome: .withdrawalRecommended, stillEligible: true),
            passing: Make.completeReview(outcome: .withdrawalRecommended, stillEligible: false)),
        RuleCase(rule: .withdrawalWithoutReview, given: delivered.then(Make.completeReview()),
            breaking: Make.withdraw(), passingGiven: reviewedOut, passing: Make.withdraw()),
        RuleCase(rule: .withdrawalAlreadyDecided, given: withdrawn, breaking: Make.withdraw(),
            passingGiven: reviewedOut, passing: Make.withdraw()),
        RuleCase(rule: .withdrawalNotDecided, given: reviewedOut, breaking: Make.withdrawalNotice(),
            passingGiven: withdrawn, passing: Make.withdrawalNotice()),
        RuleCase(rule: .closureBeforeWithdrawalNotice, given: withdrawn, breaking: Make.close(),
            passingGiven: withdrawn.then(Make.withdrawalNotice()), passing: Make.close()),
        RuleCase(rule: .challengeUnknown, given: challenged, breaking: Make.escalate("CH-9", to: .lineManager),
            passing: Make.escalate("CH-1", to: .lineManager)),
        RuleCase(rule: .challengedEventUnknown, given: delivered, breaking: Make.challenge(on: ["E-999"]),
            passing: Make.challenge(on: [delivered.lastId(of: "personalBudgetSet")])),
        RuleCase(rule: .challengeNotOpen, given: challenged.then(Make.resolve(date: "2026-05-12")),
            breaking: Make.escalate(to: .lineManager), passingGiven: challenged,
            passing: Make.escalate(to: .lineManager)),
        RuleCase(rule: .challengeEscalationOrder, given: challenged, breaking: Make.escalate(to: .riskEnablementPanel),
            passing: Make.escalate(to: .lineManager),
            message: "it escalates next to the line manager"),
        RuleCase(rule: .panelChallengeNotReferred, given: challenged, breaking: Make.panel(),
            breakingActor: TestStaff.panelChair,
            passingGiven: challenged.then(Make.escalate(to: .lineManager), Make.escalate(to: .riskEnablementPanel, date: "2026-05-27")),
            passing: Make.panel(), passingActor: TestStaff.panelChair),
        RuleCase(rule: .complaintUnknown, given: complained, breaking: Make.acknowledge("CO-9"),
            breakingActor: TestStaff.complaintsManager, passing: Make.acknowledge(),
            passingActor: TestStaff.complaintsManager),
        RuleCase(rule: .complaintAlreadyAcknowledged, given: acknowledged, breaking: Make.acknowledge(date: "2026-06-04"),
            breakingActor: TestStaff.complaintsManager, passingGiven: complained,
            passing: Make.acknowledge(date: "2026-06-04"), passingActor: TestStaff.complaintsManager),
        RuleCase(rule: .complaintNotAcknowledged, given: complained, breaking: Make.respond(),
            breakingActor: TestStaff.complaintsManager, passingGiven: acknowledged, passing: Make.respond(),
            passingActor: TestStaff.complaintsManager),
        RuleCase(rule: .complaintAlreadyResponded, given: acknowledged.then(Make.respond(), by: TestStaff.complaintsManager),
            breaking: Make.respond(date: "2026-07-02"), breakingActor: TestStaff.complaintsManager,
            passingGiven: acknowledged, passing: Make.respond(date: "2026-07-02"),
            passingActor: TestStaff.complaintsManager),
        RuleCase(rule: .complaintResponseIncomplete, given: acknowledged, breaking: Make.respond(ombudsman: false, signedBy: ""),
            breakingActor: TestStaff.complaintsManager, passing: Make.respond(),
            passingActor: TestStaff.complaintsManager,
            message: "it is not signed; it does not explain the right to go to the Ombudsman"),
        RuleCase(rule: .bestInterestsRequiresLackOfCapacity, given: opened, breaking: Make.bestInterests(lacksCapacity: false),
            passing: Make.bestInterests(lacksCapacity: true)),
        RuleCase(rule: .correctionTargetUnknown, given: financial,
            breaking: Make.correct("E-999", with: financial.lastEvent(of: "financialAssessmentCompleted")),
            breakingActor: TestStaff.financeOfficer,
            passing: Make.correct(financial.lastId(of: "financialAssessmentCompleted"),
                with: financial.lastEvent(of: "financialAssessmentCompleted")),
            passingActor: TestStaff.financeOfficer),
        RuleCase(rule: .correctionTypeMismatch, given: financial,
            breaking: Make.correct(financial.lastId(of: "financialAssessmentCompleted"), with: financial.lastEvent(of: "referralReceived"),
                as: .financialAssessmentOfficer),
            breakingActor: TestStaff.financeOfficer,
            passing: Make.correct(financial.lastId(of: "financialAssessmentCompleted"),
                with: financial.lastEvent(of: "financialAssessmentCompleted")),
            passingActor: TestStaff.financeOfficer),
        RuleCase(rule: .correctionTargetNotCorrectable,
            given: financial.then(Make.correct(financial.lastId(of: "financialAssessmentCompleted"),
                with: financial.lastEvent(of: "financialAssessmentCompleted")), by: TestStaff.financeOfficer),
            breaking: Make.correct("E-\(financial.recorded.count + 1)", with: financial.lastEvent(of: "financialAssessmentCompleted")),
            breakingActor: TestStaff.financeOfficer,
            passing: Make.correct(financial.lastId(of: "financialAssessmentCompleted"),
                with: financial.lastEvent(of: "financialAssessmentCompleted")),
            passingActor: TestStaff.financeOfficer),
        // issue 14: corrections
        RuleCase(rule: .correctionNotAsDecided, given: financial,
            breaking: Make.correct(financial.lastId(of: "financialAssessmentCompleted"), with: financialAssessment(contribution: pounds(10))),
            breakingActor: TestStaff.financeOfficer,
            passing: Make.correct(financial.lastId(of: "financialAssessmentCompleted"), with: financialAssessment(contribution: pounds(23, 10))),
            passingActor: TestStaff.financeOfficer,
            message: "weeklyContribution £10.00, but the rules give weeklyContribution £23.10"),
        RuleCase(rule: .correctionAuthorityMissing, given: signedOffByHead,
            breaking: Make.correct(signedOffByHead.lastId(of: "planSignedOff"), with: signedOffByHead.lastEvent(of: "planSignedOff"), as: .teamManager),
            breakingActor: TestStaff.teamManager,
            passing: Make.correct(signedOffByHead.lastId(of: "planSignedOff"), with: signedOffByHead.lastEvent(of: "planSignedOff"), as: .teamManager),
            passingActor: TestStaff.headOfService,
            message: "Tess Morgan (S-2) holds sign-off authority up to £250.00 a week"),
        RuleCase(rule: .disputeTargetUnknown, given: assessed, breaking: Make.dispute("E-999"),
            passing: Make.dispute(assessed.lastId(of: "needsAssessed"))),
        // issue 15: notices
        RuleCase(rule: .noticeDecisionUnknown, given: assessed, breaking: Make.sendNotice("N-1", .assessmentCopy, of: "E-999"),
            passing: Make.sendNotice("N-1", .assessmentCopy, of: assessed.lastId(of: "needsAssessed")),
            message: "which is not a decision recorded on Joe Bloggs's case C-1001 — Care Act 2014 s12(3)"),
        RuleCase(rule: .noticeSubjectMismatch, given: assessed, breaking: Make.sendNotice("N-1", .supportPlanCopy, of: assessed.lastId(of: "needsAssessed")),
            passing: Make.sendNotice("N-1", .assessmentCopy, of: assessed.lastId(of: "needsAssessed")),
            message: "but it tells of the needs assessment A-1 of 8 April 2026"),
        RuleCase(rule: .noticeRightsMissing, given: assessed,
            breaking: Make.sendNotice("N-1", .assessmentCopy, of: assessed.lastId(of: "needsAssessed"), rights: [.ombudsman]),
            passing: Make.sendNotice("N-1", .assessmentCopy, of: assessed.lastId(of: "needsAssessed")),
            message: "does not state how to challenge the decision and how to complain — LGSCO guidance"),
        RuleCase(rule: .noticeContentMissing, given: assessed,
            breaking: Make.sendNotice("N-1", .assessmentCopy, of: assessed.lastId(of: "needsAssessed"), decided: ""),
            passing: Make.sendNotice("N-1", .assessmentCopy, of: assessed.lastId(of: "needsAssessed")),
            message: "must state what was decided — LGSCO principles"),
    ]

    // issue 15: carers
    /// A carer's case C-2002 told of the adult's case C-1001 (an adult's, open), and told of
    /// another carer's case C-3003.
    static let carer: TestCase = {
        var c = TestCase()
        c.stream = "C-2002"
        c.record(Make.referral(.carer, name: "Mrs E", caredFor: "her daughter"))
        c.linkedCases = [
            "C-1001": LinkedCaseFacts(caseId: "C-1001", kind: .adult, isClosed: false),
            "C-3003": LinkedCaseFacts(caseId: "C-3003", kind: .carer, isClosed: false),
        ]
        return c
    }()
    static let reabling = opened.then(Make.reablement(date: "2026-04-02"))

    static let carers: [RuleCase] = [
        RuleCase(rule: .carerLinkCaseUnknown, given: carer, breaking: .linkCarer(Make.link(to: "C-9", otherKind: .adult)),
            passing: .linkCarer(Make.link(to: "C-1001", otherKind: .adult)), message: "there is no case C-9 on this ledger"),
        RuleCase(rule: .carerLinkKindMismatch, given: carer, breaking: .linkCarer(Make.link(to: "C-3003", otherKind: .carer)),
            passing: .linkCarer(Make.link(to: "C-1001", otherKind: .adult)), message: "are both carers' cases"),
        RuleCase(rule: .carersAssessmentOfferInvalid, given: carer, breaking: Make.offer(to: "Mrs E"),
            passingGiven: assessed, passing: Make.offer(to: "Mrs E"), message: "is a carer's own case"),
        RuleCase(rule: .carersAssessmentRefusalWords, given: assessed, breaking: Make.offer(to: "Mrs E", response: .refused),
            passing: Make.offer(to: "Mrs E", response: .refused, words: "I manage, thank you"), message: "Care Act 2014 s10(7)"),
        RuleCase(rule: .reablementProgressOutsidePeriod, given: reabling, breaking: Make.progress(date: "2026-04-01"),
            passing: Make.progress(date: "2026-04-02"), message: "the period started on 2 April 2026"),
        RuleCase(rule: .reablementProgressIncomplete, given: reabling, breaking: Make.progress(date: "2026-04-03", words: ""),
            passing: Make.progress(date: "2026-04-03"), message: "the person's own words"),
    ]
}
