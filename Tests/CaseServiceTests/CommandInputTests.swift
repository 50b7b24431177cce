import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Testing

@Suite struct CommandInputTests {
    static let signOff = CommandCatalogue.caseCommand(named: "signOffPlan")!
    static let today = day("2026-05-11")

    @Test func flagsAreConvertedByTheFieldsKindAndListsAndTheEffectiveDateAreFilledIn() throws {
        let payload = try CommandInput.payload(
            for: Self.signOff, json: nil,
            flags: ["actingRole": ["teamManager"], "planId": ["P-1"], "version": ["2"], "reasons": ["within budget", "meets needs"]],
            today: Self.today)
        #expect(payload == json(#"{"actingRole": "teamManager", "effectiveDate": "2026-05-11", "planId": "P-1", "version": 2, "reasons": ["within budget", "meets needs"], "references": [], "notes": [], "restricted": []}"#))
    }

    @Test func flagsOverrideTheJSONInput() throws {
        let payload = try CommandInput.payload(
            for: Self.signOff, json: json(#"{"actingRole": "teamManager", "planId": "P-1", "version": 1, "effectiveDate": "2026-04-27", "reasons": ["a"]}"#),
            flags: ["version": ["3"], "reasons": ["b"]], today: Self.today)
        #expect(payload["version"] == 3)
        #expect(payload["reasons"] == ["b"])
        #expect(payload["effectiveDate"] == "2026-04-27")
    }

    @Test(arguments: [
        ("version", "two", "--version must be a whole number; got 'two'"),
        ("effectiveDate", "27/04/2026", "--effectiveDate must be a date YYYY-MM-DD; got '27/04/2026'"),
    ])
    func aFlagValueOfTheWrongKindIsACommandLineError(field: String, value: String, message: String) {
        #expect {
            try CommandInput.payload(for: Self.signOff, json: nil, flags: [field: [value]], today: Self.today)
        } throws: { error in
            let e = error as! CommandInputError
            return e.isAboutCommandLine && e.message == message
        }
    }

    @Test func aBooleanFlagIsTrueOrFalse() throws {
        let determine = CommandCatalogue.caseCommand(named: "determineEligibility")!
        let field = determine.field(named: "eligible")!
        #expect(try CommandInput.value(of: field, from: ["false"]) == false)
        #expect(throws: CommandInputError.badFlagValue(field: field, value: "no")) { try CommandInput.value(of: field, from: ["no"]) }
    }

    @Test func aChoiceFlagMustBeOneOfItsWords() throws {
        let referral = CommandCatalogue.caseCommand(named: "receiveReferral")!
        let field = referral.field(named: "caseKind")!
        #expect(try CommandInput.value(of: field, from: ["carer"]) == "carer")
        #expect {
            try CommandInput.value(of: field, from: ["dog"])
        } throws: { error in
            (error as! CommandInputError).message == "--caseKind must be one of adult, carer; got 'dog'"
        }
    }

    @Test func anUnknownFieldInTheJSONIsRefusedWithASuggestion() {
        #expect {
            try CommandInput.payload(for: Self.signOff, json: json(#"{"planID": "P-1"}"#), flags: [:], today: Self.today)
        } throws: { error in
            let e = error as! CommandInputError
            return e == .unknownJSONField("planID", command: "signOffPlan", suggestion: "planId") && !e.isAboutCommandLine
                && e.message.contains(#"did you mean "planId"?"#)
        }
    }

    @Test func requiredFieldsGivenNowhereAreNamedTogether() {
        #expect {
            try CommandInput.payload(for: Self.signOff, json: nil, flags: ["actingRole": ["teamManager"]], today: Self.today)
        } throws: { error in
            (error as! CommandInputError).message == "signOffPlan needs --planId TEXT, --version N"
        }
    }

    @Test func anObjectFieldIsNamedAsGivenOnlyInTheJSON() {
        let assess = CommandCatalogue.caseCommand(named: "assessNeeds")!
        #expect {
            try CommandInput.payload(for: assess, json: nil, flags: ["actingRole": ["socialWorker"]], today: Self.today)
        } throws: { error in
            (error as! CommandInputError).message.contains("wellbeingImpact (in --json)")
        }
    }

    @Test func theJSONInputMustBeAnObject() {
        #expect(throws: CommandInputError.notAnObject(found: "a list")) {
            try CommandInput.payload(for: Self.signOff, json: [], flags: [:], today: Self.today)
        }
    }
}
