import Testing

@testable import JSONSchemaValidation

/// `type`, `enum` and `const`, which apply to values of every type.
@Suite struct JSONSchemaGenericKeywordTests {
    static let typeCases: [ValidityCase] = [
        ValidityCase(#"{"type": "integer"}"#, "1", true),
        ValidityCase(#"{"type": "integer"}"#, "\"1\"", false, "a string that looks like a number"),
        ValidityCase(#"{"type": "integer"}"#, "true", false),
        ValidityCase(#"{"type": "number"}"#, "-9007199254740991", true, "number means integer here"),
        ValidityCase(#"{"type": "number"}"#, "null", false),
        ValidityCase(#"{"type": "string"}"#, "\"\"", true),
        ValidityCase(#"{"type": "string"}"#, "[]", false),
        ValidityCase(#"{"type": "boolean"}"#, "false", true),
        ValidityCase(#"{"type": "boolean"}"#, "0", false),
        ValidityCase(#"{"type": "null"}"#, "null", true),
        ValidityCase(#"{"type": "null"}"#, "\"\"", false),
        ValidityCase(#"{"type": "array"}"#, "[1]", true),
        ValidityCase(#"{"type": "array"}"#, "{}", false),
        ValidityCase(#"{"type": "object"}"#, "{}", true),
        ValidityCase(#"{"type": "object"}"#, "[]", false),
        ValidityCase(#"{"type": ["string", "null"]}"#, "null", true),
        ValidityCase(#"{"type": ["string", "null"]}"#, "\"x\"", true),
        ValidityCase(#"{"type": ["string", "null"]}"#, "3", false),
    ]

    @Test("type accepts exactly the values of the named types", arguments: typeCases)
    func type(_ testCase: ValidityCase) throws { try testCase.check() }

    @Test("a wrong type says what was expected and what was found")
    func typeMessage() throws {
        let found = try violations(
            of: #"{"costPence": "1250"}"#,
            against: #"{"properties": {"costPence": {"type": "integer"}}}"#)
        #expect(found == [
            SchemaViolation(
                instancePath: "/costPence", schemaPath: "/properties/costPence/type",
                message: "/costPence must be an integer, not a string")
        ])
        let several = try violations(of: "[]", against: #"{"type": ["string", "integer", "null"]}"#)
        #expect(several.map(\.message) == ["the value must be a string, an integer or null, not a list"])
    }

    static let enumCases: [ValidityCase] = [
        ValidityCase(#"{"enum": ["weekly", "four-weekly"]}"#, "\"weekly\"", true),
        ValidityCase(#"{"enum": ["weekly", "four-weekly"]}"#, "\"Weekly\"", false, "case matters"),
        ValidityCase(#"{"enum": [1, "1", null]}"#, "null", true),
        ValidityCase(#"{"enum": [1, "1", null]}"#, "true", false),
        ValidityCase(#"{"enum": [{"a": [1, 2]}]}"#, #"{"a": [1, 2]}"#, true),
        ValidityCase(#"{"enum": [{"a": [1, 2]}]}"#, #"{"a": [2, 1]}"#, false, "order within a list matters"),
        ValidityCase(#"{"enum": [false]}"#, "0", false, "false is not 0"),
        ValidityCase(#"{"enum": ["caf\u00e9"]}"#, #""cafe\u0301""#, false, "strings compare by scalars, not canonical equivalence"),
    ]

    @Test("enum accepts only the listed values", arguments: enumCases)
    func enumeration(_ testCase: ValidityCase) throws { try testCase.check() }

    @Test("a value outside an enum is shown with the allowed values")
    func enumMessage() throws {
        let frequency = #"{"properties": {"frequency": {"enum": ["weekly", "four-weekly"]}}}"#
        #expect(try violations(of: "\"monthly\"", against: #"{"enum": ["weekly", "four-weekly"]}"#)
            == [SchemaViolation(instancePath: "", schemaPath: "/enum", message: "\"monthly\" is not one of: weekly, four-weekly")])
        #expect(try violations(of: #"{"frequency": "monthly"}"#, against: frequency).map(\.message)
            == ["/frequency: \"monthly\" is not one of: weekly, four-weekly"])
        // Values that would be ambiguous bare are shown as JSON.
        #expect(try violations(of: "\"x\"", against: #"{"enum": [1, "a, b", {"k": 1}, ""]}"#).map(\.message)
            == [#""x" is not one of: 1, "a, b", {"k":1}, """#])
    }

    static let constCases: [ValidityCase] = [
        ValidityCase(#"{"const": "supportPlanAgreed"}"#, "\"supportPlanAgreed\"", true),
        ValidityCase(#"{"const": "supportPlanAgreed"}"#, "\"supportPlanDrafted\"", false),
        ValidityCase(#"{"const": 0}"#, "0", true),
        ValidityCase(#"{"const": 0}"#, "false", false),
        ValidityCase(#"{"const": null}"#, "null", true),
        ValidityCase(#"{"const": {"a": 1, "b": [true]}}"#, #"{"b": [true], "a": 1}"#, true, "member order does not matter"),
        ValidityCase(#"{"const": {"a": 1}}"#, #"{"a": 1, "b": 2}"#, false),
    ]

    @Test("const accepts only the one value", arguments: constCases)
    func constant(_ testCase: ValidityCase) throws { try testCase.check() }

    @Test("a const mismatch shows both values")
    func constMessage() throws {
        let found = try violations(of: #"{"kind": "plan"}"#, against: #"{"properties": {"kind": {"const": "supportPlan"}}}"#)
        #expect(found.map(\.message) == [#"/kind must be "supportPlan", not "plan""#])
        #expect(found.map(\.schemaPath) == ["/properties/kind/const"])
    }
}
