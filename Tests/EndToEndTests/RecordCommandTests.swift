import CaseService
import Foundation
import LedgerJSON
import Testing

@Suite struct RecordCommandTests {
    @Test func aStoryRecordedThroughTheCommandLinePrintsOneLinePerEventAndEndsInDelivery() throws {
        let story = try CommandLineStory()
        for step in CommandLineStory.joe {
            let run = try story.record(step)
            let type = CommandCatalogue.caseCommand(named: step.command)!.eventType
            #expect(run.stdout.hasPrefix("recorded \(type) on C-1001: seq "), "\(run.stdout)")
            #expect(run.stdout.split(separator: "\n").count == 1)
        }
        let shown = try story.expectSuccess(["case", "show", "C-1001"])
        #expect(shown.stdout.contains("Stage: delivery\n"))
        let verified = try story.expectSuccess(["verify"])
        #expect(verified.stdout.hasPrefix("intact:"))
    }

    @Test func aDecisionMayBeGivenAsFlagsAndNamedByTheEventItRecords() throws {
        let story = try CommandLineStory()
        let run = try story.expectSuccess([
            "record", "referralReceived", "--case", "C-2001", "--as", "S-1", "--actingRole", "socialWorker",
            "--effectiveDate", "2026-04-01", "--customerName", "Paul Smith", "--caseKind", "adult",
            "--routeOfAccess", "dischargeFromHospital", "--source", "hospital", "--presentingNeed", "going home after a fall",
            "--reasons", "referral from the ward", "--reasons", "Paul agrees",
        ])
        #expect(run.stdout.hasPrefix("recorded referralReceived on C-2001"))
        let stream = try story.expectSuccess(["stream", "C-2001"])
        let event = try JSONParser.parse(stream.stdout.split(separator: "\n")[0].description)
        #expect(event["data"]?["reasons"] == ["referral from the ward", "Paul agrees"])
        #expect(event["data"]?["routeOfAccess"] == "dischargeFromHospital")
        #expect(event["actor"] == "S-1")
    }

    @Test func flagsOverrideTheJSONInput() throws {
        let story = try CommandLineStory()
        let referral = CommandLineStory.step("receiveReferral")
        try story.expectSuccess(
            ["record", "receiveReferral", "--case", "C-1001", "--as", "S-1", "--json", "-", "--customerName", "Joseph Bloggs"],
            stdin: Data(CanonicalJSON.encode(referral.input)))
        let shown = try story.expectSuccess(["case", "show", "C-1001"])
        #expect(shown.stdout.hasPrefix("Case C-1001 — Joseph Bloggs (adult)\n"))
    }

    /// Commands that each break one rule on Joe's case taken to delivery.
    static let rejections: [(name: String, arguments: [String], rule: String)] = [
        ("a second referral", ["record", "receiveReferral", "--case", "C-1001", "--as", "S-1", "--actingRole", "socialWorker",
            "--customerName", "Joe", "--caseKind", "adult", "--routeOfAccess", "prison", "--source", "gp", "--presentingNeed", "x"],
         "case-already-opened"),
        ("a sign-off by someone without the role", ["record", "planSignedOff", "--case", "C-1001", "--as", "S-1",
            "--actingRole", "teamManager", "--planId", "P-1", "--version", "1"], "acting-role-not-held"),
        ("a second sign-off of the same version", ["record", "signOffPlan", "--case", "C-1001", "--as", "S-2",
            "--actingRole", "teamManager", "--reasons", "within budget", "--planId", "P-1", "--version", "1"], "plan-already-signed-off"),
        ("a budget whose parts do not add up", ["record", "setPersonalBudget", "--case", "C-1001", "--as", "S-1",
            "--actingRole", "socialWorker", "--reasons", "review", "--planId", "P-1", "--weeklyTotal", "24000",
            "--weeklyCustomerContribution", "2310", "--weeklyCouncilContribution", "20000"], "budget-split-mismatch"),
        ("a determination on an assessment the case does not have", ["record", "determineEligibility", "--case", "C-1001",
            "--as", "S-1", "--actingRole", "socialWorker", "--reasons", "meets the criteria", "--assessmentId", "A-9", "--eligible", "true"], "assessment-unknown"),
        ("a decision by someone not on the register", ["record", "requestReview", "--case", "C-1001", "--as", "S-77",
            "--actingRole", "socialWorker", "--reviewId", "RV-1", "--requestedBy", "customer", "--reason", "planned",
            "--changeOfCircumstances", "none"], "staff-unknown"),
        ("a withdrawal without a review", ["record", "decideWithdrawal", "--case", "C-1001", "--as", "S-1",
            "--actingRole", "socialWorker", "--reasons", "better", "--reviewId", "RV-1"], "withdrawal-without-review"),
    ]

    @Test(arguments: rejections.map(\.name))
    func aDecisionThatBreaksARuleExitsOneWithOneLineNamingTheRuleAndWritesNothing(name: String) throws {
        let (_, arguments, rule) = Self.rejections.first { $0.name == name }!
        let story = try CommandLineStory()
        try story.recordJoe()
        let before = snapshot(of: story.ledger)

        let run = try story.run(arguments)

        #expect(run.exitCode == 3)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "one line: \(run.stderr)")
        #expect(run.stderr.hasPrefix("caseledger record: "))
        #expect(run.stderr.hasSuffix(" [\(rule)]\n"), "\(run.stderr)")
        #expect(snapshot(of: story.ledger) == before)
    }

    @Test func aRejectionOnTheFirstEventOfACaseWritesNothingEither() throws {
        let story = try CommandLineStory()
        let before = snapshot(of: story.ledger)
        let run = try story.run(["record", "allocateWorker", "--case", "C-3", "--as", "S-1", "--actingRole", "socialWorker", "--workerId", "S-1"])
        #expect(run.exitCode == 3)
        #expect(run.stderr.hasSuffix("[case-not-opened]\n"))
        #expect(snapshot(of: story.ledger) == before)
    }

    static let everyType = CommandCatalogue.caseCommands.flatMap { [$0.name, $0.eventType] }

    @Test(arguments: everyType)
    func theHelpOfEveryTypeListsItsFields(type: String) throws {
        let run = try Executable.caseledger.run(["record", type, "--help"])
        #expect(run.exitCode == 0)
        let command = CommandCatalogue.caseCommand(named: type)!
        #expect(run.stdout.contains("USAGE: caseledger record \(command.name) --case ID --as STAFF-ID"))
        #expect(run.stdout.contains(command.eventType))
        for field in command.fields {
            let shown = field.kind.takesFlag ? "--\(field.name) \(field.kind.valueName)" : "\(field.name) (\(field.kind.phrase)"
            #expect(run.stdout.contains(shown), "\(type): \(field.name)")
        }
    }

    @Test func theHelpOfRecordListsEveryTypeWithTheEventItRecords() throws {
        let run = try Executable.caseledger.run(["record", "--help"])
        #expect(run.exitCode == 0)
        for command in CommandCatalogue.caseCommands {
            #expect(run.stdout.contains(command.name))
            #expect(run.stdout.contains(command.eventType))
        }
    }

    @Test func anUnknownFieldIsAUsageErrorThatSuggestsTheField() throws {
        let story = try CommandLineStory()
        let before = snapshot(of: story.ledger)
        let run = try story.run(["record", "signOffPlan", "--case", "C-1001", "--as", "S-2", "--planID", "P-1"])
        #expect(run.exitCode == 64)
        #expect(run.stderr.contains("unknown option '--planID'; did you mean '--planId'?"))
        #expect(snapshot(of: story.ledger) == before)
    }

    @Test func anUnknownTypeIsAUsageErrorThatSuggestsTheType() throws {
        let run = try Executable.caseledger.run(["record", "planSignedOf", "--case", "C-1"])
        #expect(run.exitCode == 64)
        #expect(run.stderr.contains("did you mean 'planSignedOff'?"))
    }

    @Test(arguments: [
        (["--version", "one"], "--version must be a whole number; got 'one'"),
        (["--effectiveDate", "27/04/2026"], "--effectiveDate must be a date YYYY-MM-DD; got '27/04/2026'"),
        (["--version", "1", "--version", "2"], "--version given more than once"),
        ([], "signOffPlan needs --actingRole ROLE, --planId TEXT, --version N"),
    ])
    func aFieldGivenWronglyOnTheCommandLineIsAUsageError(extra: [String], message: String) throws {
        let story = try CommandLineStory()
        let run = try story.run(["record", "signOffPlan", "--case", "C-1001", "--as", "S-2"] + extra)
        #expect(run.exitCode == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func anUnknownFieldInTheJSONInputIsRefusedWithExitThreeAndASuggestion() throws {
        let story = try CommandLineStory()
        let run = try story.run(
            ["record", "signOffPlan", "--case", "C-1001", "--as", "S-2", "--json", "-"],
            stdin: Data(#"{"actingRole": "teamManager", "planID": "P-1", "version": 1}"#.utf8))
        #expect(run.exitCode == 3)
        #expect(run.stderr == "caseledger record: the --json input has a field \"planID\" that signOffPlan does not take; did you mean \"planId\"? [invalid-input]\n")
    }

    @Test func aJSONInputThatIsNotJSONIsRefusedWithExitThree() throws {
        let story = try CommandLineStory()
        let run = try story.run(["record", "signOffPlan", "--case", "C-1001", "--as", "S-2", "--json", "-"], stdin: Data("{planId: P-1}".utf8))
        #expect(run.exitCode == 3)
        #expect(run.stderr.hasPrefix("caseledger record: the --json input standard input is not valid JSON: byte 1:"))
    }

    @Test func aValueOfTheWrongTypeInTheJSONIsRefusedNamingTheField() throws {
        let story = try CommandLineStory()
        try story.recordJoe(through: "setPersonalBudget")
        let run = try story.run(
            ["record", "signOffPlan", "--case", "C-1001", "--as", "S-2", "--json", "-"],
            stdin: Data(#"{"actingRole": "teamManager", "planId": "P-1", "version": "1"}"#.utf8))
        #expect(run.exitCode == 3)
        #expect(run.stderr == "caseledger record: signOffPlan: field `version`: expected an integer, found a string; nothing was written [invalid-command]\n")
    }

    @Test func withoutAConfigurationADecisionIsRefusedSayingHowToPublishOne() throws {
        let dir = TemporaryDirectory()
        let ledger = dir.child("ledger")
        _ = try Executable.caseledger.run(["init", ledger])
        _ = try Executable.caseledger.run(["staff", "add", "S-1", "--name", "Sam", "--role", "registerAdministrator", "--role", "socialWorker", "--as", "S-1", "--effectiveDate", "2025-01-01", "--ledger", ledger])
        let run = try Executable.caseledger.run(["record", "receiveReferral", "--case", "C-1", "--as", "S-1", "--json", "-", "--ledger", ledger],
            stdin: Data(CanonicalJSON.encode(CommandLineStory.joe[0].input)))
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("caseledger config publish"))
        #expect(run.stderr.hasSuffix("[configuration-missing]\n"))
    }
}

/// A `record` refused for its input (a flag's value of the wrong kind: exit 64; JSON that does not
/// read as the command: exit 3) opens nothing for writing: the ledger directory is byte for byte as
/// it was, and no `writer.lock` is made where there was none.
@Suite struct RecordInputRefusedTests {
    @Test("given a ledger with no writer.lock, when record is given input of the wrong kind, then it is refused and the directory is unchanged",
        arguments: [
            (["--version", "notanumber"], Int32(64)),
            (["--effectiveDate", "the first of May"], Int32(64)),
            (["--json", "-"], Int32(3)),
        ])
    func wrongInputChangesNothing(extra: [String], exitCode: Int32) throws {
        let story = try CommandLineStory()
        try FileManager.default.removeItem(atPath: story.ledger + "/writer.lock")
        let before = snapshot(of: story.ledger)
        let run = try story.run(
            ["record", "signOffPlan", "--case", "C-1001", "--as", "S-2", "--actingRole", "teamManager", "--planId", "P-1"] + extra,
            stdin: Data("{\"version\": \"one\"}".utf8))
        #expect(run.exitCode == exitCode, "\(run.stderr)")
        #expect(snapshot(of: story.ledger) == before)
        #expect(!FileManager.default.fileExists(atPath: story.ledger + "/writer.lock"))
    }
}

// issue 14: corrections
@Suite struct ForgedCorrectionCommandTests {
    /// Joe's case to delivery, and the correction of his financial assessment by the financial
    /// assessment officer (S-4) with `change` made to the stored payload.
    static func correction(_ story: CommandLineStory, _ change: (inout JSONObject) -> Void) throws -> Data {
        let stream = try story.expectSuccess(["stream", "C-1001"])
        let lines = try stream.stdout.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        let fa = try #require(lines.first { $0["type"] == "financialAssessmentCompleted" })
        var data = try #require(fa["data"]?.objectValue)
        change(&data)
        let input: JSONValue = .object([
            "actingRole": "financialAssessmentOfficer", "reasons": ["recorded in error"], "supersedes": try #require(fa["id"]),
            "correctedType": "financialAssessmentCompleted", "correctedSchema": 1, "corrected": .object(data),
        ])
        return Data(CanonicalJSON.encode(input))
    }

    @Test func aCorrectionWritingInAContributionTheRateTableDoesNotGiveIsRefusedAndWritesNothing() throws {
        let story = try CommandLineStory()
        try story.recordJoe()
        let forged = try Self.correction(story) { $0["weeklyContribution"] = 1000 }
        let before = snapshot(of: story.ledger)

        let run = try story.run(["record", "correctEvent", "--case", "C-1001", "--as", "S-4", "--json", "-"], stdin: forged)

        #expect(run.exitCode == 3)
        #expect(run.stderr.hasPrefix("caseledger record: "), "\(run.stderr)")
        #expect(run.stderr.contains("weeklyContribution £10.00, but the rules give weeklyContribution"), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("[correction-not-as-decided]\n"), "\(run.stderr)")
        #expect(snapshot(of: story.ledger) == before)
    }

    @Test func theSameCorrectionRestatingTheRulesFiguresIsRecorded() throws {
        let story = try CommandLineStory()
        try story.recordJoe()
        let honest = try Self.correction(story) { _ in }
        let run = try story.expectSuccess(["record", "correctEvent", "--case", "C-1001", "--as", "S-4", "--json", "-"], stdin: honest)
        #expect(run.stdout.hasPrefix("recorded eventCorrected on C-1001"))
    }
}
