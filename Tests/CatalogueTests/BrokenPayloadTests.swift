import CaseLedger
import Testing

/// Deliberately broken payloads are rejected, at the field that is wrong.
@Suite("A broken payload is rejected where it is wrong")
struct BrokenPayloadTests {
    /// The example of `type` with `change` applied to its top-level members.
    static func broken(_ type: String, _ change: (inout JSONObject) -> Void) throws -> JSONValue {
        guard case .object(var members) = try Catalogue.example(type) else {
            throw CatalogueError(message: "the \(type) example is not an object")
        }
        change(&members)
        return .object(members)
    }

    /// The instance paths the schema of `type` reports for `payload`.
    static func paths(_ type: String, _ payload: JSONValue) throws -> [String] {
        try Catalogue.schema(type).validate(payload).map(\.instancePath)
    }

    @Test("a missing required field is reported on the object that lacks it")
    func missingRequiredField() throws {
        let payload = try Self.broken("personalBudgetSet") { $0["weeklyTotal"] = nil }
        let violations = try Catalogue.schema("personalBudgetSet").validate(payload)
        #expect(violations.map(\.instancePath) == [""])
        #expect(violations.first?.schemaPath == "/required")
        #expect(violations.first?.message.contains("weeklyTotal") == true, "\(violations)")
        #expect(!Catalogue.decodes("personalBudgetSet", payload))
    }

    @Test("missing decision metadata is reported too")
    func missingMetadata() throws {
        let payload = try Self.broken("planSignedOff") { $0["effectiveDate"] = nil }
        let violations = try Catalogue.schema("planSignedOff").validate(payload)
        #expect(violations.map(\.instancePath) == [""])
        #expect(violations.first?.message.contains("effectiveDate") == true, "\(violations)")
    }

    @Test("a pence amount written as a decimal string is a wrong type")
    func floatLikeStringForPence() throws {
        let payload = try Self.broken("personalBudgetSet") { $0["weeklyCustomerContribution"] = "24.00" }
        let violations = try Catalogue.schema("personalBudgetSet").validate(payload)
        #expect(violations.map(\.instancePath) == ["/weeklyCustomerContribution"])
        #expect(violations.first?.schemaPath == "/properties/weeklyCustomerContribution/$ref/type")
        #expect(!Catalogue.decodes("personalBudgetSet", payload))
    }

    @Test("a pence amount inside a plan line, as a decimal string, is found at its line")
    func floatLikeStringInPlanLine() throws {
        let payload = try Self.broken("supportPlanDrafted") { members in
            guard case .array(var lines) = members["lines"], case .object(var line) = lines[1] else { return }
            line["weeklyCost"] = "15.00"
            lines[1] = .object(line)
            members["lines"] = .array(lines)
        }
        #expect(try Self.paths("supportPlanDrafted", payload) == ["/lines/1/weeklyCost"])
        #expect(!Catalogue.decodes("supportPlanDrafted", payload))
    }

    @Test("a negative amount is refused (rule amount-invalid), though the reader would read it")
    func negativePence() throws {
        let payload = try Self.broken("indicativeBudgetCalculated") { $0["weeklyAmount"] = -1 }
        let violations = try Catalogue.schema("indicativeBudgetCalculated").validate(payload)
        #expect(violations.map(\.instancePath) == ["/weeklyAmount"])
        #expect(violations.first?.schemaPath == "/properties/weeklyAmount/$ref/minimum")
    }

    @Test("a sign-off limit of nothing is refused (rule amount-invalid)")
    func zeroSignOffLimit() throws {
        let payload = try Self.broken("signOffLimitGranted") { $0["weeklyLimit"] = 0 }
        #expect(try Self.paths("signOffLimitGranted", payload) == ["/weeklyLimit"])
    }

    @Test("a wrong type: a Boolean written as a string")
    func wrongType() throws {
        let payload = try Self.broken("eligibilityDetermined") { $0["eligible"] = "yes" }
        let violations = try Catalogue.schema("eligibilityDetermined").validate(payload)
        #expect(violations.map(\.instancePath) == ["/eligible"])
        #expect(violations.first?.schemaPath == "/properties/eligible/type")
        #expect(!Catalogue.decodes("eligibilityDetermined", payload))
    }

    @Test("a word outside the vocabulary")
    func unknownWord() throws {
        let payload = try Self.broken("referralReceived") { $0["routeOfAccess"] = "walkIn" }
        let violations = try Catalogue.schema("referralReceived").validate(payload)
        #expect(violations.map(\.instancePath) == ["/routeOfAccess"])
        #expect(violations.first?.schemaPath == "/properties/routeOfAccess/$ref/enum")
        #expect(!Catalogue.decodes("referralReceived", payload))
    }

    @Test("a date that does not exist", arguments: ["2026-02-30", "30/04/2026", "0000-01-01"])
    func impossibleDate(date: String) throws {
        let payload = try Self.broken("reablementStarted") { $0["freeUntil"] = .string(date) }
        #expect(try Self.paths("reablementStarted", payload) == ["/freeUntil"])
        #expect(!Catalogue.decodes("reablementStarted", payload))
    }

    @Test("an eighth plan component is refused, as the reader refuses it")
    func unknownPlanComponent() throws {
        let payload = try Self.broken("supportPlanDrafted") { members in
            guard case .object(var components) = members["components"] else { return }
            components["whatOthersThink"] = "not a component"
            members["components"] = .object(components)
        }
        let violations = try Catalogue.schema("supportPlanDrafted").validate(payload)
        #expect(violations.map(\.instancePath) == ["/components/whatOthersThink"])
        #expect(!Catalogue.decodes("supportPlanDrafted", payload))
    }

    @Test("a correction whose corrected payload is broken is reported inside it")
    func brokenCorrection() throws {
        let payload = try Self.broken("eventCorrected") { members in
            guard case .object(var corrected) = members["corrected"] else { return }
            corrected["caseKind"] = "child"
            members["corrected"] = .object(corrected)
        }
        #expect(try Self.paths("eventCorrected", payload) == ["/corrected/caseKind"])
        #expect(!Catalogue.decodes("eventCorrected", payload))
    }

    @Test("a correction must carry the schema version its type is read at")
    func correctionSchemaVersion() throws {
        let payload = try Self.broken("eventCorrected") { $0["correctedSchema"] = 2 }
        #expect(try Self.paths("eventCorrected", payload) == ["/correctedSchema"])
        #expect(!Catalogue.decodes("eventCorrected", payload))
    }

    @Test("a correction of a correction or of a dispute marker is refused", arguments: ["eventCorrected", "opinionDisputed"])
    func correctionOfCorrection(type: String) throws {
        let payload = try Self.broken("eventCorrected") { $0["correctedType"] = .string(type) }
        #expect(try Self.paths("eventCorrected", payload).contains("/correctedType"))
    }
}
