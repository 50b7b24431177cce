import Foundation
import LedgerJSON
import Testing

// issue 15: direct payments and capacity
/// The new decisions recorded through `caseledger record`: a capacity assessment, the reg 3
/// refusal and the necessity decision that lifts it, the agreement, and a termination.
@Suite struct DirectPaymentCommandTests {
    /// Joe's delivery with his direct payment paying his daughter, who lives with him.
    static let daughterInHousehold = """
        {"actingRole": "socialWorker", "effectiveDate": "2026-05-04", "planId": "P-1", "arrangements": [
          {"mechanism": "directPayment", "lineIds": ["L1"], "weeklyAmount": 20000, "paymentAmount": 80000,
           "frequency": "fourWeekly", "heldBy": "Joe Bloggs", "payee": "Ann Bloggs", "payeeRelationship": "child",
           "payeeLivesInHousehold": true},
          {"mechanism": "managedAccount", "lineIds": ["L2"], "weeklyAmount": 4000, "paymentAmount": 4000,
           "frequency": "weekly", "heldBy": "the council"}]}
        """

    @Test func givenJoesSignedOffPlanADirectPaymentToHisDaughterInTheHouseholdIsRefusedUntilTheNecessityDecisionIsRecorded() throws {
        let story = try CommandLineStory()
        try story.recordJoe(through: "signOffPlan")

        let capacity = try story.expectSuccess([
            "record", "assessCapacity", "--case", "C-1001", "--as", "S-1", "--actingRole", "socialWorker",
            "--effectiveDate", "2026-04-28", "--assessmentId", "CAP-1", "--assessedBy", "Sam Patel, social worker",
            "--matter", "whether to receive and manage a direct payment", "--concernsDirectPayment", "true",
            "--impairmentOfMindOrBrain", "false", "--canUnderstand", "true", "--canRetain", "true",
            "--canUseOrWeigh", "true", "--canCommunicate", "true", "--lacksCapacity", "false",
            "--reasons", "Joe explained how he would employ and pay his personal assistants",
        ])
        #expect(capacity.stdout.hasPrefix("recorded capacityAssessed on C-1001: seq "), "\(capacity.stdout)")

        let before = snapshot(of: story.ledger)
        let refused = try story.run(["record", "arrangeDelivery", "--case", "C-1001", "--as", "S-1", "--json", "-"],
            stdin: Data(Self.daughterInHousehold.utf8))
        #expect(refused.exitCode == 3)
        #expect(refused.stderr.contains("cannot pay Ann Bloggs, their son or daughter living in the same household, from 4 May 2026"), "\(refused.stderr)")
        #expect(refused.stderr.hasSuffix("Care and Support (Direct Payments) Regulations 2014 reg 3 [direct-payment-close-family-in-household]\n"), "\(refused.stderr)")
        #expect(snapshot(of: story.ledger) == before)

        try story.expectSuccess([
            "record", "directPaymentNecessityDecided", "--case", "C-1001", "--as", "S-2", "--actingRole", "teamManager",
            "--effectiveDate", "2026-05-01", "--decisionId", "DPN-1", "--payee", "Ann Bloggs", "--relationship", "child",
            "--necessaryToMeetNeeds", "true", "--necessaryForAdministration", "false",
            "--reasons", "no agency can cover the early morning calls; Joe accepts personal care only from his daughter",
        ])
        try story.expectSuccess([
            "record", "agreeDirectPayment", "--case", "C-1001", "--as", "S-1", "--actingRole", "socialWorker",
            "--effectiveDate", "2026-05-04", "--agreementId", "DPA-1", "--recipient", "person", "--recipientName", "Joe Bloggs",
            "--weeklyAmount", "20000", "--monitoring", "quarterly bank statements to the direct payments team",
            "--reviewArrangements", "reviewed within 6 months, then every 12 months",
        ])
        try story.expectSuccess(["record", "arrangeDelivery", "--case", "C-1001", "--as", "S-1", "--json", "-"],
            stdin: Data(Self.daughterInHousehold.utf8))

        let noReasons = try story.run(["record", "terminateDirectPayment", "--case", "C-1001", "--as", "S-1",
            "--actingRole", "socialWorker", "--effectiveDate", "2026-05-20", "--alternativeArrangements", "a managed account"])
        #expect(noReasons.exitCode == 3)
        #expect(noReasons.stderr.hasSuffix("[reasons-required]\n"), "\(noReasons.stderr)")
        try story.expectSuccess(["record", "terminateDirectPayment", "--case", "C-1001", "--as", "S-1",
            "--actingRole", "socialWorker", "--effectiveDate", "2026-05-20", "--alternativeArrangements", "a managed account",
            "--reasons", "Joe asked to stop managing the payments himself"])

        let stream = try story.expectSuccess(["stream", "C-1001"])
        let types = stream.stdout.split(separator: "\n").compactMap { try? JSONParser.parse(String($0))["type"] }
        #expect(types.suffix(5) == ["capacityAssessed", "directPaymentNecessityDecided", "directPaymentAgreed", "deliveryArranged", "directPaymentTerminated"])
        let help = try story.expectSuccess(["record", "agreeDirectPayment", "--help"])
        #expect(help.stdout.contains("capacityAssessmentId"))
        let verified = try story.expectSuccess(["verify"])
        #expect(verified.stdout.hasPrefix("intact:"))
    }
}
