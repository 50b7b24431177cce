import CaseLedger
import Foundation
import LedgerJSON
import Testing

@Suite struct CaseShowCommandTests {
    /// The second financial assessment, effective from 1 May (back-dated): £33.10 a week.
    static let backDatedAssessment = [
        "record", "completeFinancialAssessment", "--case", "C-1001", "--as", "S-4", "--actingRole", "financialAssessmentOfficer",
        "--effectiveDate", "2026-05-01", "--reasons", "pension increase reported late", "--financialAssessmentId", "F-2",
        "--basis", "fullAssessment", "--capital", "1500000", "--weeklyIncome", "26210", "--incomeCategory", "single-pension-age",
        "--weeklyDisabilityRelatedExpenditure", "0", "--weeklyHousingCosts", "0",
    ]

    /// The recorded time printed by a `record` run ("… at <time>").
    static func recordedAt(_ run: Executable.Run) -> String {
        String(run.stdout.split(separator: " at ").last!.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func theTextSummarySaysStageWorkerEligibilityMoneyPlanDeliveryAndReview() throws {
        let story = try CommandLineStory()
        try story.recordJoe()
        let run = try story.expectSuccess(["case", "show", "C-1001"])
        // One fact a line, wrapped to the width (100 columns in a pipe) with continuations four
        // spaces further in: joined back here.
        var lines: [String] = []
        for line in run.stdout.split(separator: "\n").map(String.init) {
            let indent = line.prefix { $0 == " " }.count
            if let last = lines.last, indent >= last.prefix(while: { $0 == " " }).count + 4 {
                lines[lines.count - 1] = last + " " + line.dropFirst(indent)
            } else {
                lines.append(line)
            }
        }
        #expect(lines.first == "Case C-1001 — Joe Bloggs (adult)")
        for expected in [
            "Stage: delivery",
            "Allocated worker: Sam Patel (S-1)",
            "Eligibility: eligible since 2026-04-09 (assessment A-1)",
            "Contribution: £23.10 a week since 2026-04-13 (financial assessment F-1, full assessment)",
            "Personal budget: £240.00 a week since 2026-04-27: council £216.90, customer £23.10",
            "Support plan: P-1 version 1 costing £240.00 a week, signed off by Tess Morgan (S-2) effective 2026-04-27",
            "Open challenges: none",
            "Open complaints: none",
        ] {
            #expect(lines.contains(expected), "\(expected)\n\(run.stdout)")
        }
        #expect(lines.contains { $0.hasPrefix("Delivery: since 2026-05-04 for P-1 version 1: direct payment £200.00 a week for L1") })
        #expect(lines.contains { $0.hasPrefix("Next review due: 2026-06-15 (first review of a new or changed plan") })
    }

    @Test func theJSONFormIsTheDocumentedStableObject() throws {
        let story = try CommandLineStory()
        try story.recordJoe()
        let run = try story.expectSuccess(["case", "show", "C-1001", "--format", "json"])
        let j = try JSONParser.parse(run.stdout)
        #expect(Set(j.objectValue!.keys) == [
            "caseId", "customerName", "caseKind", "asKnownAt", "events", "lastRecordedAt", "stage", "allocatedWorker",
            "eligibility", "contribution", "personalBudget", "plan", "delivery", "nextReviewDue", "openChallenges",
            "openComplaints", "inForce", "configurationSeq",
        ])
        #expect(j["stage"] == "delivery")
        #expect(j["events"] == .integer(Int64(CommandLineStory.joe.count)))
        #expect(j["contribution"]?["weeklyContribution"] == 2310)
        #expect(j["contribution"]?["rateTableId"] == "2026-27")
        #expect(j["personalBudget"]?["weeklyTotal"] == 24000)
        #expect(j["plan"]?["signOff"]?["signedBy"] == "S-2")
        #expect(j["delivery"]?["arrangements"]?.arrayValue?.count == 2)
        #expect(j["nextReviewDue"]?["date"] == "2026-06-15")  // issue 15: 6 weeks after services started on 4 May
        #expect(j["nextReviewDue"]?["reason"] == "newOrChangedPlan")
    }

    @Test func asKnownAtBeforeABackDatedChangeShowsWhatWasKnownThenAndAfterItShowsTheChange() throws {
        let story = try CommandLineStory()
        try story.recordJoe()
        let lastBefore = try story.run(["stream", "C-1001"]).stdout.split(separator: "\n").last!
        let before = try JSONParser.parse(String(lastBefore))["recordedAt"]!.stringValue!
        let change = try story.expectSuccess(Self.backDatedAssessment)
        let changedAt = Self.recordedAt(change)
        #expect(changedAt > before)

        let then = try story.expectSuccess(["case", "show", "C-1001", "--as-known-at", before])
        let now = try story.expectSuccess(["case", "show", "C-1001", "--as-known-at", changedAt])
        let latest = try story.expectSuccess(["case", "show", "C-1001"])

        #expect(then.stdout.contains("Contribution: £23.10 a week since 2026-04-13 (financial assessment F-1"))
        #expect(then.stdout.contains("as known at \(UKTime.words(Timestamp(rfc3339: before)!))"))  // UK time (issue 18)
        #expect(now.stdout.contains("Contribution: £33.10 a week since 2026-05-01 (financial assessment F-2"))
        #expect(latest.stdout.contains("Contribution: £33.10 a week since 2026-05-01"))

        let thenJSON = try JSONParser.parse(try story.expectSuccess(["case", "show", "C-1001", "--as-known-at", before, "--format", "json"]).stdout)
        #expect(thenJSON["asKnownAt"] == .string(before))
        #expect(thenJSON["contribution"]?["financialAssessmentId"] == "F-1")
    }

    @Test func inForceOnADateShowsWhatAppliedThenWithEverythingKnown() throws {
        let story = try CommandLineStory()
        try story.recordJoe()
        try story.expectSuccess(Self.backDatedAssessment)
        let april = try story.expectSuccess(["case", "show", "C-1001", "--in-force-on", "2026-04-20"])
        let may = try story.expectSuccess(["case", "show", "C-1001", "--in-force-on", "2026-05-05", "--format", "json"])
        #expect(april.stdout.contains("In force on 2026-04-20:\n  Eligibility: eligible\n  Contribution: £23.10 a week\n"))
        let j = try JSONParser.parse(may.stdout)
        #expect(j["inForce"]?["weeklyContribution"] == 3310)
        #expect(j["inForce"]?["deliveryMechanisms"] == ["directPayment", "managedAccount"])
    }

    @Test func aCaseNotYetRecordedAtTheTimeAskedIsReportedWithExitThree() throws {
        let story = try CommandLineStory()
        try story.recordJoe(through: "receiveReferral")
        let run = try story.run(["case", "show", "C-1001", "--as-known-at", "2026-01-01"])
        #expect(run.exitCode == 3)
        #expect(run.stderr == "caseledger case show: nothing was recorded on case C-1001 by 2026-01-01T23:59:59.999999Z [case-not-found]\n")
        #expect(try story.run(["case", "show", "C-404"]).stderr == "caseledger case show: there is no case C-404 in the ledger [case-not-found]\n")
    }

    @Test(arguments: [["--as-known-at", "yesterday"], ["--in-force-on", "2026-02-30"], ["--format", "xml"]])
    func aBadTimeDateOrFormatIsAUsageError(option: [String]) throws {
        let story = try CommandLineStory()
        let run = try story.run(["case", "show", "C-1001"] + option)
        #expect(run.exitCode == 64)
    }
}
