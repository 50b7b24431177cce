import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: notices
/// The written notice of a decision (`sendNotice`) and `NoticeRequirement`, the one home of
/// which decision needs which notice, due when.
@Suite("Written notices of decisions")
struct NoticeRuleTests {
    /// The standard adult case financially assessed (F-1, effective 13 April 2026).
    static var assessed: TestCase { TestCase.adult(upTo: .financiallyAssessed) }

    @Test("given a financial assessment, when its letter is sent in large print stating every right, then the notice is recorded as given")
    func financialAssessmentLetterRecorded() {
        let given = Self.assessed
        let fa = given.lastId(of: "financialAssessmentCompleted")
        let command = Make.sendNotice("N-1", .financialAssessment, of: fa, format: .largePrint,
            role: .financialAssessmentOfficer, date: "2026-04-14")
        guard case .sendNotice(let n) = command else { return }
        given.when(command, by: TestStaff.financeOfficer).then([.noticeSent(n)])
    }

    @Test("given a case, when a notice tells of an event not on it, then it is refused naming the case and citing the Care Act")
    func unknownDecisionRefused() {
        Self.assessed.when(Make.sendNotice("N-1", .financialAssessment, of: "E-999"))
            .thenRejected(.noticeDecisionUnknown, containing: "tells of event E-999, which is not a decision recorded on")
        Self.assessed.when(Make.sendNotice("N-1", .financialAssessment, of: "E-999"))
            .thenRejected(.noticeDecisionUnknown, containing: "— Care Act 2014 s12(3)")
    }

    @Test("given a financial assessment, when a notice of it is a copy of the plan, then it is refused naming the assessment by its date and the source")
    func subjectMismatchRefused() {
        let given = Self.assessed
        given.when(Make.sendNotice("N-1", .supportPlanCopy, of: given.lastId(of: "financialAssessmentCompleted")))
            .thenRejected(.noticeSubjectMismatch,
                containing: "is about a copy of the support plan, but it tells of the financial assessment F-1 of 13 April 2026: a notice of it is about the financial assessment: the contribution and how it was worked out — Care and Support (Charging and Assessment of Resources) Regulations 2014")
    }

    @Test("given an eligibility determination or a referral, when a notice tells of it, then it is refused: the eligibility notice has its own command")
    func decisionsWithoutANoticeOfTheirOwnRefused() {
        let given = TestCase.adult(upTo: .eligible)
        given.when(Make.sendNotice("N-1", .assessmentCopy, of: given.lastId(of: "eligibilityDetermined")))
            .thenRejected(.noticeSubjectMismatch, containing: "sendEligibilityNotice")
        given.when(Make.sendNotice("N-1", .assessmentCopy, of: given.lastId(of: "referralReceived")))
            .thenRejected(.noticeSubjectMismatch, containing: "needs no notice of its own")
    }

    @Test("given a needs assessment, when its copy leaves out the Ombudsman, then it is refused citing LGSCO guidance")
    func rightsMissingRefused() {
        let given = Self.assessed
        given.when(Make.sendNotice("N-1", .assessmentCopy, of: given.lastId(of: "needsAssessed"), rights: [.challenge, .complain]))
            .thenRejected(.noticeRightsMissing,
                containing: "does not state that the Local Government and Social Care Ombudsman can look at a complaint once the council's procedure is finished — LGSCO guidance")
        given.when(Make.sendNotice("N-1", .assessmentCopy, of: given.lastId(of: "needsAssessed"), rights: []))
            .thenRejected(.noticeRightsMissing, containing: "how to challenge the decision, how to complain and that the Local Government")
    }

    @Test("given a needs assessment, when its copy gives no reasons, or is in another language not named, then it is refused")
    func contentMissingRefused() {
        let given = Self.assessed
        let a = given.lastId(of: "needsAssessed")
        given.when(Make.sendNotice("N-1", .assessmentCopy, of: a, why: "  "))
            .thenRejected(.noticeContentMissing, containing: "must state why — LGSCO principles")
        given.when(Make.sendNotice("N-1", .assessmentCopy, of: a, format: .otherLanguage))
            .thenRejected(.noticeContentMissing, containing: "must state the language it is written in")
        given.when(Make.sendNotice("N-1", .assessmentCopy, of: a, format: .otherLanguage, language: "Polish")).thenAccepted()
    }

    @Test("given a notice N-1, when another notice takes the id N-1, then it is refused")
    func noticeIdUnique() {
        var c = Self.assessed
        c.record(Make.sendNotice("N-1", .assessmentCopy, of: c.lastId(of: "needsAssessed")))
        c.when(Make.sendNotice("N-1", .financialAssessment, of: c.lastId(of: "financialAssessmentCompleted"),
            role: .financialAssessmentOfficer), by: TestStaff.financeOfficer)
            .thenRejected(.idAlreadyUsed, containing: "notice N-1 already exists")
    }

    @Test("given a corrected financial assessment, when a notice tells of the original, then it is refused; of the correction, it is recorded")
    func correctedDecisionTold() {
        var c = Self.assessed
        let fa = c.lastId(of: "financialAssessmentCompleted")
        c.record(Make.correct(fa, with: c.lastEvent(of: "financialAssessmentCompleted"), date: "2026-04-13"), by: TestStaff.financeOfficer)
        let correction = c.lastId(of: "eventCorrected")
        c.when(Make.sendNotice("N-1", .financialAssessment, of: fa, role: .financialAssessmentOfficer), by: TestStaff.financeOfficer)
            .thenRejected(.noticeDecisionUnknown, containing: "which a correction (\(correction)) has replaced: tell Joe Bloggs of the correction instead")
        c.when(Make.sendNotice("N-1", .financialAssessment, of: correction, role: .financialAssessmentOfficer), by: TestStaff.financeOfficer)
            .thenAccepted()
    }

    @Test("given an eligibility determination, when its notice records only some rights, then it is refused; with none recorded it stands, as before")
    func eligibilityNoticeRights() {
        let given = TestCase.adult(upTo: .eligible)
        var partial = EligibilityNoticeSent(metadata: meta(.socialWorker, "2026-04-09"), assessmentId: "A-1", format: .easyRead,
            sentTo: "Mr D", includesAdviceAndInformation: true)
        given.when(.sendEligibilityNotice(partial)).thenAccepted()
        partial.rightsStated = [.challenge]
        given.when(.sendEligibilityNotice(partial)).thenRejected(.noticeRightsMissing,
            containing: "the notice to Mr D of the eligibility determination on assessment A-1 of 9 April 2026 does not state how to complain")
        partial.rightsStated = NoticeRight.allCases
        given.when(.sendEligibilityNotice(partial)).thenAccepted()
    }

    @Test("given a closed case, when the copy of its assessment is sent, then it is recorded: a closed case still takes notices")
    func closedCaseTakesNotices() {
        var c = TestCase.adult(upTo: .assessed)
        c.record(Make.close(.noEligibleNeeds, date: "2026-04-10"))
        c.when(Make.sendNotice("N-1", .assessmentCopy, of: c.lastId(of: "needsAssessed"), date: "2026-04-11")).thenAccepted()
    }

    @Test("which decision needs which notice: assessments, financial assessments, budgets, sign-offs and refusals; not referrals or eligibility")
    func requirementsByKind() {
        #expect(NoticeRequirement.of(.needsAssessed)?.subjects == [.assessmentCopy])
        #expect(NoticeRequirement.of(.carersAssessed)?.source == "Care Act 2014 s12(4)")
        #expect(NoticeRequirement.of(.financialAssessmentCompleted)?.subjects == [.financialAssessment])
        #expect(NoticeRequirement.of(.personalBudgetSet)?.subjects == [.personalBudget, .planOrBudgetChanged])
        #expect(NoticeRequirement.of(.planSignedOff)?.source == "Care Act 2014 s25(9), s27")
        #expect(NoticeRequirement.of(.planSignOffRefused)?.subjects == [.planSignOffRefused])
        #expect(NoticeRequirement.of(.referralReceived) == nil)
        #expect(NoticeRequirement.of(.eligibilityDetermined) == nil)
        #expect(NoticeRequirement.of(.withdrawalDecided) == nil)
    }

    @Test("a decision awaits its notice from the day it is made (later than a back-dated effective date), or the configured days after, until one tells of it")
    func awaitingNotice() throws {
        var c = Self.assessed
        let awaiting = c.state.noticesDue(configuration: c.configuration)
        #expect(awaiting.map(\.event.kind) == [.needsAssessed, .financialAssessmentCompleted])
        let fa = try #require(awaiting.last)
        #expect(fa.due == day("2026-04-13"))
        #expect(fa.words == "the financial assessment F-1 of 13 April 2026")
        var configured = c.configuration
        configured.noticeDays = [.financialAssessment: 10]
        #expect(c.state.noticesDue(configuration: configured).last?.due == day("2026-04-23"))
        c.record(Make.sendNotice("N-1", .financialAssessment, of: fa.event.id, role: .financialAssessmentOfficer, date: "2026-04-14"),
            by: TestStaff.financeOfficer)
        #expect(c.state.noticesDue(configuration: c.configuration).map(\.event.kind) == [.needsAssessed])
        // Back-dated: recorded on 13 May, effective 13 April: due the day it was made.
        var late = TestCase.adult(upTo: .eligible)
        late.record(Make.financial(date: "2026-04-13"), by: TestStaff.financeOfficer, at: at("2026-05-13T10:00:00Z"))
        #expect(late.state.noticesDue(configuration: late.configuration).last?.due == day("2026-05-13"))
    }

    @Test("a correction awaits a notice of its own; the decision it replaced no longer does")
    func correctionAwaitsNotice() {
        var c = Self.assessed
        let fa = c.lastId(of: "financialAssessmentCompleted")
        c.record(Make.correct(fa, with: c.lastEvent(of: "financialAssessmentCompleted"), date: "2026-04-13"), by: TestStaff.financeOfficer)
        let awaiting = c.state.noticesDue(configuration: c.configuration)
        #expect(awaiting.map(\.event.kind) == [.needsAssessed, .eventCorrected])
        #expect(awaiting.last?.decision.kind == .financialAssessmentCompleted)
        // Over the history as a whole, without corrections applied, the original awaits too.
        #expect(CaseState.decisionsAwaitingNotice(in: c.state.history, configuration: c.configuration).count == 3)
    }

    @Test("given a direct payment refused with reasons, then its written notice is due until one telling of it, with the reasons, is sent")
    func directPaymentRefusalNeedsItsNotice() {
        // Given: a direct payment refused (Direct Payments Regulations 2014: written reasons).
        var given = Self.assessed
        given.record(Make.refuseDirectPayment(date: "2026-04-20"))
        let refusal = given.lastId(of: "directPaymentRefused")
        let due = given.state.noticesDue(configuration: given.configuration).filter { $0.event.id == refusal }
        #expect(due.count == 1)
        #expect(due.first?.requirement.subjects == [.directPaymentRefused])
        #expect(due.first?.due == day("2026-04-20"))
        #expect(due.first?.requirement.source.contains("Direct Payments") == true)
        // When its notice is sent, then it is recorded and nothing is due.
        let command = Make.sendNotice("N-9", .directPaymentRefused, of: refusal, date: "2026-04-21")
        guard case .sendNotice(let n) = command else { return }
        given.when(command).then([.noticeSent(n)])
        given.record(command)
        #expect(!given.state.noticesDue(configuration: given.configuration).contains { $0.event.id == refusal })
    }
}
