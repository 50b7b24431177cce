import Foundation
import LedgerJSON
import Testing

// issue 15: carers
/// The carer link, the offer of a carer's assessment and weekly reablement progress, typed by a
/// worker at the command line.
@Suite struct CarerCommandTests {
    @Test func aLinkTypedOnTheCarersCaseIsRecordedOnBothCasesAndTheCustomersCopyShowsNoCaseId() throws {
        let story = try CommandLineStory()
        try story.recordJoe(through: "receiveReferral")
        try story.expectSuccess([
            "record", "receiveReferral", "--case", "C-2002", "--as", "S-1", "--actingRole", "socialWorker", "--customerName", "Mrs Bloggs",
            "--caseKind", "carer", "--routeOfAccess", "communityOrOtherRoute", "--source", "selfReferral",
            "--presentingNeed", "exhausted from caring for her son", "--caredForPerson", "Joe",
        ])
        let linked = try story.expectSuccess([
            "record", "linkCarer", "--case", "C-2002", "--as", "S-1", "--actingRole", "socialWorker", "--linkedCaseId", "C-1001",
            "--linkedCaseKind", "adult", "--relationship", "mother", "--carerConsentsToShare", "the days she works",
            "--reasons", "Joe and his mother agreed the cases be linked",
        ])
        let lines = linked.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("recorded carerLinked on C-2002: seq ") == true)
        #expect(lines.last?.hasPrefix("recorded carerLinked on C-1001: seq ") == true)
        let joe = try story.expectSuccess(["stream", "C-1001"]).stdout.split(separator: "\n")
        let mirror = try JSONParser.parse(String(joe.last!))
        #expect(mirror["data"]?["linkedCaseId"] == "C-2002")
        #expect(mirror["data"]?["linkedCaseKind"] == "carer")

        let customer = try Executable.audit.run(["trail", "C-1001", "--ledger", story.ledger, "--copy", "customer"])
        #expect(customer.exitCode == 0, "\(customer.stderr)")
        #expect(customer.stdout.contains("The carer (mother) has a case of their own with the council."))
        #expect(customer.stdout.contains("The carer agreed to share: the days she works."))
        #expect(!customer.stdout.contains("C-2002"))
        #expect(!customer.stdout.contains("exhausted from caring"))
        let staff = try Executable.audit.run(["trail", "C-1001", "--ledger", story.ledger, "--copy", "staff"])
        #expect(staff.stdout.contains("with the council: C-2002."))
    }

    @Test func aRefusalWithoutTheCarersWordsExitsOneAndWritesNothing() throws {
        let story = try CommandLineStory()
        try story.recordJoe(through: "assessNeeds")
        let before = snapshot(of: story.ledger)
        let run = try story.run([
            "record", "offerCarersAssessment", "--case", "C-1001", "--as", "S-1", "--actingRole", "socialWorker", "--offerId", "OF-1",
            "--carerName", "Mrs Bloggs", "--askedByCarer", "false", "--response", "refused",
        ])
        #expect(run.exitCode == 3)
        #expect(run.stderr.hasSuffix(" [carers-assessment-refusal-words]\n"), "\(run.stderr)")
        #expect(run.stderr.contains("Care Act 2014 s10(7)"))
        #expect(snapshot(of: story.ledger) == before)
        try story.expectSuccess([
            "record", "carersAssessmentOffered", "--case", "C-1001", "--as", "S-1", "--actingRole", "socialWorker", "--offerId", "OF-1",
            "--carerName", "Mrs Bloggs", "--askedByCarer", "false", "--response", "refused", "--carersWords", "not now, thank you",
        ])
    }

    @Test func weeklyProgressIsRecordedForTheWeekOfItsDateAndRefusedOutsideThePeriod() throws {
        let story = try CommandLineStory()
        try story.recordJoe(through: "allocateWorker")
        try story.expectSuccess([
            "record", "startReablement", "--case", "C-1001", "--as", "S-1", "--actingRole", "socialWorker", "--effectiveDate", "2026-11-02",
            "--reablementId", "R-1", "--provider", "Reablement Team", "--goals", "make a hot drink",
        ])
        try story.expectSuccess([
            "record", "recordReablementProgress", "--case", "C-1001", "--as", "S-1", "--actingRole", "socialWorker",
            "--effectiveDate", "2026-11-10", "--reablementId", "R-1", "--goals", "make a hot drink", "--progress", "used the kettle tipper",
            "--personsWords", "my own tea at last", "--nextSteps", "carry it to the table",
        ])
        let events = try story.expectSuccess(["stream", "C-1001"]).stdout.split(separator: "\n")
        let progress = try JSONParser.parse(String(events.last!))
        #expect(progress["type"] == "reablementProgressRecorded")
        #expect(progress["data"]?["week"] == 2)
        let before = snapshot(of: story.ledger)
        let early = try story.run([
            "record", "reablementProgressRecorded", "--case", "C-1001", "--as", "S-1", "--actingRole", "socialWorker",
            "--effectiveDate", "2026-10-30", "--reablementId", "R-1", "--progress", "x", "--personsWords", "y", "--nextSteps", "z",
        ])
        #expect(early.exitCode == 3)
        #expect(early.stderr.hasSuffix(" [reablement-progress-outside-period]\n"), "\(early.stderr)")
        #expect(snapshot(of: story.ledger) == before)
    }
}
