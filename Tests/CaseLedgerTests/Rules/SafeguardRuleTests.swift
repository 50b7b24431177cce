import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: safeguard
/// The rules of safeguarding (Care Act 2014 s42), independent advocacy (s67) and subject access
/// (UK GDPR Art 12, 15), given a case, when a decision is recorded, then accepted or refused.
@Suite("Safeguarding, advocacy and subject access rules")
struct SafeguardRuleTests {
    /// An open adult case for Mrs C, allocated.
    static let opened: TestCase = {
        var c = TestCase()
        c.stream = "C-MRSC"
        c.record(Make.referral(name: "Mrs C"))
        c.record(Make.allocate())
        return c
    }()

    /// Mrs C's case with concern SG-1 raised.
    static let raised = opened.then(Make.concern())
    /// …and found to meet the s42 duty.
    static let dutyMet = raised.then(Make.dutyDecision())
    /// …and the enquiry started.
    static let enquiring = dutyMet.then(Make.enquiry())

    // MARK: Safeguarding

    @Test("given no concern, when the s42 duty is decided, then it is refused naming the concern and the person")
    func decisionNeedsAConcern() {
        Self.opened.when(Make.dutyDecision("SG-9")).thenRejected(.safeguardingConcernUnknown, containing: "Mrs C")
    }

    @Test("given a concern, when the duty is said to apply although she can protect herself, then it is refused citing s42(1)")
    func dutyFollowsTheThreeConditions() {
        Self.raised.when(Make.dutyDecision(unable: false, applies: true))
            .thenRejected(.safeguardingDutyTest, containing: "able to protect themselves")
        Self.raised.when(Make.dutyDecision(applies: false)).thenRejected(.safeguardingDutyTest, containing: "Care Act 2014 s42(1)")
    }

    @Test("given a concern, when the duty is decided without reasons, then it is refused")
    func dutyDecisionGivesReasons() {
        Self.raised.when(Make.dutyDecision(reasons: [])).thenRejected(.reasonsRequired)
    }

    @Test("given a concern not yet decided, when an enquiry starts, then it is refused: the decision comes first")
    func enquiryAfterDecision() {
        Self.raised.when(Make.enquiry()).thenRejected(.safeguardingOutOfOrder, containing: "before the council decides")
    }

    @Test("given a concern found not to meet the duty, when an enquiry starts, then it is refused; the outcome may be recorded")
    func noEnquiryWithoutTheDuty() {
        let notMet = Self.raised.then(Make.dutyDecision(unable: false))
        notMet.when(Make.enquiry()).thenRejected(.safeguardingOutOfOrder, containing: "not to meet the s42 duty")
        notMet.when(Make.safeguardingOutcome(actions: ["information and advice on managing money"], results: [])).thenAccepted()
    }

    @Test("given the duty applies, when the outcome is recorded without an enquiry, then it is refused citing s42(2)")
    func outcomeAfterEnquiry() {
        Self.dutyMet.when(Make.safeguardingOutcome()).thenRejected(.safeguardingOutOfOrder, containing: "s42(2)")
    }

    @Test("given an enquiry with what she wants, when the outcome leaves one unanswered, then it is refused naming it")
    func everyDesiredOutcomeAnswered() {
        Self.enquiring.when(Make.safeguardingOutcome(results: [])).thenRejected(.safeguardingOutcomeIncomplete, containing: "to keep my money safe")
        Self.enquiring.when(Make.safeguardingOutcome(actions: [])).thenRejected(.safeguardingOutcomeIncomplete)
        Self.enquiring.when(Make.safeguardingOutcome()).thenAccepted()
    }

    @Test("given a decided concern, when it is decided again, then it is refused; so is a second enquiry")
    func eachStepOnce() {
        Self.dutyMet.when(Make.dutyDecision()).thenRejected(.safeguardingOutOfOrder, containing: "already decided")
        Self.enquiring.when(Make.enquiry()).thenRejected(.safeguardingOutOfOrder, containing: "already started")
    }

    @Test("given a closed case, when a concern is raised, then it is recorded: s42 applies whether or not needs are being met")
    func concernOnAClosedCase() {
        let closed = Self.opened.then(Make.close(.supportDeclined))
        closed.when(Make.concern()).thenAccepted()
        closed.when(Make.advocacy()).thenRejected(.caseClosed)
    }

    // MARK: Advocacy

    @Test("given a case, when substantial difficulty is found in none of the four areas, then it is refused citing s67(4)")
    func difficultyNamesItsArea() {
        let c = Self.opened
        var inconsistent = AdvocacyConsidered(
            metadata: meta(.socialWorker, "2026-06-01", reasons: ["considered"]), considerationId: "AD-1", process: .review,
            substantialDifficulty: true, difficultyAreas: [], appropriatePersonAvailable: false, appropriatePerson: nil, advocateAppointed: nil)
        c.when(.considerAdvocacy(inconsistent)).thenRejected(.advocacyConsiderationInconsistent, containing: "s67(4)")
        inconsistent.substantialDifficulty = false
        inconsistent.difficultyAreas = [.communicating]
        c.when(.considerAdvocacy(inconsistent)).thenRejected(.advocacyConsiderationInconsistent)
        inconsistent.difficultyAreas = []
        inconsistent.appropriatePersonAvailable = true
        c.when(.considerAdvocacy(inconsistent)).thenRejected(.advocacyConsiderationInconsistent, containing: "s67(5)")
    }

    @Test("given substantial difficulty and no appropriate person, then an advocate is needed until one is appointed")
    func theDuty() {
        let needed = Self.opened.then(Make.advocacy())
        let c = needed.state.advocacyConsiderations
        #expect(AdvocacyRules.unmetDuty(c, for: .review, on: day("2026-06-10"))?.considerationId == "AD-1")
        #expect(AdvocacyRules.unmetDuty(c, for: .review, on: day("2026-05-31")) == nil)
        let appointed = needed.then(Make.advocacy("AD-2", advocate: "Asha Khan, Total Voice advocacy", date: "2026-06-05"))
        #expect(AdvocacyRules.unmetDuty(appointed.state.advocacyConsiderations, for: .review, on: day("2026-06-10")) == nil)
        let supported = Self.opened.then(Make.advocacy(appropriatePerson: "his sister"))
        #expect(AdvocacyRules.unmetDuty(supported.state.advocacyConsiderations, for: .review, on: day("2026-06-10")) == nil)
    }

    // MARK: Subject access

    @Test("given a case, when a request is made on her behalf with no authority stated, then it is refused")
    func onBehalfNeedsAuthority() {
        Self.opened.when(Make.accessRequest(requester: "her nephew", onBehalf: true)).thenRejected(.subjectAccessAuthorityMissing, containing: "Mrs C")
        Self.opened.when(Make.accessRequest(requester: "her nephew", onBehalf: true, authority: "lasting power of attorney (property and financial affairs)"))
            .thenAccepted()
    }

    @Test("given a request of 3 June, when it is extended on 4 July, after the first month, then it is refused")
    func extensionWithinTheFirstMonth() {
        let c = Self.opened.then(Make.accessRequest(date: "2026-06-03"))
        c.when(Make.extendAccess(date: "2026-07-03")).thenAccepted()
        c.when(Make.extendAccess(date: "2026-07-04")).thenRejected(.subjectAccessExtensionLate, containing: "2026-07-03")
        c.then(Make.extendAccess(date: "2026-06-20")).when(Make.extendAccess(date: "2026-06-21")).thenRejected(.subjectAccessOutOfOrder)
    }

    @Test("given a request, when clarification is received without being sought, or the request is answered twice, then it is refused")
    func accessOrder() {
        let c = Self.opened.then(Make.accessRequest())
        c.when(Make.receiveClarification(date: "2026-06-05")).thenRejected(.subjectAccessOutOfOrder)
        c.when(Make.answerAccess("SAR-2", date: "2026-06-05")).thenRejected(.subjectAccessRequestUnknown)
        c.then(Make.answerAccess(date: "2026-06-20")).when(Make.answerAccess(date: "2026-06-21")).thenRejected(.subjectAccessOutOfOrder, containing: "answered on")
    }

    /// The due date of a request received on `received` (no clarification, extended or not).
    static func due(_ received: String, extended: Bool = false, config: Configuration = TestConfiguration.standard) -> CalendarDate? {
        var c = opened.then(Make.accessRequest(date: received))
        if extended { c = c.then(Make.extendAccess(date: received)) }
        return SubjectAccessRules.due(c.state.subjectAccessRequests["SAR-1"]!, config)
    }

    @Test("one month runs to the corresponding date next month, or that month's last day, then to a working day",
        arguments: [
            ("2026-06-03", "2026-07-03"),  // Wednesday to Friday
            ("2026-03-31", "2026-04-30"),  // no 31 April: the last day of April
            ("2028-01-31", "2028-02-29"),  // a leap year: 29 February
            ("2026-01-31", "2026-03-02"),  // 28 February 2026 is a Saturday: Monday 2 March
            ("2026-10-31", "2026-11-30"),  // 30 November, a Monday
        ])
    func oneMonth(received: String, due: String) {
        #expect(Self.due(received) == day(due))
    }

    @Test("extended, the three months run from receipt together: 31 January is due on 30 April, not 28 April")
    func extendedRunsFromReceipt() {
        #expect(Self.due("2026-01-31", extended: true) == day("2026-04-30"))
        #expect(Self.due("2026-06-03", extended: true) == day("2026-09-03"))
    }

    @Test("a bank holiday on the due date moves it to the next working day")
    func bankHoliday() {
        var config = TestConfiguration.standard
        config.nonWorkingDays = [day("2026-05-25")]
        #expect(Self.due("2026-04-25", config: config) == day("2026-05-26"))
        #expect(Self.due("2026-04-25") == day("2026-05-25"))
    }

    @Test("the clock stops while clarification is awaited, and runs again for the days left; configurable")
    func clarificationPausesTheClock() {
        let waiting = Self.opened.then(Make.accessRequest(date: "2026-06-01")).then(Make.seekClarification(date: "2026-06-05"))
        #expect(SubjectAccessRules.due(waiting.state.subjectAccessRequests["SAR-1"]!, TestConfiguration.standard) == nil)
        let answered = waiting.then(Make.receiveClarification(date: "2026-06-12"))
        let r = answered.state.subjectAccessRequests["SAR-1"]!
        #expect(SubjectAccessRules.due(r, TestConfiguration.standard) == day("2026-07-08"))  // 1 July + 7 days
        var noPause = TestConfiguration.standard
        noPause.subjectAccessClarificationPausesClock = false
        #expect(SubjectAccessRules.due(r, noPause) == day("2026-07-01"))
    }
}
