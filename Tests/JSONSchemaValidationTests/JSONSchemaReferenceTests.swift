import Testing

@testable import JSONSchemaValidation

/// `$ref` to JSON Pointers within the same document, and `$defs`.
@Suite struct JSONSchemaReferenceTests {
    static let nested = ##"""
        {"$defs": {"pence": {"type": "integer", "minimum": 0},
                   "line": {"type": "object", "required": ["costPence"],
                            "properties": {"costPence": {"$ref": "#/$defs/pence"}}},
                   "lines": {"type": "array", "items": {"$ref": "#/$defs/line"}}},
         "properties": {"components": {"$ref": "#/$defs/lines"}}}
        """##
    static let escaped = ##"""
        {"$defs": {"a/b": {"const": "slash"}, "c~d": {"const": "tilde"}, "e%f": {"const": "percent"},
                   "g h": {"const": "space"}, "~1": {"const": "tricky"}},
         "properties": {"slash": {"$ref": "#/$defs/a~1b"}, "tilde": {"$ref": "#/$defs/c~0d"},
                        "percent": {"$ref": "#/$defs/e%25f"}, "space": {"$ref": "#/$defs/g%20h"},
                        "tricky": {"$ref": "#/$defs/~01"}}}
        """##
    static let tree = ##"""
        {"type": "object", "required": ["name"],
         "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#"}}},
         "additionalProperties": false}
        """##
    static let mutual = ##"""
        {"$ref": "#/$defs/even",
         "$defs": {"even": {"anyOf": [{"maxItems": 0}, {"prefixItems": [{"$ref": "#/$defs/odd"}]}]},
                   "odd": {"type": "array", "prefixItems": [{"$ref": "#/$defs/even"}]}}}
        """##

    static let cases: [ValidityCase] = [
        ValidityCase(nested, ##"{"components": [{"costPence": 1250}, {"costPence": 0}]}"##, true),
        ValidityCase(nested, ##"{"components": [{"costPence": -1}]}"##, false, "through three references"),
        ValidityCase(nested, ##"{"components": [{}]}"##, false),
        ValidityCase(escaped, ##"{"slash": "slash", "tilde": "tilde", "percent": "percent", "space": "space", "tricky": "tricky"}"##, true),
        ValidityCase(escaped, ##"{"slash": "tilde"}"##, false, "~1 is /"),
        ValidityCase(escaped, ##"{"tilde": "slash"}"##, false, "~0 is ~"),
        ValidityCase(escaped, ##"{"percent": "x"}"##, false, "%25 is %"),
        ValidityCase(escaped, ##"{"tricky": "x"}"##, false, "~01 is ~1, not /"),
        ValidityCase(tree, ##"{"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]}"##, true, "recursion through #"),
        ValidityCase(tree, ##"{"name": "a", "children": [{"name": "b", "children": [{"nom": "c"}]}]}"##, false),
        ValidityCase(mutual, "[]", true),
        ValidityCase(mutual, "[[[]]]", true, "mutual recursion"),
        ValidityCase(mutual, "[[[1]]]", false),
        ValidityCase(##"{"prefixItems": [{"type": "integer"}, {"$ref": "#/prefixItems/0"}]}"##, ##"[1, "2"]"##, false, "a reference into prefixItems"),
        ValidityCase(##"{"$ref": "#/$defs/no", "$defs": {"no": false}}"##, "1", false),
        ValidityCase(##"{"$ref": "#/$defs/t", "$defs": {"t": {"type": "array"}}, "maxItems": 1}"##, "[1, 2]", false,
            "$ref applies alongside sibling keywords"),
        ValidityCase(##"{"properties": {"$ref": {"type": "string"}}}"##, ##"{"$ref": 2}"##, false, "a property named $ref is not a reference"),
        ValidityCase(##"{"$defs": {"s": {"type": "string"}}, "enum": [{"$ref": "#/$defs/s"}]}"##, "\"x\"", false,
            "a $ref inside enum is just data"),
    ]

    @Test("references resolve JSON Pointers in the same document", arguments: cases)
    func references(_ testCase: ValidityCase) throws { try testCase.check() }

    @Test("violations found through $ref show the path through the reference")
    func pathThroughReference() throws {
        let found = try violations(of: ##"{"components": [{"costPence": 5}, {"costPence": "12.50"}]}"##, against: Self.nested)
        #expect(found == [
            SchemaViolation(
                instancePath: "/components/1/costPence",
                schemaPath: "/properties/components/$ref/items/$ref/properties/costPence/$ref/type",
                message: "/components/1/costPence must be an integer, not a string"),
        ])
    }

    static let unresolved: [(schema: String, pointer: String, problem: String)] = [
        (##"{"$ref": "#/$defs/missing"}"##, "/$ref", ##""#/$defs/missing" points to nothing in this document"##),
        (##"{"properties": {"a": {"$ref": "other.json#/x"}}}"##, "/properties/a/$ref",
            ##""other.json#/x" is not a reference within this document; only references starting with # are supported, such as "#/$defs/name""##),
        (##"{"$ref": "#anchor"}"##, "/$ref",
            ##""#anchor" is not a JSON Pointer (plain-name anchors are not supported; write "#/$defs/name", with ~0 for ~ and ~1 for /)"##),
        (##"{"$ref": "#/$defs/a~2", "$defs": {"a~2": true}}"##, "/$ref",
            ##""#/$defs/a~2" is not a JSON Pointer (plain-name anchors are not supported; write "#/$defs/name", with ~0 for ~ and ~1 for /)"##),
        (##"{"$ref": "#/$defs/%zz"}"##, "/$ref", ##""#/$defs/%zz" has a % that does not start a valid %XX UTF-8 escape"##),
        (##"{"$ref": "#/prefixItems/01", "prefixItems": [true, true]}"##, "/$ref", ##""#/prefixItems/01" points to nothing in this document"##),
    ]

    @Test("a reference that does not resolve is refused with its pointer", arguments: unresolved)
    func unresolvedReference(schema: String, pointer: String, problem: String) throws {
        let error = try #require(try compileError(schema))
        #expect(error == SchemaError(.unresolvedReference, at: pointer, problem))
    }

    @Test("references that loop without reaching into the data are refused")
    func loopsRefused() throws {
        let direct = try #require(try compileError(##"{"$defs": {"a": {"$ref": "#/$defs/a"}}}"##))
        #expect(direct == SchemaError(
            .referenceCycle, at: "/$defs/a/$ref",
            "these references lead back to themselves without looking inside the data, so validation would never end: #/$defs/a → #/$defs/a"))
        let indirect = try #require(try compileError(##"{"$defs": {"a": {"allOf": [{"$ref": "#/$defs/b"}]}, "b": {"not": {"$ref": "#/$defs/a"}}}}"##))
        #expect(indirect.kind == .referenceCycle)
        #expect(indirect.message.hasSuffix("#/$defs/a → #/$defs/a/allOf/0 → #/$defs/b → #/$defs/b/not → #/$defs/a"))
        let root = try #require(try compileError(##"{"anyOf": [{"$ref": "#"}]}"##))
        #expect(root.kind == .referenceCycle)
    }

    @Test("a reference target that no keyword reaches is still compiled and checked")
    func targetOutsideKeywords() throws {
        let schema = ##"{"$ref": "#/examples/0", "examples": [{"type": "integer"}]}"##
        #expect(try violations(of: "\"x\"", against: schema).map(\.schemaPath) == ["/$ref/type"])
        let error = try #require(try compileError(##"{"$ref": "#/examples/0", "examples": [{"typo": 1}]}"##))
        #expect(error.kind == .unsupportedKeyword)
        #expect(error.schemaPath == "/examples/0/typo")
    }
}
