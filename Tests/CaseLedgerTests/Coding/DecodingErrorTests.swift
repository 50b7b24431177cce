import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("Payloads that do not decode")
struct DecodingErrorTests {
    /// The sign-off payload of the grand tour, with `change` applied.
    func signOff(_ change: (inout JSONObject) -> Void) -> JSONValue {
        var fields = GrandTour.oneOfEach["planSignedOff"]!.event.payload.objectValue!
        change(&fields)
        return .object(fields)
    }

    func error(_ type: String, _ payload: JSONValue, schema: Int = 1) -> PayloadDecodingError? {
        do {
            _ = try CaseEvent.decode(type: type, schema: schema, payload: payload)
            return nil
        } catch {
            return error
        }
    }

    @Test("a missing field is named")
    func missing() {
        let e = error("planSignedOff", signOff { $0["planId"] = nil })
        #expect(e == PayloadDecodingError(field: "planId", problem: "is missing"))
        #expect(e?.description == "field `planId`: is missing")
    }

    @Test("a field of the wrong type says what was expected and found")
    func wrongType() {
        let e = error("planSignedOff", signOff { $0["weeklyCost"] = "240" })
        #expect(e == PayloadDecodingError(field: "weeklyCost", problem: "expected an integer number of pence, found a string"))
    }

    @Test("an impossible date is refused")
    func badDate() {
        let e = error("planSignedOff", signOff { $0["effectiveDate"] = "2026-02-30" })
        #expect(e?.field == "effectiveDate")
        #expect(e?.problem == "expected a date written YYYY-MM-DD, found a string")
    }

    @Test("an error deep inside a list names the path and the allowed words")
    func nestedPath() throws {
        var fields = GrandTour.oneOfEach["needsAssessed"]!.event.payload.objectValue!
        var outcomes = fields["outcomes"]!.arrayValue!
        var third = outcomes[2].objectValue!
        third["grounds"] = ["cannotWithoutAssistance", "tired"]
        outcomes[2] = .object(third)
        fields["outcomes"] = .array(outcomes)
        let e = try #require(error("needsAssessed", .object(fields)))
        #expect(e.field == "outcomes[2].grounds[1]")
        #expect(e.problem.hasPrefix("\"tired\" is not one of \"cannotWithoutAssistance\""))
    }

    @Test("errors inside a correction are named under `corrected`")
    func insideCorrection() throws {
        var fields = GrandTour.oneOfEach["eventCorrected"]!.event.payload.objectValue!
        var inner = fields["corrected"]!.objectValue!
        inner["capital"] = nil
        fields["corrected"] = .object(inner)
        #expect(error("eventCorrected", .object(fields)) == PayloadDecodingError(field: "corrected.capital", problem: "is missing"))
    }

    @Test("unknown types, unsupported schemas and non-objects are errors, not crashes")
    func unknowns() {
        let payload = GrandTour.oneOfEach["planSignedOff"]!.event.payload
        #expect(error("planApproved", payload)?.problem == "\"planApproved\" is not a known case event type")
        #expect(error("planSignedOff", payload, schema: 2)?.problem
            == "schema 2 of event type \"planSignedOff\" is not supported (this build reads schema 1)")
        #expect(error("planSignedOff", [1, 2])?.problem == "expected an object, found a list")
    }
}
