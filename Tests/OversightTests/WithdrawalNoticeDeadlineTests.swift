import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

/// The caseload's written notice of a withdrawal of services. No period is set in law (the
/// person is "notified in writing"), so the notice is due on the date services are withdrawn
/// from, overdue from the day after, and gone once recorded.
@Suite("Caseload: the written notice of a withdrawal of services")
struct WithdrawalNoticeDeadlineTests {
    /// The standard adult case delivered, reviewed (requested 3 August 2026, completed 10
    /// August: needs no longer eligible), and services withdrawn from `withdrawnFrom` by a
    /// decision recorded on 24 August; England's bank holidays configured.
    static func withdrawn(from withdrawnFrom: String) -> TestCase {
        var c = TestCase.adult(upTo: .delivered)
        c.configuration.nonWorkingDays = englandBankHolidays
        c.sendEveryNoticeDue()  // issue 15: notices — only the withdrawal's notice is left to send
        c.record(Make.requestReview(date: "2026-08-03"))
        c.record(Make.completeReview(outcome: .withdrawalRecommended, stillEligible: false, date: "2026-08-10"))
        c.record(Make.withdraw(date: withdrawnFrom), at: at("2026-08-24T15:00:00Z"))
        return c
    }

    @Test(
        "given services withdrawn and no written notice, the notice is due on the day services stop, even on a weekend or a bank holiday",
        arguments: ["2026-08-26", "2026-08-29", "2026-08-30", "2026-08-31"])
    func dueOnTheDayOfWithdrawal(withdrawnFrom: String) {
        let c = Self.withdrawn(from: withdrawnFrom)
        let due = c.due(.withdrawalNotice, on: "2026-08-24")
        #expect(due.map(\.due) == [day(withdrawnFrom)])
        #expect(due.first?.subject == "withdrawal on review RV-1")
        #expect(due.first?.eventId == c.lastId(of: "withdrawalDecided"))
        #expect(c.caseload(on: "2026-08-24").rows.flatMap(\.deadlines).map(\.kind) == [.withdrawalNotice])
    }

    @Test(
        "given the notice due on a bank holiday, it is due before and on the day, and overdue only from the day after",
        arguments: [
            ("2026-08-24", DeadlineStatus.dueIn(days: 7)), ("2026-08-30", .dueIn(days: 1)), ("2026-08-31", .dueToday),
            ("2026-09-01", .overdue(days: 1)), ("2026-09-10", .overdue(days: 10)),
        ])
    func overdueOnlyAfterTheDay(on today: String, status: DeadlineStatus) {
        let c = Self.withdrawn(from: "2026-08-31")
        #expect(c.due(.withdrawalNotice, on: today, computedOn: "2026-08-24").map(\.status) == [status])
        let overdueOnly = c.due(.withdrawalNotice, on: today, computedOn: "2026-08-24", filter: CaseloadFilter(overdue: true))
        #expect(overdueOnly.map(\.status) == (status.isOverdue ? [status] : []))
    }

    @Test(
        "when the written notice is recorded, in advance, on the day or late, the notice is no longer due",
        arguments: ["2026-08-27", "2026-08-31", "2026-09-07"])
    func recordingTheNoticeRemovesIt(sentOn: String) {
        var c = Self.withdrawn(from: "2026-08-31")
        c.record(Make.withdrawalNotice(date: sentOn))
        let caseload = c.caseload(on: "2026-09-10", computedOn: "2026-08-24")
        #expect(caseload.rows.map(\.caseId) == [c.stream])
        #expect(caseload.rows.first?.deadlines == [])
        #expect(c.caseload(on: "2026-09-10", filter: CaseloadFilter(overdue: true)).rows.isEmpty)
    }
}
