import CaseLedger

/// One step of a schema migration: reads payloads stored as (`type`, `schema`) and returns the
/// payload of (`toType`, `toSchema`). A step either raises the schema of a type (`toSchema` >
/// `schema`) or renames the type; chaining steps takes any old event to the current schema.
public struct UpcastStep: Sendable {
    /// The stored event type the step reads.
    public let type: String
    /// The stored schema version the step reads.
    public let schema: Int
    /// The event type it produces (the same type unless the type was renamed).
    public let toType: String
    /// The schema version it produces.
    public let toSchema: Int
    /// Turns the old payload into the new one; an error names the field at fault.
    public let transform: @Sendable (JSONValue) throws(PayloadDecodingError) -> JSONValue

    /// A step from (`type`, `schema`) to (`toType`, `toSchema`). Without `toType` it raises the
    /// schema of the same type (by default by one); with another `toType` it renames the type,
    /// keeping the schema number unless `toSchema` is given.
    public init(
        type: String, schema: Int, toType: String? = nil, toSchema: Int? = nil,
        transform: @escaping @Sendable (JSONValue) throws(PayloadDecodingError) -> JSONValue
    ) {
        self.type = type
        self.schema = schema
        self.toType = toType ?? type
        self.toSchema = toSchema ?? (toType == nil || toType == type ? schema + 1 : schema)
        self.transform = transform
    }
}
