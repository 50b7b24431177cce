import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: carers
/// Two linked cases in one ledger: Mrs E, a carer (C-3002), and her daughter Miss E (C-3001).
/// Each trail says the other case exists, with its id in the staff copy only, and shows what
/// each agreed to share; nothing else of the other case, in any format of either copy.
@Suite("Carers: linked trails disclose nothing of the other case")
struct CarerTrailTests {
    let fx: FixtureLedger

    /// Words only the mother's case holds: her assessment, her finances, her reasons.
    static let mothersOwn = ["frightened of what happens to her daughter", "CA-1", "FA-M", "sleeps four hours a night", "her GP advised rest"]
    /// Words only the daughter's case holds.
    static let daughtersOwn = ["epilepsy and a learning disability", "anxious when alone", "left the cooker on twice"]

    init() throws {
        fx = try FixtureLedger()
        var daughter = Story(fx, "C-3001")
        try daughter.record(.receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-05-01", reasons: ["her mother asked for urgent respite"]), customerName: "Miss E", caseKind: .adult,
            routeOfAccess: .communityOrOtherRoute, source: .carer, referrerName: "Mrs E",
            presentingNeed: "stay safe at home while her mother is in hospital", caredForPerson: nil)))
        try daughter.record(.allocateWorker(WorkerAllocated(metadata: meta(.socialWorker, "2026-05-01"), workerId: FixtureStaff.socialWorker, team: "Learning Disability")))
        try daughter.record(.assessNeeds(NeedsAssessed(
            metadata: meta(.socialWorker, "2026-05-04", reasons: ["she left the cooker on twice"]), assessmentId: "A-1",
            needsArisingFromImpairment: true, impairmentOrIllness: "epilepsy and a learning disability",
            outcomes: AdultOutcome.allCases.map { o in
                o == .managingNutrition || o == .usingTheHomeSafely
                    ? AdultOutcomeFinding(outcome: o, achieved: false, grounds: [.endangersHealthOrSafety])
                    : AdultOutcomeFinding(outcome: o, achieved: true, grounds: [])
            },
            wellbeingImpact: WellbeingImpact(significant: true, description: "anxious when alone"),
            participants: [Participant(name: "Miss E", role: .customer), Participant(name: "Mrs E", role: .carer)],
            advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false))))
        try daughter.record(.offerCarersAssessment(CarersAssessmentOffered(
            metadata: meta(.socialWorker, "2026-05-05"), offerId: "OF-1", carerName: "Mrs E", askedByCarer: false,
            response: .refused, carersWords: "sleeps four hours a night but will manage")))

        var mother = Story(fx, "C-3002")
        try mother.record(.receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-05-06"), customerName: "Mrs E", caseKind: .carer, routeOfAccess: .communityOrOtherRoute,
            source: .selfReferral, referrerName: nil, presentingNeed: "frightened of what happens to her daughter while she is in hospital",
            caredForPerson: "her daughter")))
        try mother.record(.assessCarer(CarersAssessed(
            metadata: meta(.socialWorker, "2026-05-07", reasons: ["her GP advised rest"]), assessmentId: "CA-1", caredForPerson: "her daughter",
            needsArisingFromCaring: true, healthAtRisk: true,
            outcomes: CarerOutcome.allCases.map { CarerOutcomeFinding(outcome: $0, achieved: true, grounds: []) },
            wellbeingImpact: WellbeingImpact(significant: true, description: "sleeps four hours a night"),
            participants: [Participant(name: "Mrs E", role: .customer)], advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false),
            willingToContinueCaring: true)))
        try mother.record(.completeFinancialAssessment(CompleteFinancialAssessment(
            metadata: meta(.financialAssessmentOfficer, "2026-05-07", reasons: ["carers' services are free of charge"]), financialAssessmentId: "FA-M", basis: .exempt, exemptions: [.carerServices],
            capital: .zero, weeklyIncome: .zero, incomeCategory: nil, weeklyDisabilityRelatedExpenditure: .zero, weeklyHousingCosts: .zero)),
            by: FixtureStaff.financeOfficer)

        // The link, as the service records it: each case decided with what was read of the other.
        let link = CarerLinked(
            metadata: meta(.socialWorker, "2026-05-08", reasons: ["both agreed the cases be linked"]), linkedCaseId: "C-3001",
            linkedCaseKind: .adult, relationship: "mother", carerConsentsToShare: ["that she is in hospital from 1 to 7 June"],
            caredForConsentsToShare: [])
        mother.linkedCases = ["C-3001": LinkedCaseFacts(caseId: "C-3001", state: daughter.state)]
        daughter.linkedCases = ["C-3002": LinkedCaseFacts(caseId: "C-3002", state: mother.state)]
        try mother.record(.linkCarer(link))
        try daughter.record(.linkCarer(link.mirror(caseId: "C-3002", kind: .carer)))
    }

    func render(_ caseId: String, _ copy: Copy, _ format: ReportFormat) throws -> String {
        AuditReport.trail(DecisionTrail(history: try fx.history(caseId), view: TimeView(), copy: copy, configuration: FixtureConfiguration.standard))
            .render(RenderOptions(format: format), integrity: try fx.integrity())
    }

    @Test("no format of either copy of the daughter's trail holds the mother's assessment, finances or reasons, nor the mother's of hers")
    func nothingLeaks() throws {
        for format in ReportFormat.allCases {
            for copy in [Copy.customer, .staff] {
                let daughter = try render("C-3001", copy, format)
                for words in Self.mothersOwn where !(copy == .staff && words == "sleeps four hours a night") {
                    #expect(!daughter.contains(words), "the daughter's \(copy) \(format) trail holds \"\(words)\"")
                }
                let mother = try render("C-3002", copy, format)
                for words in Self.daughtersOwn {
                    #expect(!mother.contains(words), "the mother's \(copy) \(format) trail holds \"\(words)\"")
                }
                // Each names the link and what was agreed to be shared.
                #expect(daughter.contains("that she is in hospital from 1 to 7 June"), "\(copy) \(format)")
                #expect(mother.contains("that she is in hospital from 1 to 7 June"), "\(copy) \(format)")
                // The other case's id is for staff.
                #expect(daughter.contains("C-3002") == (copy == .staff), "\(copy) \(format)")
                #expect(mother.contains("C-3001") == (copy == .staff), "\(copy) \(format)")
            }
        }
    }

    @Test("the daughter's copy shows the offer was made but withholds her mother's answer and words; the staff copy shows them marked")
    func offerAnswerWithheld() throws {
        let customer = try render("C-3001", .customer, .text)
        #expect(customer.contains("Carer's assessment offered to Mrs E (offer OF-1)"))
        #expect(!customer.contains("refused"))
        #expect(customer.contains("The carer (mother) has a case of their own with the council."))
        let staff = try render("C-3001", .staff, .text)
        #expect(staff.contains("Carer's assessment offered to Mrs E (offer OF-1): refused"))
        #expect(staff.contains("[restricted] \u{201C}sleeps four hours a night but will manage\u{201D}"))
        #expect(staff.contains("has a case of their own with the council: C-3002"))
    }

    @Test("the caseload shows no offer due once made; a carer who referred her daughter and was not yet offered one is due 28 days after the referral")
    func offerDueInCaseload() throws {
        let history = try fx.history("C-3001")
        let state = CaseState(rebuiltFrom: history.events)
        let deadlines = CaseDeadlines(configuration: FixtureConfiguration.standard).deadlines(of: state, on: day("2026-05-20"))
        #expect(!deadlines.contains { $0.kind == .carersAssessmentOffer })
        let before = CaseState(rebuiltFrom: Array(history.events.prefix { $0.kind != .carersAssessmentOffered }))
        let due = CaseDeadlines(configuration: FixtureConfiguration.standard).deadlines(of: before, on: day("2026-06-02"))
            .filter { $0.kind == .carersAssessmentOffer }
        #expect(due.map(\.due) == [day("2026-05-29")])
        #expect(due.first?.status == .overdue(days: 4))
        #expect(due.first?.basis == "28 days after the carer was named on 1 May 2026")
        #expect(due.first?.subject == "carer Mrs E")
    }

    @Test("while reablement runs, the caseload shows the week's progress due and the free period's end coming")
    func reablementInCaseload() {
        var c = TestCase.adult(upTo: .opened)
        c.record(Make.reablement(date: "2026-04-02"))
        c.record(Make.progress(date: "2026-04-03"))
        let deadlines = CaseDeadlines(configuration: c.configuration).deadlines(of: c.state, on: day("2026-04-10"))
        let progress = deadlines.first { $0.kind == .reablementProgress }
        #expect(progress?.due == day("2026-04-15"))
        #expect(progress?.subject == "reablement R-1, week 2")
        let end = deadlines.first { $0.kind == .reablementFreePeriodEnd }
        #expect(end?.due == day("2026-05-13"))
        #expect(end?.status == .dueIn(days: 33))
        c.record(Make.endReablement(date: "2026-04-20"))
        #expect(!CaseDeadlines(configuration: c.configuration).deadlines(of: c.state, on: day("2026-04-21")).contains { $0.kind == .reablementProgress || $0.kind == .reablementFreePeriodEnd })
    }

    @Test("the panel pack names the linked carer's case and the offer's answer, marked restricted, and nothing of the carer's case")
    func panelPack() throws {
        let pack = PanelPack(history: try fx.history("C-3001"), view: TimeView(), configuration: FixtureConfiguration.standard)
        for format in ReportFormat.allCases {
            let text = pack.render(RenderOptions(format: format), integrity: try fx.integrity())
            for words in ["frightened of what happens to her daughter", "CA-1", "FA-M", "her GP advised rest"] {
                #expect(!text.contains(words), "\(format): \(words)")
            }
        }
        let text = pack.render(RenderOptions(format: .md), integrity: try fx.integrity())
        #expect(text.contains("Linked with the carer's case C-3002 (the carer's relationship: mother); nothing of it is shown here"))
        #expect(text.contains("Mrs E: carer's assessment offered on 5 May 2026, \\[restricted\\] refused"))
    }

    @Test("each week's progress is a follow-up of the start of its reablement, in the person's words")
    func progressFollowsTheStart() throws {
        var s = Story(fx, "C-5001")
        try s.record(Make.referral(.adult, name: "Mr F", date: "2026-05-01"))
        try s.record(Make.reablement(date: "2026-05-04"))
        try s.record(Make.progress(date: "2026-05-08", words: "tea on my own, first time since the fall"))
        let trail = DecisionTrail(history: try fx.history("C-5001"), view: TimeView(), copy: .customer, configuration: FixtureConfiguration.standard)
        let start = try #require(trail.entries.first { $0.eventType == "reablementStarted" })
        #expect(start.followUps.map(\.kind) == ["progress"])
        let progress = try #require(trail.entries.first { $0.eventType == "reablementProgressRecorded" })
        #expect(progress.what.contains("In the person's words: \u{201C}tea on my own, first time since the fall\u{201D}."))
    }
}
