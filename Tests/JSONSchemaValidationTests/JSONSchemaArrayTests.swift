import Testing

@testable import JSONSchemaValidation

/// The keywords about arrays.
@Suite struct JSONSchemaArrayTests {
    static let pair = #"{"prefixItems": [{"type": "string"}, {"type": "integer"}], "items": false}"#
    static let tagged = #"{"prefixItems": [{"const": "line"}], "items": {"type": "integer"}}"#

    static let cases: [ValidityCase] = [
        ValidityCase(#"{"items": {"type": "integer"}}"#, "[1, 2, 3]", true),
        ValidityCase(#"{"items": {"type": "integer"}}"#, #"[1, "2"]"#, false),
        ValidityCase(#"{"items": {"type": "integer"}}"#, "[]", true),
        ValidityCase(#"{"items": {"type": "integer"}}"#, #"{"0": "x"}"#, true, "items ignores non-arrays"),
        ValidityCase(pair, #"["a", 1]"#, true),
        ValidityCase(pair, #"["a"]"#, true, "prefixItems does not require every position"),
        ValidityCase(pair, #"[1, "a"]"#, false),
        ValidityCase(pair, #"["a", 1, 2]"#, false, "items false forbids elements past prefixItems"),
        ValidityCase(tagged, #"["line", 1, 2]"#, true, "items starts after prefixItems"),
        ValidityCase(tagged, #"["line", 1, "2"]"#, false),
        ValidityCase(#"{"minItems": 1}"#, "[]", false),
        ValidityCase(#"{"minItems": 1}"#, "[null]", true),
        ValidityCase(#"{"maxItems": 2}"#, "[1, 2, 3]", false),
        ValidityCase(#"{"maxItems": 2}"#, "\"abc\"", true, "maxItems ignores non-arrays"),
        ValidityCase(#"{"uniqueItems": true}"#, "[1, 2, 3]", true),
        ValidityCase(#"{"uniqueItems": true}"#, "[1, 2, 1]", false),
        ValidityCase(#"{"uniqueItems": true}"#, #"[{"a": 1, "b": 2}, {"b": 2, "a": 1}]"#, false, "objects equal whatever the member order"),
        ValidityCase(#"{"uniqueItems": true}"#, "[[1, 2], [2, 1]]", true),
        ValidityCase(#"{"uniqueItems": true}"#, "[0, false, null, \"0\", [], {}]", true, "values of different types differ"),
        ValidityCase(#"{"uniqueItems": true}"#, #"["caf\u00e9", "cafe\u0301"]"#, true, "strings differ by scalars"),
        ValidityCase(#"{"uniqueItems": false}"#, "[1, 1]", true),
        ValidityCase(#"{"contains": {"const": "lead"}}"#, #"["member", "lead"]"#, true),
        ValidityCase(#"{"contains": {"const": "lead"}}"#, #"["member"]"#, false),
        ValidityCase(#"{"contains": {"const": "lead"}}"#, "[]", false, "an empty list contains nothing"),
        ValidityCase(#"{"contains": {"minimum": 5}, "minContains": 2}"#, "[5, 1, 6]", true),
        ValidityCase(#"{"contains": {"minimum": 5}, "minContains": 2}"#, "[5, 1, 4]", false),
        ValidityCase(#"{"contains": {"minimum": 5}, "maxContains": 1}"#, "[5, 1]", true),
        ValidityCase(#"{"contains": {"minimum": 5}, "maxContains": 1}"#, "[5, 6]", false),
        ValidityCase(#"{"contains": {"minimum": 5}, "minContains": 0}"#, "[1]", true, "minContains 0 makes contains optional"),
    ]

    @Test("array keywords accept and reject as JSON Schema says", arguments: cases)
    func arrayKeywords(_ testCase: ValidityCase) throws { try testCase.check() }

    @Test("element violations carry the element's index in both paths")
    func elementPaths() throws {
        let found = try violations(of: #"["x", "y", 3]"#, against: Self.pair)
        #expect(found == [
            SchemaViolation(instancePath: "/1", schemaPath: "/prefixItems/1/type", message: "/1 must be an integer, not a string"),
            SchemaViolation(instancePath: "/2", schemaPath: "/items", message: "/2 is not allowed here"),
        ])
    }

    @Test("counts, repeats and contains explain themselves")
    func messages() throws {
        #expect(try violations(of: "[]", against: #"{"minItems": 1}"#).map(\.message)
            == ["the value must have at least 1 item, not 0"])
        #expect(try violations(of: #"{"a": [1, 2, 3]}"#, against: #"{"properties": {"a": {"maxItems": 2}}}"#).map(\.message)
            == ["/a must have at most 2 items, not 3"])
        #expect(try violations(of: "[1, 2, 3, 2]", against: #"{"uniqueItems": true}"#).map(\.message)
            == ["the value must not repeat items, but item 3 is the same as item 1"])
        #expect(try violations(of: "[1, 2]", against: #"{"contains": {"minimum": 5}}"#)
            == [SchemaViolation(
                instancePath: "", schemaPath: "/contains",
                message: "the value must contain at least one item matching the schema at /contains, but none of its 2 items does")])
        #expect(try violations(of: "[5]", against: #"{"contains": {"minimum": 5}, "minContains": 2}"#)
            == [SchemaViolation(
                instancePath: "", schemaPath: "/minContains",
                message: "the value must contain at least 2 items matching the schema at /contains, not 1")])
        #expect(try violations(of: "[5, 6]", against: #"{"contains": {"minimum": 5}, "maxContains": 1}"#)
            == [SchemaViolation(
                instancePath: "", schemaPath: "/maxContains",
                message: "the value must contain at most 1 item matching the schema at /contains, not 2")])
    }

    @Test("items written as a list (the pre-2020 form) is refused, pointing to prefixItems")
    func itemsListRefused() throws {
        let error = try #require(try compileError(#"{"items": [{"type": "string"}]}"#))
        #expect(error == SchemaError(
            .invalidValue, at: "/items",
            "\"items\" must be a single schema; in draft 2020-12 a list of schemas for the leading items is written \"prefixItems\""))
    }
}
