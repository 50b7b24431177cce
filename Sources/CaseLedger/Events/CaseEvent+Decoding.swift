extension CaseEvent {
    /// Reads a stored case event: its type name, schema version and payload. Fails with an error
    /// naming the field when the payload does not match the type; unknown types and schema
    /// versions are errors too, never a crash.
    public static func decode(
        type: String, schema: Int, payload: JSONValue, at path: String = ""
    ) throws(PayloadDecodingError) -> CaseEvent {
        // Read first at no path (building none); only a payload that fails is read again to name the field.
        if path != PayloadReader.unnamed, let event = try? decode(type: type, schema: schema, payload: payload, at: PayloadReader.unnamed) {
            return event
        }
        return try decode(type: type, schema: schema, reader: PayloadReader(payload, at: path))
    }

    /// Reads a stored case event whose payload is on a tape: the same event, or the same error,
    /// as `decode(type:schema:payload:at:)` gives for the payload's value (a payload that does not
    /// read is read again as a value, to name the field).
    public static func decode(type: String, schema: Int, payload: JSONTape.Value) throws(PayloadDecodingError) -> CaseEvent {
        if let r = try? PayloadReader(payload, at: PayloadReader.unnamed), let event = try? decode(type: type, schema: schema, reader: r) {
            return event
        }
        return try decode(type: type, schema: schema, payload: payload.jsonValue)
    }

    /// Reads a case event of `type` and `schema` from the payload object `r` reads; errors name
    /// fields under `r.path`. The type's reader is found in `decoders`.
    public static func decode(type: String, schema: Int, reader r: PayloadReader) throws(PayloadDecodingError) -> CaseEvent {
        let path = r.path
        guard let decoder = decoders.value(named: type) else {
            throw PayloadDecodingError(field: path, problem: "\"\(type)\" is not a known case event type")
        }
        guard schema == decoder.schema else {
            throw PayloadDecodingError(
                field: path,
                problem: "schema \(schema) of event type \"\(type)\" is not supported (this build reads schema \(decoder.schema))")
        }
        return try decoder.read(r)
    }
}
