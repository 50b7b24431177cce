import Testing

@testable import JSONSchemaValidation

/// The keywords about objects.
@Suite struct JSONSchemaObjectTests {
    static let plan = #"{"properties": {"start": {"type": "string"}, "hours": {"type": "integer"}}}"#
    static let closed = #"{"properties": {"a": {}}, "patternProperties": {"^x-": {"type": "string"}}, "additionalProperties": false}"#

    static let cases: [ValidityCase] = [
        ValidityCase(plan, #"{"start": "2025-04-01", "hours": 3}"#, true),
        ValidityCase(plan, #"{"hours": "3"}"#, false, "properties checks a present member"),
        ValidityCase(plan, "{}", true, "properties does not require members"),
        ValidityCase(plan, #"{"other": []}"#, true, "other members are allowed by default"),
        ValidityCase(plan, "[1]", true, "properties ignores non-objects"),
        ValidityCase(#"{"required": ["a", "b"]}"#, #"{"a": 1, "b": null}"#, true, "null counts as present"),
        ValidityCase(#"{"required": ["a", "b"]}"#, #"{"a": 1}"#, false),
        ValidityCase(#"{"required": ["a"]}"#, #"["a"]"#, true, "required ignores non-objects"),
        ValidityCase(#"{"required": []}"#, "{}", true),
        ValidityCase(closed, #"{"a": 1, "x-note": "n"}"#, true),
        ValidityCase(closed, #"{"a": 1, "b": 2}"#, false),
        ValidityCase(closed, #"{"x-note": 3}"#, false, "a pattern property is checked by its schema"),
        ValidityCase(#"{"additionalProperties": {"type": "integer"}}"#, #"{"p": 1, "q": 2}"#, true),
        ValidityCase(#"{"additionalProperties": {"type": "integer"}}"#, #"{"p": 1, "q": "2"}"#, false),
        ValidityCase(#"{"allOf": [{"properties": {"a": {}}}], "additionalProperties": false}"#, #"{"a": 1}"#, false,
            "additionalProperties sees only its own schema's properties"),
        ValidityCase(#"{"patternProperties": {"^[0-9]+$": {"type": "integer"}, "5": {"minimum": 10}}}"#, #"{"15": 20}"#, true),
        ValidityCase(#"{"patternProperties": {"^[0-9]+$": {"type": "integer"}, "5": {"minimum": 10}}}"#, #"{"5": 7}"#, false,
            "every matching pattern applies"),
        ValidityCase(#"{"propertyNames": {"pattern": "^[a-z][A-Za-z]*$"}}"#, #"{"costPence": 1}"#, true),
        ValidityCase(#"{"propertyNames": {"pattern": "^[a-z][A-Za-z]*$"}}"#, #"{"cost_pence": 1}"#, false),
        ValidityCase(#"{"propertyNames": false}"#, "{}", true),
        ValidityCase(#"{"propertyNames": false}"#, #"{"a": 1}"#, false),
        ValidityCase(#"{"minProperties": 1}"#, "{}", false),
        ValidityCase(#"{"minProperties": 1}"#, #"{"a": 1}"#, true),
        ValidityCase(#"{"maxProperties": 1}"#, #"{"a": 1, "b": 2}"#, false),
        ValidityCase(#"{"maxProperties": 1}"#, "[1, 2]", true, "maxProperties ignores non-objects"),
        ValidityCase(#"{"dependentRequired": {"endDate": ["endReason"]}}"#, #"{"endDate": "x", "endReason": "y"}"#, true),
        ValidityCase(#"{"dependentRequired": {"endDate": ["endReason"]}}"#, #"{"endReason": "y"}"#, true,
            "the dependency runs one way only"),
        ValidityCase(#"{"dependentRequired": {"endDate": ["endReason"]}}"#, #"{"endDate": "x"}"#, false),
        ValidityCase(#"{"dependentRequired": {"a": []}}"#, #"{"a": 1}"#, true),
    ]

    @Test("object keywords accept and reject as JSON Schema says", arguments: cases)
    func objectKeywords(_ testCase: ValidityCase) throws { try testCase.check() }

    @Test("a missing required field is named, at the object's path")
    func requiredMessage() throws {
        let schema = #"{"required": ["effectiveDate"], "properties": {"lines": {"items": {"required": ["costPence", "hours"]}}}}"#
        let found = try violations(of: #"{"lines": [{"hours": 1}, {}]}"#, against: schema)
        #expect(found == [
            SchemaViolation(instancePath: "", schemaPath: "/required", message: "missing required field \"effectiveDate\""),
            SchemaViolation(
                instancePath: "/lines/0", schemaPath: "/properties/lines/items/required",
                message: "/lines/0: missing required field \"costPence\""),
            SchemaViolation(
                instancePath: "/lines/1", schemaPath: "/properties/lines/items/required",
                message: "/lines/1: missing required field \"costPence\""),
            SchemaViolation(
                instancePath: "/lines/1", schemaPath: "/properties/lines/items/required",
                message: "/lines/1: missing required field \"hours\""),
        ])
    }

    @Test("each unexpected field is reported at its own path")
    func unexpectedFields() throws {
        let found = try violations(of: #"{"plan": {"a": 1, "zz": 2, "b/c": 3}}"#,
            against: #"{"properties": {"plan": {"properties": {"a": {}}, "additionalProperties": false}}}"#)
        #expect(found == [
            SchemaViolation(
                instancePath: "/plan/b~1c", schemaPath: "/properties/plan/additionalProperties",
                message: "/plan: unexpected field \"b/c\""),
            SchemaViolation(
                instancePath: "/plan/zz", schemaPath: "/properties/plan/additionalProperties",
                message: "/plan: unexpected field \"zz\""),
        ])
    }

    @Test("a bad field name is described as a field name")
    func propertyNameMessage() throws {
        let found = try violations(of: #"{"goodName": 1, "Bad Name too long": 2}"#, against: #"{"propertyNames": {"maxLength": 8}}"#)
        #expect(found == [
            SchemaViolation(
                instancePath: "", schemaPath: "/propertyNames/maxLength",
                message: "field name \"Bad Name too long\" must be at most 8 characters long, not 17"),
        ])
        let long = try violations(of: #"{"plan": {"averyverylongname": 1}}"#,
            against: #"{"properties": {"plan": {"propertyNames": {"maxLength": 8}}}}"#)
        #expect(long == [
            SchemaViolation(
                instancePath: "/plan", schemaPath: "/properties/plan/propertyNames/maxLength",
                message: "field name \"averyverylongname\" in /plan must be at most 8 characters long, not 17"),
        ])
    }

    @Test("minProperties, maxProperties and dependentRequired explain themselves")
    func countsAndDependencies() throws {
        #expect(try violations(of: "{}", against: #"{"minProperties": 1}"#).map(\.message)
            == ["the value must have at least 1 field, not 0"])
        #expect(try violations(of: #"{"a": 1, "b": 2, "c": 3}"#, against: #"{"maxProperties": 2}"#).map(\.message)
            == ["the value must have at most 2 fields, not 3"])
        let found = try violations(of: #"{"end": {"endDate": "2025-01-01"}}"#,
            against: #"{"properties": {"end": {"dependentRequired": {"endDate": ["endReason"]}}}}"#)
        #expect(found == [
            SchemaViolation(
                instancePath: "/end", schemaPath: "/properties/end/dependentRequired/endDate",
                message: "/end: field \"endReason\" is required when \"endDate\" is present"),
        ])
    }
}
