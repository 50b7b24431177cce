/// Which keywords a schema may use, in what order they are evaluated, and what to say about
/// the ones it may not.
enum SchemaVocabulary {
    /// Keywords that carry information for people and tools but assert nothing; accepted and
    /// otherwise ignored (`$schema` and `$id` are also checked, see `SchemaCompiler`).
    static let annotations: Set<String> = [
        "$schema", "$id", "title", "description", "examples", "$comment", "default",
        "deprecated", "readOnly", "writeOnly",
    ]

    /// Keywords compiled into a `SchemaKeyword` of their own, in evaluation order: the order
    /// of a schema's violations.
    static let evaluationOrder: [String] = [
        "type", "const", "enum", "$ref",
        "required", "dependentRequired", "minProperties", "maxProperties",
        "properties", "patternProperties", "additionalProperties", "propertyNames",
        "minItems", "maxItems", "uniqueItems", "prefixItems", "items", "contains",
        "minLength", "maxLength", "pattern", "format",
        "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "multipleOf",
        "allOf", "anyOf", "oneOf", "not", "if",
    ]

    /// Keywords read together with another (`then`/`else` with `if`, `minContains` and
    /// `maxContains` with `contains`) or holding schemas for `$ref` only (`$defs`).
    static let companions: Set<String> = ["then", "else", "minContains", "maxContains", "$defs"]

    /// Every keyword a schema may contain.
    static let all: Set<String> = annotations.union(evaluationOrder).union(companions)

    /// What to write instead of JSON Schema keywords this validator does not implement.
    static let unsupportedHints: [String: String] = [
        "unevaluatedProperties": "use \"additionalProperties\" in the schema that lists the \"properties\"",
        "unevaluatedItems": "use \"items\" next to \"prefixItems\"",
        "dependentSchemas": "use \"dependentRequired\", or \"if\"/\"then\"",
        "dependencies": "use \"dependentRequired\" (the 2020-12 spelling)",
        "additionalItems": "in draft 2020-12 write \"prefixItems\" for the leading items and \"items\" for the rest",
        "definitions": "use \"$defs\" (the 2020-12 spelling) and refer to it as \"#/$defs/…\"",
        "$anchor": "refer to subschemas with \"$ref\": \"#/$defs/…\" instead",
        "$dynamicRef": "use \"$ref\" with a local JSON Pointer such as \"#/$defs/…\"",
        "$dynamicAnchor": "use \"$ref\" with a local JSON Pointer such as \"#/$defs/…\"",
        "$recursiveRef": "use \"$ref\" with a local JSON Pointer such as \"#/$defs/…\"",
        "$recursiveAnchor": "use \"$ref\" with a local JSON Pointer such as \"#/$defs/…\"",
        "$vocabulary": "this validator has one fixed vocabulary (see JSONSchema)",
        "contentEncoding": "check encoded content in code",
        "contentMediaType": "check encoded content in code",
        "contentSchema": "check encoded content in code",
    ]

    /// The problem to report for `keyword`, which is not in `all`.
    static func refusal(of keyword: String) -> String {
        let quoted = "\"\(keyword)\""
        if let hint = unsupportedHints[keyword] {
            return "the keyword \(quoted) is not supported by this validator; \(hint)"
        }
        if let suggestion = nearest(to: keyword) {
            return "unknown keyword \(quoted); did you mean \"\(suggestion)\"?"
        }
        return "unknown keyword \(quoted); this validator supports only the keywords listed on JSONSchema"
    }

    /// The supported keyword closest to `keyword` when it is plausibly a misspelling of it
    /// (at most two edits, or a difference of letter case only).
    static func nearest(to keyword: String) -> String? {
        var best: (keyword: String, distance: Int)?
        for candidate in all.sorted() {
            if candidate.lowercased() == keyword.lowercased() { return candidate }
            let distance = editDistance(Array(keyword.unicodeScalars), Array(candidate.unicodeScalars))
            if distance <= 2 && distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.keyword
    }

    /// Levenshtein distance between two scalar sequences.
    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}
