import Testing

@testable import JSONSchemaValidation

/// The keywords about numbers, which in the ledger are always integers (money in pence).
@Suite struct JSONSchemaIntegerTests {
    static let cases: [ValidityCase] = [
        ValidityCase(#"{"minimum": 0}"#, "0", true, "minimum is inclusive"),
        ValidityCase(#"{"minimum": 0}"#, "-1", false),
        ValidityCase(#"{"minimum": -10}"#, "-10", true),
        ValidityCase(#"{"minimum": 0}"#, "\"-1\"", true, "minimum ignores non-integers"),
        ValidityCase(#"{"maximum": 100000}"#, "100000", true, "maximum is inclusive"),
        ValidityCase(#"{"maximum": 100000}"#, "100001", false),
        ValidityCase(#"{"exclusiveMinimum": 0}"#, "0", false),
        ValidityCase(#"{"exclusiveMinimum": 0}"#, "1", true),
        ValidityCase(#"{"exclusiveMaximum": 168}"#, "168", false),
        ValidityCase(#"{"exclusiveMaximum": 168}"#, "167", true),
        ValidityCase(#"{"multipleOf": 25}"#, "1250", true),
        ValidityCase(#"{"multipleOf": 25}"#, "1260", false),
        ValidityCase(#"{"multipleOf": 25}"#, "-50", true),
        ValidityCase(#"{"multipleOf": 25}"#, "0", true),
        ValidityCase(#"{"multipleOf": 7}"#, "9007199254740991", false),
        ValidityCase(#"{"minimum": -9007199254740991, "maximum": 9007199254740991}"#, "9007199254740991", true),
    ]

    @Test("numeric keywords compare integers exactly", arguments: cases)
    func numericKeywords(_ testCase: ValidityCase) throws { try testCase.check() }

    @Test("numeric violations explain themselves")
    func messages() throws {
        let schema = #"""
            {"properties": {"a": {"minimum": 0}, "b": {"maximum": 10}, "c": {"exclusiveMinimum": 0},
                            "d": {"exclusiveMaximum": 10}, "e": {"multipleOf": 5}}}
            """#
        let found = try violations(of: #"{"a": -1, "b": 11, "c": 0, "d": 10, "e": 12}"#, against: schema)
        #expect(found.map(\.message) == [
            "/a must be at least 0, not -1",
            "/b must be at most 10, not 11",
            "/c must be more than 0, not 0",
            "/d must be less than 10, not 10",
            "/e must be a multiple of 5, not 12",
        ])
        #expect(found.map(\.schemaPath) == [
            "/properties/a/minimum", "/properties/b/maximum", "/properties/c/exclusiveMinimum",
            "/properties/d/exclusiveMaximum", "/properties/e/multipleOf",
        ])
    }

    @Test("multipleOf must be positive", arguments: ["0", "-5"])
    func multipleOfPositive(divisor: String) throws {
        let error = try #require(try compileError(#"{"multipleOf": \#(divisor)}"#))
        #expect(error.kind == .invalidValue)
        #expect(error.schemaPath == "/multipleOf")
    }
}
