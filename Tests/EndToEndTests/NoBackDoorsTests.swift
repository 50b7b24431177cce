import Foundation
import LedgerJSON
import Testing

/// Issue 14, "No back doors", through the command line as a new user would try them, on Joe's
/// case recorded step by step to delivery: each back door the issue measured is refused with exit
/// 1 and one line naming the rule, and the ledger directory is byte for byte as it was.
@Suite struct NoBackDoorsTests {
    /// One back door: the command, its JSON input when it takes one, and the rule that refuses it.
    struct BackDoor: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        let input: JSONValue?
        let code: String
        var testDescription: String { name }
    }

    /// The input of Joe's step `command` with `change` made to it.
    static func joe(_ command: String, _ change: (inout JSONObject) -> Void) -> JSONValue {
        guard case .object(var input) = CommandLineStory.step(command).input else { return .null }
        change(&input)
        return .object(input)
    }

    /// Joe's draft plan (step 08) with `change` made to it.
    static func joePlan(_ change: (inout JSONObject) -> Void) -> JSONValue { joe("draftSupportPlan", change) }

    static let maxSafe: Int64 = 9_007_199_254_740_991

    static let backDoors: [BackDoor] = [
        BackDoor(
            name: "closing a case with services in force as 'no eligible needs'",
            arguments: ["record", "closeCase", "--as", "S-1", "--actingRole", "socialWorker", "--reason", "noEligibleNeeds",
                        "--reasons", "needs no longer eligible"],
            input: nil, code: "closure-with-services-in-force"),
        BackDoor(
            name: "a social worker recording a Risk Enablement Panel decision",
            arguments: ["record", "recordPanelDecision", "--as", "S-1", "--json", "-"],
            input: ["actingRole": "socialWorker", "reasons": ["the panel considered the risks"], "panelDecisionId": "RP-1", "attendees": ["Sam Patel"],
                    "risks": [["risk": "falls", "howManaged": "pendant alarm", "owner": "Joe Bloggs"]],
                    "optionsConsidered": ["home care"], "decision": "support at home", "rationale": "Joe's wish",
                    "actionOwner": "Sam Patel", "reviewDate": "2026-10-01"],
            code: "decision-role-not-allowed"),
        BackDoor(
            name: "a social worker recording a financial assessment",
            arguments: ["record", "completeFinancialAssessment", "--as", "S-1", "--json", "-"],
            input: joe("completeFinancialAssessment") { f in
                f["actingRole"] = "socialWorker"
                f["financialAssessmentId"] = "F-2"
            },
            code: "decision-role-not-allowed"),
        BackDoor(
            name: "a plan of 1,025 lines at 2^53-1 pence",
            arguments: ["record", "draftSupportPlan", "--as", "S-1", "--json", "-"],
            input: joePlan { plan in
                plan["planId"] = "P-9"
                plan["lines"] = .array((1...1_025).map { ["lineId": .string("L\($0)"), "description": "care", "kind": "homeCare", "weeklyCost": .integer(maxSafe)] })
            },
            code: "plan-too-many-lines"),
        BackDoor(
            name: "two plan lines summing past 2^53-1 pence",
            arguments: ["record", "draftSupportPlan", "--as", "S-1", "--json", "-"],
            input: joePlan { plan in
                plan["planId"] = "P-9"
                plan["lines"] = [
                    ["lineId": "L1", "description": "care", "kind": "homeCare", "weeklyCost": .integer(maxSafe)],
                    ["lineId": "L2", "description": "care", "kind": "homeCare", "weeklyCost": .integer(maxSafe)],
                ]
            },
            code: "amount-out-of-range"),
        BackDoor(
            name: "a referral with a blank customer name",
            arguments: ["record", "receiveReferral", "--as", "S-1", "--case", "C-2001", "--json", "-"],
            input: joe("receiveReferral") { r in r["customerName"] = "   " },
            code: "customer-name-missing"),
        BackDoor(
            name: "an effective date of 0001-01-01",
            arguments: ["record", "giveInformationAndAdvice", "--as", "S-1", "--actingRole", "socialWorker", "--topics", "carers",
                        "--furtherActionNeeded", "false", "--effectiveDate", "0001-01-01"],
            input: nil, code: "effective-date-out-of-range"),
        BackDoor(
            name: "an effective date of 9999-12-31",
            arguments: ["record", "giveInformationAndAdvice", "--as", "S-1", "--actingRole", "socialWorker", "--topics", "carers",
                        "--furtherActionNeeded", "false", "--effectiveDate", "9999-12-31"],
            input: nil, code: "effective-date-out-of-range"),
    ]

    @Test(arguments: backDoors)
    func givenJoesCaseDeliveredWhenABackDoorIsTriedThenItIsRefusedAndTheLedgerIsUnchanged(door: BackDoor) throws {
        let story = try CommandLineStory()
        try story.recordJoe()
        let before = snapshot(of: story.ledger)
        var arguments = door.arguments
        if !arguments.contains("--case") { arguments += ["--case", "C-1001"] }
        let run = try story.run(arguments, stdin: door.input.map { Data(CanonicalJSON.encode($0)) } ?? Data())
        #expect(run.exitCode == 3, "\(run.stderr)")
        #expect(run.stderr.hasSuffix("[\(door.code)]\n"), "\(run.stderr)")
        #expect(!run.stderr.contains("\n") || run.stderr.filter { $0 == "\n" }.count == 1, "one line: \(run.stderr)")
        #expect(snapshot(of: story.ledger) == before)
    }

    @Test func givenAPlanWithNoNeedsDraftedWhenItIsSignedOffThenItIsRefusedAndTheLedgerIsUnchanged() throws {
        let story = try CommandLineStory()
        try story.recordJoe(through: "setPersonalBudget")
        let emptyNeeds = Self.joePlan { plan in
            plan["planId"] = "P-2"
            plan["needs"] = []
        }
        try story.expectSuccess(["record", "draftSupportPlan", "--case", "C-1001", "--as", "S-1", "--json", "-"], stdin: Data(CanonicalJSON.encode(emptyNeeds)))
        try story.expectSuccess(["record", "setPersonalBudget", "--case", "C-1001", "--as", "S-1", "--json", "-"], stdin: Data(CanonicalJSON.encode(Self.joe("setPersonalBudget") { b in
            b["planId"] = "P-2"
            b["planVersion"] = 1
        })))
        let before = snapshot(of: story.ledger)
        let run = try story.run(["record", "signOffPlan", "--case", "C-1001", "--as", "S-2", "--actingRole", "teamManager", "--reasons", "within budget", "--planId", "P-2", "--version", "1"])
        #expect(run.exitCode == 3, "\(run.stderr)")
        #expect(run.stderr.hasSuffix("[plan-needs-missing]\n"), "\(run.stderr)")
        #expect(snapshot(of: story.ledger) == before)
    }
}
