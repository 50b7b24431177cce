import Testing

@testable import JSONSchemaValidation

/// The keywords about strings: lengths, patterns and formats.
@Suite struct JSONSchemaStringTests {
    static let cases: [ValidityCase] = [
        ValidityCase(#"{"minLength": 2}"#, "\"ab\"", true),
        ValidityCase(#"{"minLength": 2}"#, "\"a\"", false),
        ValidityCase(#"{"minLength": 2}"#, "7", true, "minLength ignores non-strings"),
        ValidityCase(#"{"minLength": 2}"#, #""\ud83d\udca9""#, false, "one astral character is one scalar"),
        ValidityCase(#"{"maxLength": 4}"#, #""caf\u00e9""#, true),
        ValidityCase(#"{"maxLength": 4}"#, #""cafe\u0301""#, false, "a combining accent is a scalar of its own"),
        ValidityCase(#"{"maxLength": 0}"#, "\"\"", true),
        ValidityCase(#"{"pattern": "^C-[0-9]+$"}"#, "\"C-1001\"", true),
        ValidityCase(#"{"pattern": "^C-[0-9]+$"}"#, "\"C-10a\"", false),
        ValidityCase(#"{"pattern": "[0-9]"}"#, "\"abc7def\"", true, "a pattern is a search, not anchored"),
        ValidityCase(#"{"pattern": "^C-[0-9]+$"}"#, "12", true, "pattern ignores non-strings"),
        ValidityCase(#"{"pattern": "^C-[0-9]+$"}"#, #""C-1001\n""#, false, "$ does not match before a final line break"),
        ValidityCase(#"{"pattern": "^\\d+$"}"#, "\"2024\"", true),
        ValidityCase(#"{"pattern": "^\\d+$"}"#, "\"২০২৪\"", false, "\\d is ASCII digits only"),
        ValidityCase(#"{"pattern": "^[\\d-]+$"}"#, "\"12-3\"", true, "\\d inside a class"),
        ValidityCase(#"{"pattern": "^\\w+$"}"#, "\"caf\u{e9}\"", false, "\\w is ASCII word characters only"),
        ValidityCase(#"{"pattern": "^\\s$"}"#, #""\ufeff""#, true, "\\s includes ECMA's U+FEFF"),
        ValidityCase(#"{"pattern": "^[[]$"}"#, "\"[\"", true, "[ inside a class is literal"),
        ValidityCase(#"{"pattern": "^\\p{Letter}+$"}"#, "\"π\"", true),
        ValidityCase(#"{"pattern": "^[$£]+$"}"#, "\"$£\"", true, "$ inside a class is literal"),
        ValidityCase(#"{"pattern": "^a\\$$"}"#, "\"a$\"", true, "an escaped $ is literal"),
        ValidityCase(#"{"pattern": "^a\\\\$"}"#, #""a\\""#, true, "$ after an escaped backslash is still the end"),
    ]

    @Test("string keywords accept and reject as JSON Schema says", arguments: cases)
    func stringKeywords(_ testCase: ValidityCase) throws { try testCase.check() }

    static let formatCases: [ValidityCase] = [
        ValidityCase(#"{"format": "date"}"#, "\"2025-04-01\"", true),
        ValidityCase(#"{"format": "date"}"#, "\"2024-02-29\"", true, "a leap day"),
        ValidityCase(#"{"format": "date"}"#, "\"2025-02-29\"", false, "not a leap year"),
        ValidityCase(#"{"format": "date"}"#, "\"2000-02-29\"", true, "divisible by 400"),
        ValidityCase(#"{"format": "date"}"#, "\"1900-02-29\"", false, "divisible by 100 only"),
        ValidityCase(#"{"format": "date"}"#, "\"2025-04-31\"", false, "April has 30 days"),
        ValidityCase(#"{"format": "date"}"#, "\"2025-13-01\"", false),
        ValidityCase(#"{"format": "date"}"#, "\"2025-00-10\"", false),
        ValidityCase(#"{"format": "date"}"#, "\"2025-4-1\"", false, "digits must be padded"),
        ValidityCase(#"{"format": "date"}"#, "\"01/04/2025\"", false),
        ValidityCase(#"{"format": "date"}"#, "\"2025-04-01T00:00:00Z\"", false, "a date-time is not a date"),
        ValidityCase(#"{"format": "date"}"#, "20250401", true, "formats ignore non-strings"),
        ValidityCase(#"{"format": "date-time"}"#, "\"2025-04-01T09:30:00Z\"", true),
        ValidityCase(#"{"format": "date-time"}"#, "\"2025-04-01T09:30:00.123456+01:00\"", true),
        ValidityCase(#"{"format": "date-time"}"#, "\"2025-04-01t09:30:00z\"", true, "T and Z in either case"),
        ValidityCase(#"{"format": "date-time"}"#, "\"2025-04-01T09:30:00\"", false, "an offset is required"),
        ValidityCase(#"{"format": "date-time"}"#, "\"2025-04-01 09:30:00Z\"", false),
        ValidityCase(#"{"format": "date-time"}"#, "\"2025-04-01T24:00:00Z\"", false),
        ValidityCase(#"{"format": "date-time"}"#, "\"2025-04-01T09:30:00.Z\"", false, "a fraction needs digits"),
        ValidityCase(#"{"format": "date-time"}"#, "\"2016-12-31T23:59:60Z\"", true, "a leap second"),
        ValidityCase(#"{"format": "date-time"}"#, "\"2016-12-31T22:59:60Z\"", false, "60 seconds only at 23:59 UTC"),
        ValidityCase(#"{"format": "uuid"}"#, "\"123e4567-e89b-12d3-a456-426614174000\"", true),
        ValidityCase(#"{"format": "uuid"}"#, "\"123E4567-E89B-12D3-A456-426614174000\"", true),
        ValidityCase(#"{"format": "uuid"}"#, "\"123e4567e89b12d3a456426614174000\"", false),
        ValidityCase(#"{"format": "uuid"}"#, "\"123e4567-e89b-12d3-a456-42661417400g\"", false),
        ValidityCase(#"{"format": "email"}"#, "\"care.team@council.gov.uk\"", true),
        ValidityCase(#"{"format": "email"}"#, "\"a+b@example.org\"", true),
        ValidityCase(#"{"format": "email"}"#, "\"no-at-sign.example.org\"", false),
        ValidityCase(#"{"format": "email"}"#, "\"a@b@example.org\"", false),
        ValidityCase(#"{"format": "email"}"#, "\"a..b@example.org\"", false),
        ValidityCase(#"{"format": "email"}"#, "\"a@-example.org\"", false),
        ValidityCase(#"{"format": "email"}"#, "\"a b@example.org\"", false),
        ValidityCase(#"{"format": "email"}"#, "\"\\\"quoted\\\"@example.org\"", false, "quoted local parts are refused (loose check)"),
    ]

    @Test("formats are asserted, not just annotated", arguments: formatCases)
    func formats(_ testCase: ValidityCase) throws { try testCase.check() }

    @Test("string violations explain themselves")
    func messages() throws {
        #expect(try violations(of: #"{"ref": "C1"}"#, against: #"{"properties": {"ref": {"minLength": 3}}}"#).map(\.message)
            == ["/ref must be at least 3 characters long, not 2"])
        #expect(try violations(of: "\"abcd\"", against: #"{"maxLength": 1}"#).map(\.message)
            == ["the value must be at most 1 character long, not 4"])
        #expect(try violations(of: #"{"caseId": "X-1"}"#, against: #"{"properties": {"caseId": {"pattern": "^C-[0-9]+$"}}}"#)
            == [SchemaViolation(
                instancePath: "/caseId", schemaPath: "/properties/caseId/pattern",
                message: "/caseId: \"X-1\" does not match the pattern ^C-[0-9]+$")])
        #expect(try violations(of: #"{"effectiveDate": "2025-02-30"}"#, against: #"{"properties": {"effectiveDate": {"format": "date"}}}"#)
            == [SchemaViolation(
                instancePath: "/effectiveDate", schemaPath: "/properties/effectiveDate/format",
                message: "/effectiveDate: \"2025-02-30\" is not a real date written YYYY-MM-DD (e.g. 2025-04-01)")])
    }

    @Test("a long value is cut short in a message")
    func longValueShortened() throws {
        let long = String(repeating: "x", count: 100)
        let found = try violations(of: "\"\(long)\"", against: #"{"pattern": "^y"}"#)
        #expect(found.map(\.message) == ["\"" + String(repeating: "x", count: 59) + "… does not match the pattern ^y"])
    }

    @Test("an unknown format and a broken pattern are refused at compile time")
    func badFormatAndPattern() throws {
        let format = try #require(try compileError(#"{"properties": {"at": {"format": "time"}}}"#))
        #expect(format.kind == .unsupportedKeyword)
        #expect(format.schemaPath == "/properties/at/format")
        #expect(format.message == "schema at /properties/at/format: the format \"time\" is not supported (formats are checked here, not ignored); supported formats: date, date-time, uuid, email")
        let pattern = try #require(try compileError(#"{"pattern": "(unclosed"}"#))
        #expect(pattern == SchemaError(.invalidValue, at: "/pattern", "\"(unclosed\" is not a regular expression this validator can compile"))
        let key = try #require(try compileError(#"{"patternProperties": {"a/(": {}}}"#))
        #expect(key.schemaPath == "/patternProperties/a~1(")
    }
}
