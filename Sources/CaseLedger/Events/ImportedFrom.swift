// issue 14: one way in for domain events.
/// Where an imported event came from: the older case management system its history was taken
/// from (`caseledger import --from SYSTEM`) and that system's reference for the record it was
/// made from. Who imported it and when are the envelope's actor and recorded time. Set only by
/// the import; a decision recorded live never carries it (`imported-marker-reserved`).
public struct ImportedFrom: PayloadObject, Hashable {
    /// The system the history was taken from, as the council names it, e.g. "CareFirst".
    public var from: String
    /// That system's reference for the record the event was made from, e.g. "CF-88123/4".
    public var sourceRef: String

    /// Where an imported event came from.
    public init(from: String, sourceRef: String) {
        self.from = from
        self.sourceRef = sourceRef
    }

    /// Reads `from` and `sourceRef`.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        from = try r("from")
        sourceRef = try r("sourceRef")
    }

    /// Writes `from` and `sourceRef`.
    public func encode(to w: inout PayloadWriter) {
        w.set("from", from)
        w.set("sourceRef", sourceRef)
    }
}
