import Foundation
import LedgerJSON
import Testing

// issue 15: safeguard
/// A safeguarding concern, its s42 decision, enquiry and outcome, and a subject access request
/// answered with third-party information withheld, recorded through `caseledger record` on Joe's
/// case; a refused step writes nothing; the customer's trail withholds who raised the concern.
@Suite struct SafeguardCommandTests {
    @Test func aConcernToItsOutcomeAndASubjectAccessRequestAreRecordedAndARefusalWritesNothing() throws {
        let story = try CommandLineStory()
        try story.recordJoe()
        let common = ["--case", "C-1001", "--as", "S-1", "--actingRole", "socialWorker"]
        let raised = try story.expectSuccess(["record", "raiseSafeguardingConcern"] + common + [
            "--effectiveDate", "2026-11-02", "--concernId", "SG-1", "--raisedBy", "his neighbour at number 4",
            "--concern", "his direct payment spent by a lodger", "--abuseTypes", "financialOrMaterial", "--restricted", "raisedBy",
        ])
        #expect(raised.stdout.hasPrefix("recorded safeguardingConcernRaised on C-1001: seq "))

        // The duty said to apply though Joe can protect himself: refused, one line, nothing written.
        let before = snapshot(of: story.ledger)
        let refused = try story.run(["record", "decideSafeguardingDuty"] + common + [
            "--effectiveDate", "2026-11-03", "--concernId", "SG-1", "--hasCareAndSupportNeeds", "true",
            "--experiencingOrAtRiskOfAbuseOrNeglect", "true", "--unableToProtectThemselves", "false", "--dutyApplies", "true",
            "--reasons", "he has needs and money is going",
        ])
        #expect(refused.exitCode == 3)
        #expect(refused.stderr.hasSuffix("[safeguarding-duty-test]\n"), "\(refused.stderr)")
        #expect(refused.stderr.contains("Joe"), "\(refused.stderr)")
        #expect(refused.stderr.contains("— Care Act 2014 s42(1)"), "\(refused.stderr)")
        #expect(snapshot(of: story.ledger) == before)

        try story.expectSuccess(["record", "safeguardingDutyDecided"] + common + [
            "--effectiveDate", "2026-11-03", "--concernId", "SG-1", "--hasCareAndSupportNeeds", "true",
            "--experiencingOrAtRiskOfAbuseOrNeglect", "true", "--unableToProtectThemselves", "true", "--dutyApplies", "true",
            "--reasons", "he has needs, money is going, and he cannot stop it alone",
        ])
        try story.expectSuccess(["record", "startSafeguardingEnquiry"] + common + [
            "--effectiveDate", "2026-11-04", "--concernId", "SG-1", "--enquiryBy", "S-1",
            "--desiredOutcomes", "the lodger to leave", "--personInformed", "true",
        ])
        let outcome: JSONValue = [
            "actingRole": "socialWorker", "effectiveDate": "2026-11-20", "reasons": ["the lodger left; Joe agreed a managed account"],
            "concernId": "SG-1", "actions": ["direct payment moved to a managed account"],
            "desiredOutcomes": [["outcome": "the lodger to leave", "result": "met"]],
        ]
        try story.expectSuccess(["record", "recordSafeguardingOutcome", "--case", "C-1001", "--as", "S-1", "--json", "-"],
            stdin: Data(CanonicalJSON.encode(outcome)))

        try story.expectSuccess(["record", "receiveSubjectAccessRequest"] + common + [
            "--effectiveDate", "2026-11-23", "--requestId", "SAR-1", "--requester", "Joe Bloggs",
            "--onBehalfOfPerson", "false", "--request", "everything you hold about me",
        ])
        let answer: JSONValue = [
            "actingRole": "socialWorker", "effectiveDate": "2026-12-01", "requestId": "SAR-1",
            "disclosed": "the case record, assessments, plans and letters",
            "withheld": [["what": "who raised the safeguarding concern", "ground": "thirdPartyInformation"]],
        ]
        try story.expectSuccess(["record", "subjectAccessRequestAnswered", "--case", "C-1001", "--as", "S-1", "--json", "-"],
            stdin: Data(CanonicalJSON.encode(answer)))

        let trail = try Executable.audit.run(["trail", "C-1001", "--ledger", story.ledger])
        #expect(trail.exitCode == 0, "\(trail.stderr)")
        #expect(trail.stdout.contains("Safeguarding concern SG-1 raised"))
        #expect(trail.stdout.contains("Subject access request SAR-1 answered"))
        func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(!words(trail.stdout).contains("neighbour at number 4"))
        let staff = try Executable.audit.run(["trail", "C-1001", "--ledger", story.ledger, "--copy", "staff"])
        #expect(words(staff.stdout).contains("[restricted] his neighbour at number 4"), "\(staff.stdout)")
        let verified = try story.expectSuccess(["verify"])
        #expect(verified.stdout.hasPrefix("intact:"))
    }
}
