import LedgerJSON

extension StoredEvent {
    /// The event as one flat JSON object for output: the envelope's fields, the payload as
    /// `data` (the same name append input uses; never `null`: version 1 of the format has no erasure), and the hashes.
    public var jsonObject: JSONValue {
        .object([
            "seq": .integer(seq), "id": .string(id.description), "stream": .string(stream), "type": .string(type),
            "schema": .integer(schema), "recordedAt": .string(recordedAt.rfc3339), "actor": .string(actor),
            "data": payload ?? .null, "hash": .string(hash.hex), "prev": .string(previousHash.hex),
        ])
    }
}
