import Testing

@testable import JSONSchemaValidation

/// What `JSONSchema.init` refuses, and how it says so.
@Suite struct JSONSchemaCompileErrorTests {
    static let unsupported = [
        "unevaluatedProperties", "unevaluatedItems", "dependentSchemas", "dependencies",
        "additionalItems", "definitions", "$anchor", "$dynamicRef", "$dynamicAnchor",
        "$vocabulary", "contentMediaType", "minimumLength", "x-custom",
    ]

    @Test("an unsupported or unknown keyword is refused, never ignored", arguments: unsupported)
    func unsupportedKeyword(keyword: String) throws {
        let error = try #require(try compileError(#"{"properties": {"plan": {"\#(keyword)": {}}}}"#))
        #expect(error.kind == .unsupportedKeyword)
        #expect(error.schemaPath == "/properties/plan/\(keyword)")
        #expect(error.message.hasPrefix("schema at /properties/plan/\(keyword): "))
        #expect(error.message.contains("\"\(keyword)\""))
    }

    @Test("refusals say what to use instead")
    func refusalMessages() throws {
        #expect(try compileError(#"{"unevaluatedProperties": false}"#)?.message
            == #"schema at /unevaluatedProperties: the keyword "unevaluatedProperties" is not supported by this validator; use "additionalProperties" in the schema that lists the "properties""#)
        #expect(try compileError(#"{"requird": ["a"]}"#)?.message
            == #"schema at /requird: unknown keyword "requird"; did you mean "required"?"#)
        #expect(try compileError(#"{"MaxLength": 3}"#)?.message
            == #"schema at /MaxLength: unknown keyword "MaxLength"; did you mean "maxLength"?"#)
        #expect(try compileError(#"{"colour": "red"}"#)?.message
            == #"schema at /colour: unknown keyword "colour"; this validator supports only the keywords listed on JSONSchema"#)
    }

    @Test("a keyword with a key of / or ~ is named by an escaped pointer")
    func escapedKeywordPointer() throws {
        let error = try #require(try compileError(#"{"$defs": {"a/b": {"c~d": 1}}}"#))
        #expect(error.schemaPath == "/$defs/a~1b/c~0d")
    }

    static let invalidValues: [(schema: String, pointer: String, problem: String)] = [
        (#"{"type": "float"}"#, "/type", #""type" names "float", which is not one of: null, boolean, integer, number, string, array, object"#),
        (#"{"type": []}"#, "/type", #""type" must name at least one type"#),
        (#"{"type": ["string", "string"]}"#, "/type/1", #""type" lists "string" twice"#),
        (#"{"minLength": -1}"#, "/minLength", #""minLength" must be a whole number 0 or more, not -1"#),
        (#"{"maxItems": "3"}"#, "/maxItems", #""maxItems" must be a whole number 0 or more, not "3""#),
        (#"{"minimum": "0"}"#, "/minimum", #""minimum" must be an integer, not a string"#),
        (#"{"required": "a"}"#, "/required", #""required" must be a list of strings, not a string"#),
        (#"{"required": ["a", 1]}"#, "/required/1", #""required" must list strings, not an integer"#),
        (#"{"enum": []}"#, "/enum", #""enum" must be a non-empty list of the allowed values, not []"#),
        (#"{"properties": {"a": 1}}"#, "/properties/a", "a schema must be an object, true or false, not an integer"),
        (#"{"properties": []}"#, "/properties", #""properties" must be an object whose members are schemas, not a list"#),
        (#"{"dependentRequired": {"a": "b"}}"#, "/dependentRequired/a", #""a" must be a list of strings, not a string"#),
        (#"{"uniqueItems": 1}"#, "/uniqueItems", #""uniqueItems" must be true or false, not an integer"#),
        (#"{"title": 3}"#, "/title", #""title" must be a string, not an integer"#),
        (#"{"$schema": "http://json-schema.org/draft-07/schema#"}"#, "/$schema",
            #""$schema" is "http://json-schema.org/draft-07/schema#", but this validator reads only draft 2020-12: "https://json-schema.org/draft/2020-12/schema""#),
    ]

    @Test("a keyword value of the wrong shape is refused with its pointer", arguments: invalidValues)
    func invalidValue(schema: String, pointer: String, problem: String) throws {
        let error = try #require(try compileError(schema))
        #expect(error == SchemaError(.invalidValue, at: pointer, problem))
    }

    @Test("$id is accepted at the root only")
    func nestedIdRefused() throws {
        #expect(try compileError(#"{"$id": "https://example.org/s"}"#) == nil)
        let error = try #require(try compileError(#"{"$defs": {"a": {"$id": "a.json"}}}"#))
        #expect(error.kind == .unsupportedKeyword)
        #expect(error.schemaPath == "/$defs/a/$id")
    }

    @Test("the error message starts with the pointer, or says schema root")
    func messageShape() throws {
        #expect(try compileError("3")?.message == "schema root: a schema must be an object, true or false, not an integer")
        #expect(try compileError(#"{"not": 3}"#)?.description == "schema at /not: a schema must be an object, true or false, not an integer")
    }
}
