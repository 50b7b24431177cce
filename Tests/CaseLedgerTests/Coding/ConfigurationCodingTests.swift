import CaseLedger
import CaseLedgerTestSupport
import LedgerJSON
import Testing

@Suite struct ConfigurationCodingTests {
    static let configuration = Configuration(
        chargingRateTables: [TestConfiguration.table2025, TestConfiguration.table2026],
        reviewIntervals: ReviewIntervals(newOrChangedPlan: .weeks(8), newDirectPayment: .months(6), routine: .months(12)),
        reablementFreeDays: 42, nonWorkingDays: [day("2026-12-25"), day("2026-12-28")])

    static func document() -> JSONObject { configuration.json.objectValue! }

    static func decodingError(_ members: JSONObject) -> PayloadDecodingError? {
        do {
            _ = try Configuration(json: .object(members), at: "configuration")
            return nil
        } catch {
            return error
        }
    }

    @Test func aConfigurationReadsBackAsItself() throws {
        #expect(try Configuration(json: Self.configuration.json, at: "") == Self.configuration)
    }

    @Test func setsAreWrittenAsSortedListsAndPeriodsInWords() {
        let j = Self.configuration.json
        #expect(j["directPaymentExcludedServices"] == ["councilProvidedService", "nhsService", "permanentNursingCare", "permanentResidentialCare"])
        #expect(j["registerAdministrationRoles"] == ["registerAdministrator", "teamManager"])
        #expect(j["reviewIntervals"] == ["newOrChangedPlan": "8 weeks", "newDirectPayment": "6 months", "routine": "12 months", "newOrChangedPlanLate": "8 weeks"])
        #expect(j["complaintResponsePeriod"] == "6 months")
        #expect(j["chargingRateTables"]?.arrayValue?.first?["weeklyMinimumIncomeGuarantee"]?["single-pension-age"] == 22870)
    }

    @Test(arguments: [("1 day", Period.days(1)), ("42 days", .days(42)), ("1 week", .weeks(1)), ("12 months", .months(12))])
    func aPeriodIsACountAndAUnit(text: String, period: Period) throws {
        #expect(try Period(json: .string(text), at: "p") == period)
        #expect(period.json == .string(period.description))
    }

    @Test(arguments: ["6", "six weeks", "0 weeks", "-1 days", "6 fortnights", "6  weeks", "06 weeks"])
    func anythingElseIsNotAPeriod(text: String) {
        #expect(throws: PayloadDecodingError.self) { try Period(json: .string(text), at: "p") }
    }

    @Test func everyFieldIsRequired() {
        for name in Configuration.fieldNames {
            var members = Self.document()
            members[name] = nil
            #expect(Self.decodingError(members) == PayloadDecodingError(field: "configuration.\(name)", problem: "is missing"))
        }
    }

    // issue 14: corrections
    @Test func correctionAuthorityIsOptionalAndAbsentMeansCoversAmount() throws {
        #expect(Self.document()["correctionAuthority"] == nil)
        #expect(try Configuration(json: .object(Self.document()), at: "").correctionAuthority == .coversAmount)
        var above = Self.configuration
        above.correctionAuthority = .aboveDecisionMaker
        #expect(above.json["correctionAuthority"] == "aboveDecisionMaker")
        #expect(try Configuration(json: above.json, at: "") == above)
        var members = Self.document()
        members["correctionAuthority"] = "anyone"
        #expect(Self.decodingError(members)?.field == "configuration.correctionAuthority")
    }

    @Test func aMisspeltFieldIsRefusedNotIgnored() {
        var members = Self.document()
        members["reablementFreeDay"] = 28
        #expect(Self.decodingError(members)?.field == "configuration.reablementFreeDay")
        #expect(Self.decodingError(members)?.problem.hasPrefix("is not a known field (expected: chargingRateTables,") == true)
    }

    @Test func errorsInsideARateTableNameItsPlaceInTheList() {
        var members = Self.document()
        var tables = members["chargingRateTables"]!.arrayValue!
        var second = tables[1].objectValue!
        second["lowerCapitalLimit"] = 3_000_000
        tables[1] = .object(second)
        members["chargingRateTables"] = .array(tables)
        #expect(Self.decodingError(members)?.field == "configuration.chargingRateTables[1].lowerCapitalLimit")

        second["lowerCapitalLimit"] = 1_425_000
        second["tariffStep"] = 0
        tables[1] = .object(second)
        members["chargingRateTables"] = .array(tables)
        #expect(Self.decodingError(members)?.field == "configuration.chargingRateTables[1].tariffStep")

        second["tariffStep"] = 25_000
        second["weeklyMinimumIncomeGuarantee"] = ["single-pension-age": -5]
        tables[1] = .object(second)
        members["chargingRateTables"] = .array(tables)
        #expect(Self.decodingError(members)?.field == "configuration.chargingRateTables[1].weeklyMinimumIncomeGuarantee.single-pension-age")
    }

    /// Two minimum income guarantee categories whose names differ only by Unicode normalisation
    /// are two members of the JSON (INVARIANTS rule 65), but one category to anyone reading or
    /// looking it up by name: refused with both spellings named, never one silently kept.
    @Test func twoCategoriesSpeltAlikeInAnotherUnicodeFormAreRefused() throws {
        var members = Self.document()
        var tables = members["chargingRateTables"]!.arrayValue!
        var first = tables[0].objectValue!
        first["weeklyMinimumIncomeGuarantee"] = ["caf\u{E9} worker": 22870, "cafe\u{301} worker": 12345]
        tables[0] = .object(first)
        members["chargingRateTables"] = .array(tables)
        #expect(JSONValue.object(members)["chargingRateTables"]?.arrayValue?[0]["weeklyMinimumIncomeGuarantee"]?.objectValue?.count == 2)
        let error = try #require(Self.decodingError(members))
        #expect(error.field == "configuration.chargingRateTables[0].weeklyMinimumIncomeGuarantee.caf\u{E9} worker")
        #expect(error.problem.contains("\"cafe\u{301} worker\" written in another Unicode form"), "\(error.problem)")
        // Read from the text, as `config publish` reads it: the same refusal.
        let text = CanonicalJSON.encode(.object(members))
        let parsed = try JSONParser.parse(text)
        #expect(throws: PayloadDecodingError.self) { _ = try Configuration(json: parsed, at: "configuration") }
    }

    @Test func twoRateTablesWithTheSameDateAreRefused() {
        var members = Self.document()
        let tables = members["chargingRateTables"]!.arrayValue!
        var copy = tables[0].objectValue!
        copy["id"] = "2025-26 again"
        members["chargingRateTables"] = .array(tables + [.object(copy)])
        #expect(Self.decodingError(members)?.field == "configuration.chargingRateTables[2]")
    }

    @Test func aConfigurationNamingNoRegisterAdministrationRoleIsRefused() {
        var members = Self.document()
        members["registerAdministrationRoles"] = []
        #expect(Self.decodingError(members)?.field == "configuration.registerAdministrationRoles")
    }

    @Test func aNegativeNumberOfDaysIsRefused() {
        var members = Self.document()
        members["reablementFreeDays"] = -1
        #expect(Self.decodingError(members) == PayloadDecodingError(field: "configuration.reablementFreeDays", problem: "cannot be negative; -1 was given"))
    }
}
