import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Testing

@Suite struct CaseViewTests {
    /// A second financial assessment, recorded on 2026-06-01 but effective from 2026-05-01:
    /// income up by £10.00 a week, so the contribution becomes £33.10 a week.
    static let backDatedAssessment = json(#"{"actingRole": "financialAssessmentOfficer", "effectiveDate": "2026-05-01", "reasons": ["pension increase reported late"], "financialAssessmentId": "F-2", "basis": "fullAssessment", "capital": 1500000, "weeklyIncome": 26210, "incomeCategory": "single-pension-age", "weeklyDisabilityRelatedExpenditure": 0, "weeklyHousingCosts": 0}"#)
    static let beforeTheChange = at("2026-05-31T12:00:00Z")
    static let theChange = at("2026-06-01T09:00:00Z")

    static func joeWithABackDatedChange() throws -> ServiceFixture {
        let f = try ServiceFixture.ready()
        try f.recordJoe()
        try f.service.record(commandNamed: "completeFinancialAssessment", input: backDatedAssessment, case: "C-1001", actor: "S-4", now: theChange)
        return f
    }

    @Test func asKnownAtATimeBeforeABackDatedChangeTheCaseShowsWhatWasKnownThen() throws {
        let f = try Self.joeWithABackDatedChange()
        let before = try f.service.caseState("C-1001", asKnownAt: Self.beforeTheChange)
        let after = try f.service.caseState("C-1001")
        #expect(before.summary.contribution?.value?.weeklyContribution == Money(pence: 2310))
        #expect(after.summary.contribution?.value?.weeklyContribution == Money(pence: 3310))
        #expect(after.summary.contribution?.effectiveDate == day("2026-05-01"))
        #expect(before.eventCount == after.eventCount - 1)
    }

    @Test func inForceOnADateGivesWhatAppliedThenWithEverythingKnownNow() throws {
        let f = try Self.joeWithABackDatedChange()
        #expect(try f.service.caseState("C-1001", inForceOn: day("2026-04-20")).inForce?.weeklyContribution == Money(pence: 2310))
        #expect(try f.service.caseState("C-1001", inForceOn: day("2026-05-05")).inForce?.weeklyContribution == Money(pence: 3310))
        #expect(try f.service.caseState("C-1001", asKnownAt: Self.beforeTheChange, inForceOn: day("2026-05-05")).inForce?.weeklyContribution == Money(pence: 2310))
    }

    @Test func asKnownAtATimeBeforeTheReferralThereIsNoCase() throws {
        let f = try ServiceFixture.ready()
        try f.recordJoe()
        #expect(throws: ServiceError.self) { try f.service.caseState("C-1001", asKnownAt: at("2026-05-01T00:00:00Z")) }
    }

    @Test func theJSONFormHasEveryKeyAlwaysWithFiguresInPence() throws {
        let f = try ServiceFixture.ready()
        try f.recordJoe()
        let j = try f.service.caseState("C-1001").json
        #expect(Set(j.objectValue!.keys) == [
            "caseId", "customerName", "caseKind", "asKnownAt", "events", "lastRecordedAt", "stage", "allocatedWorker",
            "eligibility", "contribution", "personalBudget", "plan", "delivery", "nextReviewDue", "openChallenges",
            "openComplaints", "inForce", "configurationSeq",
        ])
        #expect(j["stage"] == "delivery")
        #expect(j["asKnownAt"] == .null)
        #expect(j["inForce"] == .null)
        #expect(j["contribution"]?["weeklyContribution"] == 2310)
        #expect(j["contribution"]?["since"] == "2026-04-13")
        #expect(j["personalBudget"]?["weeklyCouncilContribution"] == 21690)
        #expect(j["plan"]?["signOff"]?["signedBy"] == "S-2")
        #expect(j["nextReviewDue"]?["date"] == "2026-06-15")  // issue 15: 6 weeks after services started on 4 May
        #expect(j["nextReviewDue"]?["reason"] == "newOrChangedPlan")
        #expect(j["openChallenges"] == [])
    }

    @Test(arguments: [("2026-05-12T00:00:00Z", 0), ("2026-06-15T23:59:59Z", 0), ("2026-06-16T00:00:00Z", 1), ("2026-07-01T12:00:00Z", 16)])
    func aReviewDatePassedOnTheDayShownIsOverdueByItsDays(asKnownAt: String, overdueDays: Int64) throws {
        let f = try ServiceFixture.ready()
        try f.recordJoe()
        let view = try f.service.caseState("C-1001", asKnownAt: at(asKnownAt))
        #expect(view.json["nextReviewDue"]?["overdueDays"] == .integer(overdueDays))
        let line = view.text.split(separator: "\n").first { $0.hasPrefix("Next review due:") }
        let late = overdueDays > 0 ? ", overdue by \(overdueDays) days on \(asKnownAt.prefix(10))" : ""
        #expect(line == "Next review due: 2026-06-15 (first review of a new or changed plan\(late))")
    }

    @Test func theTextFormSaysEachFactOnItsOwnLineInPounds() throws {
        let f = try ServiceFixture.ready()
        try f.recordJoe()
        let text = try f.service.caseState("C-1001", inForceOn: day("2026-05-05")).text
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("Case C-1001 — Joe Bloggs (adult)"))
        #expect(lines.contains("Stage: delivery"))
        #expect(lines.contains("Allocated worker: Sam Patel (S-1)"))
        #expect(lines.contains("  Allocated worker: Sam Patel (S-1)"))
        #expect(lines.contains("Eligibility: eligible since 2026-04-09 (assessment A-1)"))
        #expect(lines.contains("Contribution: £23.10 a week since 2026-04-13 (financial assessment F-1, full assessment)"))
        #expect(lines.contains("Personal budget: £240.00 a week since 2026-04-27: council £216.90, customer £23.10"))
        #expect(lines.contains("Support plan: P-1 version 1 costing £240.00 a week, signed off by Tess Morgan (S-2) effective 2026-04-27"))
        #expect(lines.contains { $0.hasPrefix("Next review due: 2026-06-15 (first review of a new or changed plan") })
        #expect(lines.contains("Open challenges: none"))
        #expect(lines.contains("In force on 2026-05-05:"))
        #expect(lines.contains("  Delivery: direct payment, council-managed budget"))
    }
}
