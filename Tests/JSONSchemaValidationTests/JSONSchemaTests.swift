import LedgerJSON
import Testing

@testable import JSONSchemaValidation

/// Parses JSON text written in a test.
func parsedJSON(_ text: String) throws -> JSONValue {
    try JSONParser.parse(text)
}

/// Compiles a schema written as JSON text in a test.
func compiledSchema(_ text: String) throws -> JSONSchema {
    try JSONSchema(parsedJSON(text))
}

/// The violations of `data` against `schema`, both JSON text.
func violations(of data: String, against schema: String) throws -> [SchemaViolation] {
    try compiledSchema(schema).validate(parsedJSON(data))
}

/// The error compiling `schema` (JSON text) throws, or nil when it compiles.
func compileError(_ schema: String) throws -> SchemaError? {
    let document = try parsedJSON(schema)
    do {
        _ = try JSONSchema(document)
        return nil
    } catch {
        return error
    }
}

/// A schema, a value, and whether the schema accepts the value.
struct ValidityCase: Sendable, CustomTestStringConvertible {
    let schema: String
    let data: String
    let valid: Bool
    let note: String

    init(_ schema: String, _ data: String, _ valid: Bool, _ note: String = "") {
        self.schema = schema
        self.data = data
        self.valid = valid
        self.note = note
    }

    var testDescription: String {
        "\(note.isEmpty ? "" : note + ": ")\(data) \(valid ? "passes" : "fails") \(schema)"
    }

    /// Checks that `validate` agrees with `valid`, and that a failure always says something.
    func check() throws {
        let found = try violations(of: data, against: schema)
        #expect(found.isEmpty == valid, "\(found.map(\.message))")
        for violation in found {
            #expect(!violation.message.isEmpty)
        }
    }
}

@Suite struct JSONSchemaTests {
    @Test("the boolean schema true and the empty schema accept every value", arguments: [
        "null", "true", "0", "-7", "\"\"", "[]", "{}", #"{"a": [1, {"b": null}]}"#,
    ])
    func trueAndEmptyAcceptAnything(data: String) throws {
        #expect(try violations(of: data, against: "true").isEmpty)
        #expect(try violations(of: data, against: "{}").isEmpty)
    }

    @Test("the boolean schema false rejects every value", arguments: ["null", "1", "\"x\"", "[]", "{}"])
    func falseRejectsAnything(data: String) throws {
        let found = try violations(of: data, against: "false")
        #expect(found == [SchemaViolation(instancePath: "", schemaPath: "", message: "the value is not allowed here")])
    }

    @Test("a schema that is neither an object nor a Boolean is refused", arguments: ["1", "\"string\"", "null", "[]"])
    func nonSchemaRefused(schema: String) throws {
        let error = try #require(try compileError(schema))
        #expect(error.kind == .invalidValue)
        #expect(error.schemaPath == "")
    }

    @Test("annotations are accepted and assert nothing")
    func annotationsAccepted() throws {
        let schema = #"""
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.org/plan",
             "title": "t", "description": "d", "$comment": "c", "examples": [1, "x"], "default": {"a": 1},
             "deprecated": true, "readOnly": false, "writeOnly": false}
            """#
        #expect(try violations(of: "\"anything\"", against: schema).isEmpty)
    }

    @Test("every violation is reported, in a fixed order, and the same each time")
    func everyViolationDeterministic() throws {
        let schema = try compiledSchema(#"""
            {"type": "object", "required": ["a", "b", "c"],
             "properties": {"x": {"type": "string"}, "y": {"type": "string"}, "z": {"minimum": 5}}}
            """#)
        let data = try parsedJSON(#"{"z": 1, "y": 2, "x": 3}"#)
        let first = schema.validate(data)
        #expect(first.map(\.instancePath) == ["", "", "", "/x", "/y", "/z"])
        for _ in 0..<20 {
            #expect(schema.validate(data) == first)
        }
        #expect(!schema.isValid(data))
    }

    @Test("a compiled schema can be shared between concurrent tasks")
    func sharedAcrossTasks() async throws {
        let schema = try compiledSchema(#"{"items": {"type": "integer", "minimum": 0}}"#)
        let good = try parsedJSON("[1, 2, 3]")
        let bad = try parsedJSON("[1, -2, \"3\"]")
        let counts = await withTaskGroup(of: Int.self) { group in
            for index in 0..<16 {
                group.addTask { schema.validate(index.isMultiple(of: 2) ? good : bad).count }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(counts.sorted() == Array(repeating: 0, count: 8) + Array(repeating: 2, count: 8))
    }

    @Test("a violation describes itself with its message")
    func violationDescription() {
        let violation = SchemaViolation(instancePath: "/a", schemaPath: "/properties/a/type", message: "m")
        #expect(violation.description == "m")
    }
}
