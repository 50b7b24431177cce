import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

/// The caseload's written record of an eligibility determination (Care Act s13(2); where no
/// needs are eligible, written advice and information, s13(5)). No period is set, so it is due
/// on the day of the determination, overdue from the day after, and gone once recorded; a new
/// determination on the same assessment needs a new notice.
@Suite("Caseload: the written notice of an eligibility determination")
struct EligibilityNoticeDeadlineTests {
    /// An adult's case assessed on 8 April 2026 (three outcomes not achieved when `eligible`,
    /// one when not) and determined on `determinedOn`; England's bank holidays configured.
    static func determined(eligible: Bool, on determinedOn: String) -> TestCase {
        var c = TestCase.adult(upTo: .opened)
        c.configuration.nonWorkingDays = englandBankHolidays
        let notAchieved: [AdultOutcome: [InabilityGround]] = eligible
            ? [.managingNutrition: [.cannotWithoutAssistance], .maintainingPersonalHygiene: [.cannotWithoutAssistance], .usingTheHomeSafely: [.endangersHealthOrSafety]]
            : [.managingNutrition: [.cannotWithoutAssistance]]
        c.record(.assessNeeds(Make.needsAssessment(notAchieved: notAchieved)))
        c.sendEveryNoticeDue()  // issue 15: notices — the copy of the assessment
        c.record(Make.determine(eligible: eligible, date: determinedOn))
        return c
    }

    @Test(
        "given eligibility determined and no written notice, the notice is due that day (a weekday, a Saturday or a bank holiday) and overdue only from the next",
        arguments: [true, false], ["2026-04-09", "2026-04-11", "2026-05-04"])
    func dueOnTheDayOfDetermination(eligible: Bool, determinedOn: String) {
        let c = Self.determined(eligible: eligible, on: determinedOn)
        let decided = day(determinedOn)
        let before = c.due(.eligibilityNotice, on: decided.adding(days: -1).iso)
        #expect(before.map(\.due) == [decided])
        #expect(before.map(\.status) == [.dueIn(days: 1)])
        #expect(before.first?.eventId == c.lastId(of: "eligibilityDetermined"))
        #expect(c.due(.eligibilityNotice, on: determinedOn).map(\.status) == [.dueToday])
        let after = c.due(.eligibilityNotice, on: decided.adding(days: 1).iso, computedOn: decided.adding(days: -1).iso)
        #expect(after.map(\.status) == [.overdue(days: 1)])
        #expect(c.due(.eligibilityNotice, on: determinedOn, filter: CaseloadFilter(overdue: true)).isEmpty)
    }

    @Test("when the written notice is recorded, with advice and information where not eligible, the notice is no longer due", arguments: [true, false])
    func recordingTheNoticeRemovesIt(eligible: Bool) {
        var c = Self.determined(eligible: eligible, on: "2026-04-09")
        c.record(Make.notice(advice: !eligible, date: "2026-04-14"))
        #expect(c.due(.eligibilityNotice, on: "2026-04-20", computedOn: "2026-04-10") == [])
        #expect(c.caseload(on: "2026-04-20", filter: CaseloadFilter(overdue: true)).rows.isEmpty)
    }

    @Test("given a notice recorded, when eligibility is determined again on the same assessment, a new notice is due from the new date")
    func newDeterminationNeedsNewNotice() {
        var c = Self.determined(eligible: true, on: "2026-04-09")
        c.record(Make.notice(date: "2026-04-09"))
        c.record(Make.determine(date: "2026-04-16"))
        #expect(c.due(.eligibilityNotice, on: "2026-04-20").map(\.due) == [day("2026-04-16")])
        c.record(Make.notice(date: "2026-04-21"))
        #expect(c.due(.eligibilityNotice, on: "2026-04-22") == [])
    }
}
