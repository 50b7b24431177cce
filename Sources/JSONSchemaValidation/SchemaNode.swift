import LedgerJSON

/// One compiled (sub)schema: the Boolean schemas `true` and `false`, or an object schema's
/// assertions and applicators in a fixed evaluation order.
///
/// Nodes refer to each other by index into `JSONSchema`'s node table (the root is index 0), so
/// `$ref` can form recursive structures without reference cycles in memory.
struct SchemaNode: Sendable {
    /// What the node checks.
    enum Body: Sendable {
        /// `true` accepts every value; `false` rejects every value.
        case always(Bool)
        /// An object schema's keywords, in evaluation order.
        case keywords([SchemaKeyword])
    }

    /// JSON Pointer to this schema in the schema document.
    let pointer: String
    /// What it checks.
    let body: Body
}

/// A compiled keyword: its name (the last token of the schema path of its violations) and rule.
struct SchemaKeyword: Sendable {
    /// The keyword as written in the schema, e.g. "minLength".
    let name: String
    /// What it checks.
    let rule: SchemaRule
}

/// The check a compiled keyword performs. Child schemas are indices into the node table.
enum SchemaRule: Sendable {
    case type([SchemaType])
    case const(JSONValue)
    case enumeration([JSONValue])
    case required([String])
    case dependentRequired([(property: String, requires: [String])])
    case minProperties(Int)
    case maxProperties(Int)
    case properties([(name: String, node: Int)])
    case patternProperties([(pattern: SchemaPattern, node: Int)])
    /// Members matched by neither `properties` nor `patternProperties` of the same schema.
    case additionalProperties(node: Int, declared: Set<String>, patterns: [SchemaPattern])
    case propertyNames(node: Int)
    case minItems(Int)
    case maxItems(Int)
    /// `true` forbids equal elements; `false` asserts nothing.
    case uniqueItems(Bool)
    case prefixItems([Int])
    /// Elements from index `first` on (after those `prefixItems` covers).
    case items(node: Int, first: Int)
    /// `contains` with its `minContains` (default 1) and `maxContains` (default none).
    case contains(node: Int, minimum: Int, maximum: Int?)
    case minLength(Int)
    case maxLength(Int)
    case pattern(SchemaPattern)
    case format(SchemaFormat)
    case minimum(Int64)
    case maximum(Int64)
    case exclusiveMinimum(Int64)
    case exclusiveMaximum(Int64)
    case multipleOf(Int64)
    case reference(node: Int)
    case allOf([Int])
    case anyOf([Int])
    case oneOf([Int])
    case not(node: Int)
    /// `if` with its sibling `then` and `else`, each optional.
    case conditional(condition: Int, then: Int?, else: Int?)
}

/// A JSON type a schema's `type` keyword can name.
enum SchemaType: String, CaseIterable, Sendable {
    case null, boolean, integer, number, string, array, object

    /// True when `value` is of this type. The ledger's JSON has integers only, so `number`
    /// and `integer` both accept exactly the integers.
    func admits(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.null, .null), (.boolean, .bool), (.integer, .integer), (.number, .integer),
            (.string, .string), (.array, .array), (.object, .object):
            return true
        default:
            return false
        }
    }
}
