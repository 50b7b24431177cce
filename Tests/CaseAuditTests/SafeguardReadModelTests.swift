import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: safeguard
/// Safeguarding, advocacy and subject access in the read models: the trail (the customer's copy
/// withholds who raised a concern; what the requester was told), the caseload (what is due), the
/// compliance check (what was missed) and the panel pack. Each calls the one rule home in
/// `CaseLedger/Rules`.
@Suite("Safeguarding, advocacy and subject access in the trail, caseload, compliance and panel pack")
struct SafeguardReadModelTests {
    /// Mrs C's case: referral and allocation, a concern from her bank (who raised it restricted),
    /// found to meet the duty and enquired into; an advocate needed for her review, none yet; a
    /// subject access request from her nephew.
    @discardableResult
    static func story(_ fx: FixtureLedger, outcome: Bool = true) throws -> Story {
        var s = Story(fx, "C-1004")
        try s.record(.receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-06-01"), customerName: "Mrs C", caseKind: .adult, routeOfAccess: .communityOrOtherRoute,
            source: .selfReferral, referrerName: nil, presentingNeed: "help at home", caredForPerson: nil)))
        try s.record(.allocateWorker(WorkerAllocated(metadata: meta(.socialWorker, "2026-06-01"), workerId: FixtureStaff.socialWorker, team: "North")))
        try s.record(Make.concern(raisedBy: "the branch manager of her bank", date: "2026-06-01"))
        try s.record(Make.dutyDecision(date: "2026-06-03"))
        try s.record(Make.enquiry(wants: ["to keep my money safe"], date: "2026-06-04"))
        if outcome { try s.record(Make.safeguardingOutcome(date: "2026-06-25")) }
        try s.record(Make.accessRequest(requester: "her nephew", onBehalf: true, authority: "lasting power of attorney", date: "2026-06-03"))
        try s.record(Make.advocacy(for: .review, date: "2026-06-26"))
        return s
    }

    @Test("the customer's copy tells her of the concern and the enquiry but withholds who raised it; the staff copy shows it, marked")
    func trailWithholdsTheRaiser() throws {
        let fx = try FixtureLedger()
        try Self.story(fx)
        let history = try fx.history("C-1004")
        let customer = DecisionTrail(history: history, view: TimeView(), copy: .customer, configuration: FixtureConfiguration.standard)
        let raised = try #require(customer.entries.first { $0.eventType == "safeguardingConcernRaised" })
        #expect(raised.title == "Safeguarding concern SG-1 raised")
        #expect(!raised.what.joined().contains("branch manager"))
        #expect(raised.withheld.count == 1)
        let enquiry = try #require(customer.entries.first { $0.eventType == "safeguardingEnquiryStarted" })
        #expect(enquiry.what.contains("The person was told about the enquiry: yes."))
        #expect(enquiry.what.contains("The enquiry is made by Sam Patel."))
        let decided = try #require(customer.entries.first { $0.eventType == "safeguardingDutyDecided" })
        #expect(decided.followUps.isEmpty && raised.followUps.map(\.kind) == ["safeguarding", "safeguarding", "safeguarding"])
        let staff = DecisionTrail(history: history, view: TimeView(), copy: .staff, configuration: FixtureConfiguration.standard)
        let staffRaised = try #require(staff.entries.first { $0.eventType == "safeguardingConcernRaised" })
        #expect(staffRaised.what.joined().contains("the branch manager of her bank"))
    }

    @Test("the caseload shows the s42 decision due, then the enquiry's outcome, then the subject access answer; clarification stops the clock")
    func caseloadDeadlines() throws {
        var c = MemoryCase()
        try c.record(.receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-06-01"), customerName: "Mrs C", caseKind: .adult, routeOfAccess: .communityOrOtherRoute,
            source: .selfReferral, referrerName: nil, presentingNeed: "help at home", caredForPerson: nil)))
        try c.record(Make.concern(date: "2026-06-01"))
        try c.record(Make.accessRequest(date: "2026-06-03"))
        var due = CaseDeadlines(configuration: FixtureConfiguration.standard).deadlines(of: c.state, on: day("2026-06-09"))
        #expect(due.map(\.kind) == [.safeguardingDecision, .subjectAccessAnswer])
        #expect(due.first?.due == day("2026-06-08") && due.first?.status == .overdue(days: 1))
        #expect(due.first?.basis == "5 working days after it was received on 1 June 2026 (local safeguarding procedures)")
        #expect(due.last?.due == day("2026-07-03"))
        try c.record(Make.dutyDecision(date: "2026-06-09"))
        try c.record(Make.enquiry(date: "2026-06-10"))
        try c.record(Make.seekClarification(date: "2026-06-10"))
        due = CaseDeadlines(configuration: FixtureConfiguration.standard).deadlines(of: c.state, on: day("2026-06-11"))
        #expect(due.map(\.kind) == [.safeguardingOutcome])
        #expect(due.first?.due == day("2026-07-08"))
        try c.record(Make.receiveClarification(date: "2026-06-15"))
        due = CaseDeadlines(configuration: FixtureConfiguration.standard).deadlines(of: c.state, on: day("2026-06-16"))
        let answer = try #require(due.first { $0.kind == .subjectAccessAnswer })
        #expect(answer.due == day("2026-07-08"))
        #expect(answer.basis.contains("with 5 days awaiting clarification added"))
        // A closed case still shows them.
        try c.record(Make.close(.supportDeclined, date: "2026-06-16"))
        #expect(CaseDeadlines(configuration: FixtureConfiguration.standard).deadlines(of: c.state, on: day("2026-06-17")).count == 2)
    }

    @Test("compliance finds the late s42 decision, the enquiry never made, the review without the advocate and the late answer, each citing its source")
    func complianceFindings() throws {
        var mrD = ComplianceHistories.mrD
        typealias H = ComplianceHistories
        mrD = H.inserting(H.Safeguard.concern(), into: mrD, id: "00000000-0000-4000-8000-0000000001e1")
        let late = try H.report(mrD, rules: [.safeguardingDecisionLate], asOf: day("2026-05-08")).open
        #expect(late.isEmpty)  // due Friday 8 May (5 working days from Friday 1 May)
        let missed = try H.report(mrD, rules: [.safeguardingDecisionLate], asOf: day("2026-05-09")).open
        #expect(missed.first?.sentence.contains("has no decision on whether the s42 duty applies; one was due by 8 May 2026") == true)
        let decided = H.inserting(H.Safeguard.dutyMet(), into: mrD, id: "00000000-0000-4000-8000-0000000001e2")
        #expect(try H.report(decided, rules: [.safeguardingDecisionLate]).open.isEmpty)
        let noEnquiry = try H.report(decided, rules: [.safeguardingEnquiryMissing]).open
        #expect(noEnquiry.count == 1)
        #expect(noEnquiry.first?.statement.hasSuffix("— Care Act 2014 s42(2)") == true)
        let advocacy = try H.report(H.breaking(.advocateNotArranged), rules: [.advocateNotArranged]).open
        #expect(advocacy.count == 1)
        #expect(advocacy.first?.sentence.contains("review RV-1 of 20 July 2026 went ahead without an independent advocate") == true)
        let withAdvocate = H.inserting(.advocacyConsidered(AdvocacyConsidered(
            metadata: meta(.socialWorker, "2026-07-10", reasons: ["advocate appointed"]), considerationId: "AD-2", process: .review,
            substantialDifficulty: true, difficultyAreas: [.usingOrWeighing], appropriatePersonAvailable: false, appropriatePerson: nil,
            advocateAppointed: "Asha Khan")), before: "reviewCompleted", into: H.breaking(.advocateNotArranged), id: "00000000-0000-4000-8000-0000000001e3")
        #expect(try H.report(withAdvocate, rules: [.advocateNotArranged]).open.isEmpty)
        let sar = H.inserting(H.Safeguard.accessRequest(), into: H.mrD, id: "00000000-0000-4000-8000-0000000001e4")
        #expect(try H.report(sar, rules: [.subjectAccessAnswerLate], asOf: day("2026-06-01")).open.isEmpty)
        let unanswered = try H.report(sar, rules: [.subjectAccessAnswerLate], asOf: day("2026-06-02")).open
        #expect(unanswered.first?.sentence.contains("has no answer recorded; one was due by 1 June 2026") == true)
        #expect(unanswered.first?.source == "UK GDPR Art 12(3), Art 15; ICO guidance on the right of access (time limits)")
    }

    @Test("the panel pack shows the advocate needed before the panel decides, and the open concern with who raised it marked")
    func panelPack() throws {
        let fx = try FixtureLedger()
        try Self.story(fx, outcome: false)
        let pack = PanelPack(history: try fx.history("C-1004"), view: TimeView(), configuration: FixtureConfiguration.standard)
        let text = pack.render(RenderOptions(format: .text), integrity: try fx.integrity())
        #expect(text.contains("Independent advocacy"))
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Consideration AD-1 of 26 June 2026 found that an independent advocate is needed for the review, and none is appointed — Care Act 2014 s67."))
        #expect(words.components(separatedBy: "found that an independent advocate is needed").count == 2)
        #expect(text.contains("Open safeguarding concerns"))
        #expect(words.contains("[restricted] the branch manager"))
        #expect(words.contains("s42 enquiry under way"))
    }
}
