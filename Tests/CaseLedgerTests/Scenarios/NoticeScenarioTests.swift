import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: notices
/// Seed stories told in writing: what each person was told, in their format, with their rights.
@Suite("Scenario: the letters the law requires")
struct NoticeScenarioTests {
    /// Mrs C (Warwickshire, 2012): 85 and living alone, she reads large print. Her financial
    /// assessment letter tells her the contribution and how it was worked out; a letter in
    /// standard print leaving out her right to go to the Ombudsman is refused first.
    @Test("Mrs C's financial assessment letter in large print: her contribution, how it was worked out, and her rights")
    func mrsCFinancialAssessmentLetter() throws {
        var c = TestCase()
        c.stream = "C-MRSC"
        c.record(Make.referral(name: "Mrs C"))
        c.record(Make.allocate())
        c.record(.assessNeeds(Make.needsAssessment(notAchieved: [
            .maintainingPersonalHygiene: [.cannotWithoutAssistance],
            .maintainingAHabitableHome: [.cannotWithoutAssistance],
            .usingCommunityFacilitiesAndServices: [.cannotWithoutAssistance],
        ])))
        c.record(Make.determine())
        c.record(Make.notice())
        c.record(Make.financial(income: pounds(260), capital: pounds(10_000)), by: TestStaff.financeOfficer)
        let fa = c.lastId(of: "financialAssessmentCompleted")
        #expect(c.state.noticesDue(configuration: c.configuration).contains { $0.event.id == fa })

        // Given the assessment, when the letter leaves out the Ombudsman, then it is refused.
        c.when(Make.sendNotice("N-1", .financialAssessment, of: fa, format: .largePrint, sentTo: "Mrs C",
            rights: [.challenge, .complain], role: .financialAssessmentOfficer, date: "2026-04-14"), by: TestStaff.financeOfficer)
            .thenRejected(.noticeRightsMissing, containing: "notice N-1 to Mrs C of the financial assessment F-1 of 13 April 2026 does not state that the Local Government and Social Care Ombudsman")
        // When it is sent in large print with every right, then it is recorded and the notice is no longer due.
        c.record(Make.sendNotice("N-1", .financialAssessment, of: fa, format: .largePrint, sentTo: "Mrs C",
            decided: "You pay £28.00 a week towards your support from 13 April 2026",
            why: "Your income of £260.00 a week less the Minimum Income Guarantee; your savings of £10,000.00 are below £14,250",
            role: .financialAssessmentOfficer, date: "2026-04-14"), by: TestStaff.financeOfficer)
        let notice = try #require(c.state.notices["N-1"])
        #expect(notice.format == .largePrint)
        #expect(notice.recipient == .person)
        #expect(NoticeRequirement.rightsMissing(notice.rightsStated).isEmpty)
        #expect(!c.state.noticesDue(configuration: c.configuration).contains { $0.event.id == fa })
        // The copy of her assessment is still owed.
        #expect(c.state.noticesDue(configuration: c.configuration).map(\.event.kind) == [.needsAssessed])
    }

    /// Mr D (the panel story): his plan's sign-off is refused because the risks were not agreed;
    /// he has an independent advocate, so the written reasons go through her. A copy of the plan
    /// is not the letter for a refusal.
    @Test("a refused sign-off with its written reasons, sent via Mr D's advocate")
    func refusedSignOffViaAdvocate() throws {
        var c = TestCase.adult(upTo: .budgetSet)
        c.record(.refuseSignOff(PlanSignOffRefused(
            metadata: meta(.teamManager, "2026-04-27", reasons: ["the risk of falls at night is not yet agreed with Mr D"]),
            planId: "P-1", version: 1)), by: TestStaff.teamManager)
        let refusal = c.lastId(of: "planSignOffRefused")
        #expect(c.state.noticesDue(configuration: c.configuration).last?.words == "the refused sign-off of plan P-1 version 1 of 27 April 2026")

        // Given the refusal, when a copy of the plan is sent for it, then it is refused naming the refusal by its date.
        c.when(Make.sendNotice("N-1", .supportPlanCopy, of: refusal, format: .viaAdvocate, to: .advocate, sentTo: "Ms Okafor, Mr D's advocate",
            role: .teamManager, date: "2026-04-28"), by: TestStaff.teamManager)
            .thenRejected(.noticeSubjectMismatch,
                containing: "it tells of the refused sign-off of plan P-1 version 1 of 27 April 2026: a notice of it is about why the support plan was not signed off — LGSCO principles")
        // Given the refusal, when the written reasons leave "why" blank, then it is refused.
        c.when(Make.sendNotice("N-1", .planSignOffRefused, of: refusal, format: .viaAdvocate, to: .advocate, sentTo: "Ms Okafor, Mr D's advocate",
            why: "", role: .teamManager, date: "2026-04-28"), by: TestStaff.teamManager)
            .thenRejected(.noticeContentMissing, containing: "must state why")
        // When the written reasons go through his advocate, then they are recorded.
        c.record(Make.sendNotice("N-1", .planSignOffRefused, of: refusal, format: .viaAdvocate, to: .advocate,
            sentTo: "Ms Okafor, Mr D's advocate",
            decided: "Your support plan was not signed off yet",
            why: "The risk of falls at night is not yet agreed with you; your advocate will go through the plan with you again",
            role: .teamManager, date: "2026-04-28"), by: TestStaff.teamManager)
        let n = try #require(c.state.notices["N-1"])
        #expect(n.recipient == .advocate && n.format == .viaAdvocate)
        #expect(!c.state.noticesDue(configuration: c.configuration).contains { $0.event.id == refusal })
    }
}
