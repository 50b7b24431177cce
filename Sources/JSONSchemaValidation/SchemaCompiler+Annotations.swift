import LedgerJSON

extension SchemaCompiler {
    /// The only `$schema` values accepted: draft 2020-12, with or without an empty fragment.
    static let dialects: Set<String> = [
        "https://json-schema.org/draft/2020-12/schema",
        "https://json-schema.org/draft/2020-12/schema#",
    ]

    /// Checks the annotation keywords in `members`: the types JSON Schema gives them, a
    /// `$schema` naming draft 2020-12 (other drafts give keywords other meanings), and `$id`
    /// only at the root (a nested `$id` would change what `$ref`s inside it mean).
    func checkAnnotations(_ members: JSONObject, at pointer: String) throws(SchemaError) {
        for name in ["title", "description", "$comment", "$id", "$schema"] {
            let site = KeywordSite(name: name, schema: pointer)
            if let value = members[name], value.stringValue == nil {
                throw site.invalid("\"\(name)\" must be a string, not \(SchemaText.kind(of: value))")
            }
        }
        for name in ["deprecated", "readOnly", "writeOnly"] {
            let site = KeywordSite(name: name, schema: pointer)
            if let value = members[name], value.boolValue == nil {
                throw site.invalid("\"\(name)\" must be true or false, not \(SchemaText.kind(of: value))")
            }
        }
        if let examples = members["examples"], examples.arrayValue == nil {
            throw KeywordSite(name: "examples", schema: pointer).invalid(
                "\"examples\" must be a list, not \(SchemaText.kind(of: examples))")
        }
        if let dialect = members["$schema"]?.stringValue, !Self.dialects.contains(dialect) {
            throw KeywordSite(name: "$schema", schema: pointer).invalid(
                "\"$schema\" is \(SchemaText.show(.string(dialect))), but this validator reads only draft 2020-12: \"https://json-schema.org/draft/2020-12/schema\"")
        }
        if members["$id"] != nil && !pointer.isEmpty {
            throw SchemaError(
                .unsupportedKeyword, at: JSONPointer.appending("$id", to: pointer),
                "\"$id\" is supported only at the root of the document; a nested \"$id\" starts a new schema resource, which this validator does not support")
        }
    }

    /// Refuses keywords that would have no effect without a companion: `then` or `else`
    /// without `if`, `minContains` or `maxContains` without `contains`. JSON Schema ignores
    /// them; here that would mean silently checking less than the schema appears to say.
    func checkCompanions(_ members: JSONObject, at pointer: String) throws(SchemaError) {
        let pairs = [("then", "if"), ("else", "if"), ("minContains", "contains"), ("maxContains", "contains")]
        for (keyword, needed) in pairs where members[keyword] != nil && members[needed] == nil {
            throw SchemaError(
                .invalidValue, at: JSONPointer.appending(keyword, to: pointer),
                "\"\(keyword)\" has no effect without \"\(needed)\" in the same schema")
        }
    }
}
