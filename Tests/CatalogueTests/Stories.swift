import CaseLedger
import CaseLedgerTestSupport
import Testing

/// The seed stories of `Tests/CaseLedgerTests/Scenarios`, recorded through `decide` without their
/// assertions: the events the code writes for Joe, Paul, Mrs A, Mrs C and Mrs E the carer.
enum Stories {
    /// Joe's case.
    static let joe: TestCase = {
        var c = TestCase()
        c.stream = "C-JOE"
        c.record(.receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-04-01"), customerName: "Joe", caseKind: .adult,
            routeOfAccess: .plannedEntryTransition, source: .family, referrerName: "Joe's mother",
            presentingNeed: "home care sends too many different people; Joe needs two people at a time",
            caredForPerson: nil)))
        c.record(Make.allocate())
        c.record(.assessNeeds(Make.needsAssessment(notAchieved: [
            .maintainingPersonalHygiene: [.cannotWithoutAssistance],
            .beingAppropriatelyClothed: [.cannotWithoutAssistance],
            .managingNutrition: [.cannotWithoutAssistance],
            .usingTheHomeSafely: [.endangersHealthOrSafety],
            .usingCommunityFacilitiesAndServices: [.cannotWithoutAssistance],
            .accessingWorkTrainingEducationOrVolunteering: [.cannotWithoutAssistance],
        ])))
        c.record(Make.determine())
        c.record(Make.notice())
        c.record(.completeFinancialAssessment(CompleteFinancialAssessment(
            metadata: meta(.financialAssessmentOfficer, "2026-04-13", reasons: ["benefits maximised first"]),
            financialAssessmentId: "F-1", basis: .fullAssessment, exemptions: [], capital: pounds(2_000),
            weeklyIncome: pounds(180), incomeCategory: "single-25-to-pension-age",
            weeklyDisabilityRelatedExpenditure: pounds(20), weeklyHousingCosts: .zero)), by: TestStaff.financeOfficer)
        c.record(Make.indicative(pounds(900)))
        let plan = SupportPlanContent(
            planId: "P-1", author: .chosenPerson, components: PlanComponents([
                .importantToThePerson: "the same few people he knows; his community; exercise that helps him sleep",
                .changesToAchieve: "gym and swimming, National Trust parks, fairs, the local college",
                .howSupported: "four personal assistants on a rota, two at a time, able to stay over",
                .budgetAndCost: "£860.00 a week, £44,720.00 a year",
                .dayToDayManagement: "his mother writes the monthly rota; accountants run PAYE; insurance held",
                .stayingInControl: "Joe and the people who know him best decide; review at 6 weeks",
                .actionsToMakeItHappen: "recruit four PAs by June; gym membership; college place",
            ]),
            needs: [NeedToMeet(need: "personal care and community access", eligible: true, councilWillMeet: true,
                howMet: "personal assistants employed through a direct payment")],
            lines: [
                PlanLine(lineId: "L1", description: "four personal assistants, two at a time", kind: .personalAssistant,
                    weeklyCost: pounds(820), provider: "employed by the family", unitsPerWeek: 56),
                PlanLine(lineId: "L2", description: "gym and pool membership for Joe and a PA", kind: .communityActivity,
                    weeklyCost: pounds(15), provider: "local gym"),
                PlanLine(lineId: "L3", description: "payroll and employer's insurance", kind: .otherSupport,
                    weeklyCost: pounds(25), provider: "local accountants"),
            ],
            risks: [RiskEntry(risk: "PA absence leaves one person on shift", howManaged: "rota of four covers absence", owner: "Joe's mother")],
            preventionAdvice: "keep active to help sleep")
        c.record(Make.draft(plan))
        c.record(Make.budget(total: pounds(860), customer: pounds(24)))
        c.record(Make.signOff(), by: TestStaff.headOfService)
        c.record(Make.deliver("P-1", [
            Make.arrangement(.directPayment, lines: ["L1", "L2", "L3"], weekly: pounds(860), frequency: .monthly,
                heldBy: "Joe's mother, as his suitable person"),
        ]))
        return c
    }()

    /// Paul's case.
    static let paul: TestCase = {
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
        return c
    }()

    /// Mrs A's case.
    static let mrsA: TestCase = {
        var c = TestCase()
        c.stream = "C-MRSA"
        let nurse = TestStaff.nurse
        c.record(.receiveReferral(ReferralReceived(
            metadata: meta(.communityPsychiatricNurse, "2026-04-01"), customerName: "Mrs A", caseKind: .adult,
            routeOfAccess: .communityOrOtherRoute, source: .nhsProfessional, referrerName: "Mental Health Team",
            presentingNeed: "risk of harm at home; team considering residential care", caredForPerson: nil)), by: nurse)
        c.record(Make.allocate(nurse), by: nurse)
        c.record(.assessNeeds(Make.needsAssessment(
            notAchieved: [
                .managingNutrition: [.cannotWithoutAssistance],
                .usingTheHomeSafely: [.endangersHealthOrSafety],
                .maintainingAHabitableHome: [.cannotWithoutAssistance],
            ],
            notes: [.opinion("risk and mental health problems too great for her to remain at home",
                whose: "Mental Health Team", restricted: false)])), by: nurse)
        let assessment = c.lastId(of: "needsAssessed")
        c.record(Make.bestInterests(), by: nurse)
        c.record(Make.determine(), by: nurse)
        c.record(Make.notice(), by: nurse)
        c.record(Make.financial(income: pounds(200), capital: pounds(20_000)), by: TestStaff.financeOfficer)
        c.record(Make.indicative(pounds(350)), by: nurse)
        c.record(Make.draft(Make.plan(lines: [
            Make.line("L1", .homeCare, pounds(210), "daily support at home from a familiar team"),
            Make.line("L2", .dayOpportunity, pounds(60), "mental health day service"),
        ])), by: nurse)
        c.record(Make.budget(total: pounds(270), customer: .zero), by: nurse)
        c.record(Make.signOff(), by: TestStaff.headOfService)
        c.record(Make.deliver("P-1", [
            Make.arrangement(.managedAccount, lines: ["L1", "L2"], weekly: pounds(270), frequency: .weekly, heldBy: "the council"),
        ]), by: nurse)
        c.record(Make.dispute(assessment, date: "2026-05-10"), by: nurse)
        return c
    }()

    /// Mrs C's case.
    static let mrsC: TestCase = {
        var c = TestCase()
        c.stream = "C-MRSC"
        c.record(Make.referral(name: "Mrs C", route: .communityOrOtherRoute))
        c.record(Make.allocate())
        c.record(.assessNeeds(Make.needsAssessment(notAchieved: [
            .maintainingPersonalHygiene: [.cannotWithoutAssistance],
            .beingAppropriatelyClothed: [.takesSignificantlyLonger],
            .maintainingAHabitableHome: [.cannotWithoutAssistance],
            .developingFamilyAndOtherRelationships: [.cannotWithoutAssistance],
            .usingCommunityFacilitiesAndServices: [.cannotWithoutAssistance],
        ])))
        c.record(Make.determine())
        c.record(Make.notice())
        c.record(Make.financial(income: pounds(260), capital: pounds(10_000)), by: TestStaff.financeOfficer)
        c.record(Make.indicative(pounds(220)))
        c.record(Make.draft(Make.plan(lines: [
            Make.line("L1", .personalAssistant, pounds(150), "PA of her choice: personal care, finances, church meetings"),
            Make.line("L2", .homeCare, pounds(40), "cleaning and shopping"),
            Make.line("L3", .transport, pounds(15), "community transport"),
        ])))
        c.record(Make.budget(total: pounds(205), customer: pounds(28)))
        c.record(Make.signOff(), by: TestStaff.teamManager)
        c.record(Make.deliver("P-1", [
            Make.arrangement(.directPayment, lines: ["L1"], weekly: pounds(150), heldBy: "Mrs C"),
            Make.arrangement(.managedAccount, lines: ["L2", "L3"], weekly: pounds(55), frequency: .weekly, heldBy: "the council"),
        ]))
        return c
    }()

    /// Mrs E's case (a carer).
    static let carer: TestCase = {
        var c = TestCase()
        c.stream = "C-CARER"
        c.record(Make.referral(.carer, name: "Mrs E", route: .communityOrOtherRoute, caredFor: "her daughter"))
        c.record(Make.allocate())
        c.record(.assessCarer(Make.carersAssessment(notAchieved: [.engagingInRecreation], healthAtRisk: true)))
        c.record(Make.determine("CA-1"))
        c.record(Make.notice("CA-1"))
        c.record(Make.financial(basis: .exempt, category: nil), by: TestStaff.financeOfficer)
        c.record(Make.indicative(pounds(50)))
        c.record(Make.draft(Make.plan(lines: [
            Make.line("L1", .assistiveTechnology, pounds(12), "alarm and sensors for her daughter"),
            Make.line("L2", .otherSupport, pounds(30), "neighbour helps with meals"),
        ])))
        c.record(Make.budget(total: pounds(42), customer: .zero))
        c.record(Make.signOff(), by: TestStaff.teamManager)
        c.record(Make.deliver("P-1", [Make.arrangement(.directPayment, lines: ["L1", "L2"], weekly: pounds(42),
            frequency: .weekly, heldBy: "Mrs E")]))
        return c
    }()

    // issue 15: safeguard
    /// Mrs C's case, then a safeguarding concern about her money taken to its outcome, an
    /// advocate considered and appointed, and a subject access request clarified, extended and
    /// answered with third-party information withheld.
    static let safeguard: TestCase = {
        var c = mrsC
        c.record(Make.concern(allegedSource: "the person who handles her money"))
        c.record(Make.dutyDecision())
        c.record(Make.enquiry(wants: ["to keep my money safe", "to keep my personal assistant"]))
        c.record(Make.safeguardingOutcome(results: [
            DesiredOutcomeFinding(outcome: "to keep my money safe", result: .met),
            DesiredOutcomeFinding(outcome: "to keep my personal assistant", result: .partlyMet),
        ]))
        c.record(Make.advocacy(for: .review, date: "2026-06-26"))
        c.record(Make.advocacy("AD-2", for: .review, advocate: "Asha Khan, independent advocacy service", date: "2026-06-29"))
        c.record(Make.accessRequest(requester: "her nephew", onBehalf: true, authority: "lasting power of attorney", date: "2026-06-29"))
        c.record(Make.seekClarification(date: "2026-06-30"))
        c.record(Make.receiveClarification(date: "2026-07-02"))
        c.record(Make.extendAccess(date: "2026-07-10"))
        c.record(Make.answerAccess(withheld: [WithheldInformation(what: "who raised the safeguarding concern", ground: .thirdPartyInformation)], date: "2026-09-01"))
        return c
    }()
}
