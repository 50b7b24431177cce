import LedgerJSON

/// A compiled JSON Schema (draft 2020-12) for the ledger's integers-only JSON, able to report
/// every way in which a value fails it.
///
/// Supported keywords:
/// - any type: `type` (a name or list of names: null, boolean, integer, number, string,
///   array, object; `number` means integer, since the ledger has no other numbers), `enum`,
///   `const`;
/// - objects: `properties`, `required`, `additionalProperties` (Boolean or schema),
///   `patternProperties`, `propertyNames`, `minProperties`, `maxProperties`,
///   `dependentRequired`;
/// - arrays: `items` (2020-12 meaning: the elements after `prefixItems`), `prefixItems`,
///   `minItems`, `maxItems`, `uniqueItems`, `contains` with `minContains`/`maxContains`;
/// - strings: `minLength`/`maxLength` (counting Unicode scalars), `pattern` (ECMA-262-style,
///   unanchored; see `SchemaPattern`), `format` (date, date-time, uuid, email — asserted, not
///   just annotated; see `SchemaFormat`);
/// - integers: `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `multipleOf`;
/// - combining: `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`;
/// - structure: `$defs`, and `$ref` to a JSON Pointer within the same document ("#",
///   "#/$defs/name", with `~0`, `~1` and `%XX` escapes), recursion included;
/// - annotations, accepted and otherwise ignored: `$schema` (must name draft 2020-12), `$id`
///   (root only), `title`, `description`, `examples`, `$comment`, `default`, `deprecated`,
///   `readOnly`, `writeOnly`. Boolean schemas `true` and `false`.
///
/// Guarantees: compiling refuses, with a `SchemaError` naming the keyword and its JSON
/// Pointer, any keyword not listed above, any keyword value of the wrong shape, any `$ref` that
/// does not resolve, and any `$ref` loop that would never terminate: a schema that compiles
/// checks everything it appears to say. Validation is deterministic: the same value gives the
/// same violations in the same order. A `JSONSchema` is immutable and safe to share between
/// threads.
public struct JSONSchema: Sendable {
    /// The compiled schema and its subschemas; index 0 is the document itself.
    let nodes: [SchemaNode]

    /// Compiles the schema document `schema`.
    public init(_ schema: JSONValue) throws(SchemaError) {
        nodes = try SchemaCompiler.compile(schema)
    }

    /// Every way in which `instance` fails this schema, in a fixed order (each schema's
    /// keywords in a fixed order, object members by name, array elements by index); empty
    /// when `instance` is valid.
    public func validate(_ instance: JSONValue) -> [SchemaViolation] {
        SchemaEvaluator(nodes: nodes).violations(0, instance, at: .root)
    }

    /// True when `instance` satisfies this schema (`validate(instance)` is empty).
    public func isValid(_ instance: JSONValue) -> Bool {
        validate(instance).isEmpty
    }
}
