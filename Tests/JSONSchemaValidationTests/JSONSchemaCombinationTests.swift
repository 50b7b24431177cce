import Testing

@testable import JSONSchemaValidation

/// `allOf`, `anyOf`, `oneOf`, `not` and `if`/`then`/`else`.
@Suite struct JSONSchemaCombinationTests {
    static let costOrHours = #"{"anyOf": [{"required": ["costPence"]}, {"required": ["hours"]}]}"#
    static let oneOfBands = #"{"oneOf": [{"maximum": 10}, {"minimum": 5}]}"#
    static let ended = #"""
        {"if": {"properties": {"status": {"const": "ended"}}, "required": ["status"]},
         "then": {"required": ["endDate"]}, "else": {"not": {"required": ["endDate"]}}}
        """#

    static let cases: [ValidityCase] = [
        ValidityCase(#"{"allOf": [{"minimum": 1}, {"maximum": 9}]}"#, "5", true),
        ValidityCase(#"{"allOf": [{"minimum": 1}, {"maximum": 9}]}"#, "10", false),
        ValidityCase(#"{"allOf": [true, true]}"#, "\"x\"", true),
        ValidityCase(#"{"allOf": [true, false]}"#, "\"x\"", false),
        ValidityCase(costOrHours, #"{"costPence": 1}"#, true),
        ValidityCase(costOrHours, #"{"costPence": 1, "hours": 2}"#, true, "anyOf allows several matches"),
        ValidityCase(costOrHours, "{}", false),
        ValidityCase(oneOfBands, "2", true),
        ValidityCase(oneOfBands, "12", true),
        ValidityCase(oneOfBands, "7", false, "oneOf fails when two forms match"),
        ValidityCase(#"{"oneOf": [false, false]}"#, "1", false),
        ValidityCase(#"{"not": {"type": "null"}}"#, "0", true),
        ValidityCase(#"{"not": {"type": "null"}}"#, "null", false),
        ValidityCase(#"{"not": true}"#, "1", false),
        ValidityCase(ended, #"{"status": "ended", "endDate": "2025-01-01"}"#, true),
        ValidityCase(ended, #"{"status": "ended"}"#, false, "then applies when if matches"),
        ValidityCase(ended, #"{"status": "open"}"#, true),
        ValidityCase(ended, #"{"status": "open", "endDate": "2025-01-01"}"#, false, "else applies when if fails"),
        ValidityCase(#"{"if": {"minimum": 0}}"#, "-1", true, "if alone asserts nothing"),
        ValidityCase(#"{"if": true, "then": {"type": "string"}}"#, "1", false),
        ValidityCase(#"{"if": false, "else": {"type": "string"}}"#, "1", false),
    ]

    @Test("combinations accept and reject as JSON Schema says", arguments: cases)
    func combinations(_ testCase: ValidityCase) throws { try testCase.check() }

    @Test("allOf and then report their subschemas' violations directly")
    func directViolations() throws {
        let found = try violations(of: #"{"status": "ended"}"#, against: Self.ended)
        #expect(found == [
            SchemaViolation(instancePath: "", schemaPath: "/then/required", message: "missing required field \"endDate\""),
        ])
        let all = try violations(of: "12", against: #"{"allOf": [{"maximum": 10}, {"multipleOf": 5}]}"#)
        #expect(all.map(\.schemaPath) == ["/allOf/0/maximum", "/allOf/1/multipleOf"])
    }

    @Test("anyOf and oneOf summarise why each alternative failed")
    func alternativesSummarised() throws {
        let any = try violations(of: #"{"item": {}}"#, against: #"{"properties": {"item": \#(Self.costOrHours)}}"#)
        #expect(any == [
            SchemaViolation(
                instancePath: "/item", schemaPath: "/properties/item/anyOf",
                message: "/item does not match any of the 2 allowed forms: (1) /item: missing required field \"costPence\"; (2) /item: missing required field \"hours\""),
        ])
        #expect(try violations(of: "7", against: Self.oneOfBands).map(\.message)
            == ["the value must match exactly one of the 2 allowed forms, but matches forms 1 and 2"])
        #expect(try violations(of: "\"x\"", against: #"{"oneOf": [{"type": "integer"}, {"type": "null"}]}"#).map(\.message)
            == ["the value must match exactly one of the 2 allowed forms, but matches none: (1) the value must be an integer, not a string; (2) the value must be null, not a string"])
    }

    @Test("not names the schema the value must not match")
    func notMessage() throws {
        #expect(try violations(of: #"{"a": null}"#, against: #"{"properties": {"a": {"not": {"type": "null"}}}}"#)
            == [SchemaViolation(
                instancePath: "/a", schemaPath: "/properties/a/not",
                message: "/a must not match the schema at /properties/a/not")])
    }

    @Test("then or else without if, and minContains without contains, are refused rather than ignored",
        arguments: [
            (#"{"then": {}}"#, "/then"), (#"{"else": {}}"#, "/else"),
            (#"{"minContains": 1}"#, "/minContains"), (#"{"maxContains": 1}"#, "/maxContains"),
        ])
    func companionsNeeded(schema: String, pointer: String) throws {
        let error = try #require(try compileError(schema))
        #expect(error.kind == .invalidValue)
        #expect(error.schemaPath == pointer)
    }

    @Test("allOf, anyOf and oneOf need a non-empty list", arguments: ["allOf", "anyOf", "oneOf"])
    func emptyListRefused(keyword: String) throws {
        let error = try #require(try compileError(#"{"\#(keyword)": []}"#))
        #expect(error.schemaPath == "/\(keyword)")
    }
}
