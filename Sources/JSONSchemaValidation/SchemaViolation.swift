/// One way in which a JSON value fails a `JSONSchema`.
///
/// Guarantees: `instancePath` is a JSON Pointer (RFC 6901) to the offending part of the value
/// ("" is the whole value, "/components/3/costPence" a member of an element); `schemaPath` is a
/// JSON Pointer to the keyword that failed, following the path the validator took through the
/// schema, `$ref` included (JSON Schema's "keywordLocation", e.g.
/// "/properties/components/items/$ref/required"); `message` is one sentence for the person who
/// must fix the data, naming the location unless it is the whole value.
public struct SchemaViolation: Hashable, Sendable, CustomStringConvertible {
    /// JSON Pointer to the part of the value that is wrong.
    public let instancePath: String
    /// JSON Pointer to the failing keyword, along the path evaluation took through the schema.
    public let schemaPath: String
    /// What is wrong, for the person who must fix the data.
    public let message: String

    /// A violation at `instancePath`, found by the keyword at `schemaPath`.
    public init(instancePath: String, schemaPath: String, message: String) {
        self.instancePath = instancePath
        self.schemaPath = schemaPath
        self.message = message
    }

    /// The same as `message`.
    public var description: String { message }
}
