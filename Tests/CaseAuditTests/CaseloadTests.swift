import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

/// The caseload over a fixture ledger: Mr D's case (C-1001, delivered, reviewed, a complaint
/// answered), Ms F's (C-1002, eligible with no written notice and an open complaint) and a closed
/// case (C-1003) that is never listed.
@Suite("Caseload over a fixture ledger")
struct CaseloadTests {
    let fx: FixtureLedger

    init() throws {
        fx = try FixtureLedger()
        try Stories.mrD(fx)
        var f = Story(fx, "C-1002")
        try f.record(.receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-06-01"), customerName: "Ms F", caseKind: .adult, routeOfAccess: .communityOrOtherRoute,
            source: .gp, referrerName: "Dr Rao", presentingNeed: "memory problems", caredForPerson: nil)))
        try f.record(.allocateWorker(WorkerAllocated(metadata: meta(.teamManager, "2026-06-01"), workerId: FixtureStaff.teamManager, team: "North")),
            by: FixtureStaff.teamManager)
        try f.record(.assessNeeds(NeedsAssessed(
            metadata: meta(.teamManager, "2026-06-15"), assessmentId: "A-2", needsArisingFromImpairment: true, impairmentOrIllness: "dementia",
            outcomes: AdultOutcome.allCases.map { o in
                o == .managingNutrition || o == .maintainingPersonalHygiene
                    ? AdultOutcomeFinding(outcome: o, achieved: false, grounds: [.cannotWithoutAssistance])
                    : AdultOutcomeFinding(outcome: o, achieved: true, grounds: [])
            },
            wellbeingImpact: WellbeingImpact(significant: true, description: "at risk of neglect"),
            participants: [Participant(name: "Ms F", role: .customer)], advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false))),
            by: FixtureStaff.teamManager)
        try f.record(.determineEligibility(DetermineEligibility(metadata: meta(.teamManager, "2026-06-16", reasons: ["the determination follows the assessment"]), assessmentId: "A-2", eligible: true)),
            by: FixtureStaff.teamManager)
        try f.record(.receiveComplaint(ReceiveComplaint(
            metadata: meta(.complaintsManager, "2026-07-03"), complaintId: "CO-2", complainant: "Ms F's son", about: "no letter about the decision",
            challengeId: nil, matterDate: day("2026-06-16"))), by: FixtureStaff.complaintsManager)
        var g = Story(fx, "C-1003")
        try g.record(.receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-06-02"), customerName: "Mr G", caseKind: .adult, routeOfAccess: .communityOrOtherRoute,
            source: .selfReferral, referrerName: nil, presentingNeed: "advice on equipment", caredForPerson: nil)))
        try g.record(.closeCase(CaseClosed(metadata: meta(.socialWorker, "2026-06-03", reasons: ["advice given; nothing more needed"]), reason: .informationAndAdviceOnly)))
    }

    func caseload(on date: String, filter: CaseloadFilter = CaseloadFilter(), view: TimeView = TimeView()) throws -> Caseload {
        let audit = try fx.audit()
        let staff = try audit.caseHistory("C-1001").staffRegister(asKnownAt: view.asKnownAt)
        var builder = CaseloadBuilder(on: day(date), view: view, filter: filter, staff: staff, configuration: FixtureConfiguration.standard)
        for id in ["C-1001", "C-1002", "C-1003"] { builder.add(caseId: id, events: try audit.caseHistory(id).events) }
        return builder.build(configurationSource: "the fixture's configuration")
    }

    @Test("every open case is listed with its stage, allocated worker and deadlines; a closed case is not")
    func everyOpenCase() throws {
        let c = try caseload(on: "2026-07-10")
        #expect(c.openCases == 2)
        #expect(c.rows.map(\.caseId) == ["C-1001", "C-1002"])
        #expect(c.rows[0].workerText == "Sam Patel (S-1)")
        #expect(c.rows[1].workerText == "Tess Morgan (S-2)")
        // issue 15: notices — Ms F's copy of her assessment is due too.
        #expect(c.rows[1].deadlines.map(\.kind) == [.eligibilityNotice, .complaintAcknowledgement, .decisionNotice, .complaintResponse])
        #expect(c.rows[1].deadlines[1].due == day("2026-07-08"))
        #expect(c.rows[1].deadlines[1].status == .overdue(days: 2))
        // The response's basis says the period includes the day of receipt (reg 14).
        #expect(c.rows[1].deadlines[3].due == day("2027-01-02"))
        #expect(c.rows[1].deadlines[3].basis == "6 months beginning on the day it was received, 3 July 2026 (reg 14)")
    }

    @Test("filters keep overdue deadlines, those due within days, or one worker's cases", arguments: [
        // Mr D's direct payment has no agreement recorded: due from its start, 4 May 2026 (issue 15).
        (CaseloadFilter(overdue: true), ["C-1001", "C-1002"], 3),
        (CaseloadFilter(dueWithin: 30), ["C-1002"], 1),
        (CaseloadFilter(dueWithin: 400), ["C-1001", "C-1002"], 3),
        (CaseloadFilter(overdue: true, dueWithin: 400), ["C-1001", "C-1002"], 6),
        (CaseloadFilter(worker: FixtureStaff.socialWorker), ["C-1001"], 2),
        (CaseloadFilter(overdue: true, worker: FixtureStaff.socialWorker), ["C-1001"], 1),
    ])
    func filters(filter: CaseloadFilter, cases: [String], deadlines: Int) throws {
        let c = try caseload(on: "2026-07-10", filter: filter)
        #expect(c.rows.map(\.caseId) == cases)
        #expect(c.deadlines.count == deadlines)
        #expect(c.openCases == 2)
    }

    @Test("as known at a time, only what had been recorded by then counts")
    func asKnownAt() throws {
        // Before Mr D's complaint was answered and his plan reviewed, and before the other cases were recorded.
        let c = try caseload(on: "2026-07-01", view: TimeView(asKnownAt: at("2026-07-01T12:00:00Z")))
        #expect(c.rows.map(\.caseId) == ["C-1001"])
        // issue 15: notices — his letters were sent on 20 July: as known on 1 July, six were due.
        let notices = c.rows[0].deadlines.filter { $0.kind == .decisionNotice }
        #expect(notices.count == 6)
        let others = c.rows[0].deadlines.filter { $0.kind != .decisionNotice }
        #expect(others.map(\.kind) == [.directPaymentAgreement, .firstReview, .directPaymentReview, .complaintResponse, .annualReview])
        #expect(others[0].due == day("2026-05-04"))
        #expect(others[1].due == day("2026-08-03"))  // issue 15: the last day of the 6-8 week window
    }

    @Test("golden files: text, Markdown, HTML, JSON, CSV")
    func golden() throws {
        let c = try caseload(on: "2026-07-10")
        let integrity = try fx.integrity()
        for format in ReportFormat.allCases {
            let out = c.render(RenderOptions(format: format), integrity: integrity)
            Golden.check(out, "caseload.\(format == .text ? "txt" : format.rawValue)")
        }
        let overdue = try caseload(on: "2026-07-10", filter: CaseloadFilter(overdue: true))
        Golden.check(overdue.render(RenderOptions(format: .csv), integrity: integrity), "caseload-overdue.csv")
    }
}
