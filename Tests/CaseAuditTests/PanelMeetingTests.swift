import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Foundation
import Testing

// issue 18: panel (item 6)
/// The panel pack of the demo ledger's Mr D (C-1006): the assessment's eligibility said as it was
/// found, the risks as they stood on the date asked about, and the pack made for a referral and a
/// meeting date.
@Suite("Panel pack: the referral, the meeting and what was known then")
struct PanelMeetingTests {
    let ledger: AuditLedger
    let history: CaseHistory
    let configuration: Configuration
    let integrity: IntegrityStatement

    init() throws {
        ledger = try AuditLedger.open(at: DemoGoldenTests.path)
        history = try ledger.caseHistory("C-1006")
        configuration = try #require(try CaseService(ledger: ledger.ledger).configuration(inForceAt: at("2027-01-01T00:00:00Z"))).configuration
        integrity = try ledger.integrity()
    }

    /// `text` with line wrapping undone.
    func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    func text(_ view: TimeView, meeting: PanelMeeting? = nil) -> String {
        flat(PanelPack(history: history, view: view, configuration: configuration, meeting: meeting)
            .render(RenderOptions(format: .text), integrity: integrity))
    }

    @Test func anAssessmentFoundEligibleIsNotSaidToBeNotEligibleBecauseALaterReviewFoundSo() throws {
        // A-1 was found eligible; review RV-1 later found the needs no longer eligible.
        let pack = text(TimeView())
        #expect(!pack.contains("The needs were found not eligible"))
        let a1 = try #require(pack.range(of: "Needs assessment A-1"))
        let eligible = try #require(pack.range(of: "Found eligible on assessment A-1 ("))
        #expect(a1.upperBound < eligible.lowerBound)
        #expect(pack.contains("Eligible needs: managing and maintaining nutrition"))
        let review = try #require(pack.range(of: "Review RV-1 (22 June 2026, ref. "))
        #expect(eligible.upperBound < review.lowerBound)
        #expect(pack.contains("found the needs no longer eligible."))
    }

    @Test func beforeTheReviewOnlyTheAssessmentsOwnFindingIsShown() {
        let pack = text(TimeView(asKnownAt: at("2026-03-01T00:00:00Z")))
        #expect(pack.contains("Found eligible on assessment A-1 ("))
        #expect(!pack.contains("Review RV-1"))
    }

    @Test func risksAreThoseInForceOnTheDateAskedAbout() {
        // The panel's own risk ("falls when out alone") took effect on 14 January 2026.
        #expect(!text(TimeView(inForceOn: day("2026-01-10"))).contains("falls when out alone"))
        #expect(text(TimeView(inForceOn: day("2026-01-20"))).contains("falls when out alone"))
        #expect(text(TimeView()).contains("falls when out alone"))
    }

    @Test func withoutAMeetingDateThePackIsForTheLatestReferralBeforeTheMeetingThatDecidedIt() throws {
        let meeting = PanelMeeting(history: history, meeting: nil, today: day("2026-12-06"))
        let referral = try #require(meeting.referral)
        #expect(referral.challengeId == "CH-1")
        #expect(referral.referredOn == day("2026-01-05"))
        #expect(referral.decided?.id == "REP-1")
        #expect(meeting.date == day("2026-01-14") && !meeting.dateGiven)
        #expect(meeting.view == TimeView(asKnownAt: UKTime.endOfDay(day("2026-01-13")), inForceOn: day("2026-01-14")))
        let pack = text(meeting.view, meeting: meeting)
        #expect(pack.contains("For the Risk Enablement Panel meeting on 14 January 2026: challenge CH-1, referred to the panel on 5 January 2026"))
        #expect(pack.contains("What is asked of the panel: advice on the value of the council's contribution"))
        #expect(!pack.contains("Nothing is referred to the panel"))
        #expect(pack.contains("The panel has not considered this case before."))
    }

    @Test func aMeetingDateGivenShowsTheChallengeThenOpenAtThePanel() throws {
        let meeting = PanelMeeting(history: history, meeting: day("2026-01-10"), today: day("2026-12-06"))
        #expect(meeting.referral?.challengeId == "CH-1" && meeting.dateGiven)
        #expect(meeting.view == TimeView(asKnownAt: UKTime.endOfDay(day("2026-01-09")), inForceOn: day("2026-01-10")))
        #expect(text(meeting.view, meeting: meeting).contains("What is asked of the panel:"))
        let early = PanelMeeting(history: history, meeting: day("2025-12-20"), today: day("2026-12-06"))
        #expect(early.referral == nil)
        let pack = text(early.view, meeting: early)
        #expect(pack.contains("For the Risk Enablement Panel meeting on 20 December 2025."))
        #expect(pack.contains("Nothing is referred to the panel"))
    }

    @Test func aMeetingTodayOrLaterShowsEverythingRecordedSoFar() {
        let meeting = PanelMeeting(history: history, meeting: day("2026-12-10"), today: day("2026-12-06"))
        #expect(meeting.view == TimeView(inForceOn: day("2026-12-10")))
        #expect(meeting.referral == nil)
    }

    @Test func aReferralStillOpenAtThePanelIsForAMeetingToday() throws {
        // As known at 10 January 2026 CH-1 is with the panel and not yet decided.
        let meeting = PanelMeeting(history: history, meeting: nil, today: day("2026-01-10"), asKnownAt: at("2026-01-10T00:00:00Z"))
        #expect(meeting.referral?.challengeId == "CH-1")
        #expect(meeting.referral?.decided == nil)
        #expect(meeting.date == day("2026-01-10") && meeting.view.asKnownAt == nil)
    }

    @Test func aCaseNeverReferredGetsTheLatestView() throws {
        let joe = try ledger.caseHistory("C-1001")
        let meeting = PanelMeeting(history: joe, meeting: nil, today: day("2026-12-06"))
        #expect(meeting.referral == nil && meeting.view == TimeView() && meeting.describedLines.isEmpty)
    }

    @Test func inPrintTheIntegrityStatementComesBeforeTheDecisionHistorySoNoPageHoldsItAlone() throws {
        let html = PanelPack(history: history, view: TimeView(), configuration: configuration)
            .render(RenderOptions(format: .html), integrity: integrity)
        let footer = try #require(html.range(of: "<footer>"))
        let annex = try #require(html.range(of: "<section class=\"annex\" aria-labelledby=\"history\">"))
        #expect(footer.upperBound < annex.lowerBound)
        #expect(html[annex.upperBound...].contains("<tr role=\"row\"><th scope=\"row\""))
        #expect(wellFormedProblem(html) == nil)
    }
}
