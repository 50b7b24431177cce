import LedgerJSON

extension SchemaCompiler {
    /// The rule for an applicator keyword (one that applies subschemas); `members` is the
    /// whole schema, for the keywords that read a sibling.
    mutating func applicator(
        _ value: JSONValue, at site: KeywordSite, in members: JSONObject
    ) throws(SchemaError) -> SchemaRule {
        switch site.name {
        case "$ref": return .reference(node: try reference(value, at: site))
        case "properties": return .properties(try schemaMap(value, keyword: "properties", at: site.pointer))
        case "patternProperties": return .patternProperties(try patternMap(value, at: site))
        case "additionalProperties":
            return .additionalProperties(
                node: try subschema(value, at: site),
                declared: Set(members["properties"]?.objectValue.map { $0.keys.map(\.string) } ?? []),
                patterns: try patternMap(members["patternProperties"] ?? [:], at: site).map(\.pattern))
        case "propertyNames": return .propertyNames(node: try subschema(value, at: site))
        case "prefixItems": return .prefixItems(try subschemas(value, at: site))
        case "items":
            guard value.arrayValue == nil else {
                throw site.invalid("\"items\" must be a single schema; in draft 2020-12 a list of schemas for the leading items is written \"prefixItems\"")
            }
            let first = members["prefixItems"]?.arrayValue?.count ?? 0
            return .items(node: try subschema(value, at: site), first: first)
        case "contains": return try contains(value, at: site, in: members)
        case "allOf": return .allOf(try subschemas(value, at: site))
        case "anyOf": return .anyOf(try subschemas(value, at: site))
        case "oneOf": return .oneOf(try subschemas(value, at: site))
        case "not": return .not(node: try subschema(value, at: site))
        case "if":
            let condition = try subschema(value, at: site)
            var branches: [Int?] = []
            for name in ["then", "else"] {
                guard let branch = members[name] else {
                    branches.append(nil)
                    continue
                }
                branches.append(try subschema(branch, at: KeywordSite(name: name, schema: site.schema)))
            }
            return .conditional(condition: condition, then: branches[0], else: branches[1])
        default:
            preconditionFailure("SchemaVocabulary.evaluationOrder lists \(site.name), which has no rule")
        }
    }

    /// `patternProperties`: an object whose keys are regular expressions and whose members are
    /// schemas. (Reading it again for `additionalProperties` finds the nodes already compiled.)
    private mutating func patternMap(
        _ value: JSONValue, at site: KeywordSite
    ) throws(SchemaError) -> [(pattern: SchemaPattern, node: Int)] {
        let at = JSONPointer.appending("patternProperties", to: site.schema)
        var compiled: [(pattern: SchemaPattern, node: Int)] = []
        for (source, node) in try schemaMap(value, keyword: "patternProperties", at: at) {
            compiled.append((try pattern(source, at: JSONPointer.appending(source, to: at)), node))
        }
        return compiled
    }

    /// `contains` with its companions `minContains` (default 1) and `maxContains`.
    private mutating func contains(
        _ value: JSONValue, at site: KeywordSite, in members: JSONObject
    ) throws(SchemaError) -> SchemaRule {
        var minimum = 1
        var maximum: Int?
        if let bound = members["minContains"] {
            minimum = try count(bound, at: KeywordSite(name: "minContains", schema: site.schema))
        }
        if let bound = members["maxContains"] {
            maximum = try count(bound, at: KeywordSite(name: "maxContains", schema: site.schema))
        }
        return .contains(node: try subschema(value, at: site), minimum: minimum, maximum: maximum)
    }
}
