/// A value stored as a JSON object with named fields, read with a `PayloadReader` and written
/// with a `PayloadWriter`.
public protocol PayloadObject: PayloadValue {
    /// Reads the fields; a missing or mistyped field throws an error naming it.
    init(from reader: PayloadReader) throws(PayloadDecodingError)
    /// Writes the fields.
    func encode(to writer: inout PayloadWriter)
}

extension PayloadObject {
    /// The JSON object of the fields.
    public var json: JSONValue {
        var w = PayloadWriter()
        encode(to: &w)
        return .object(w.members)
    }

    /// Reads the JSON object.
    public init(json: JSONValue, at path: String) throws(PayloadDecodingError) {
        try self.init(from: PayloadReader(json, at: path))
    }
}

/// Reads named fields of a JSON object; every error names the full path of the field.
public struct PayloadReader: Sendable {
    /// The object's members.
    public let members: [String: JSONValue]
    /// The object's path inside the payload ("" at the top).
    public let path: String

    /// A reader over `value`, which must be an object.
    public init(_ value: JSONValue, at path: String = "") throws(PayloadDecodingError) {
        guard let members = value.objectValue else { throw .expected("an object", value, path) }
        self.members = members
        self.path = path
    }

    /// A path naming no field, for a first read that builds no paths (building them is much of
    /// the cost of reading a large payload): a reader at it passes it on to every field, and a
    /// list to every element, so an error from such a read names no field, and the payload is
    /// read again at a real path to name it (as `CaseEvent.decode` does).
    public static let unnamed = "\u{0}"

    /// The path of member `key` (`unnamed` when this reader's path is).
    func pathOf(_ key: String) -> String {
        if path.isEmpty { return key }
        return path == PayloadReader.unnamed ? path : "\(path).\(key)"
    }

    /// The required field `key`.
    public func callAsFunction<T: PayloadValue>(_ key: String) throws(PayloadDecodingError) -> T {
        guard let v = members[key], !v.isNull else {
            throw PayloadDecodingError(field: pathOf(key), problem: "is missing")
        }
        return try T(json: v, at: pathOf(key))
    }

    /// The optional field `key`: nil when absent or null.
    public func optional<T: PayloadValue>(_ key: String) throws(PayloadDecodingError) -> T? {
        guard let v = members[key], !v.isNull else { return nil }
        return try T(json: v, at: pathOf(key))
    }
}

/// Collects named fields of a JSON object. Optional fields that are nil are left out.
public struct PayloadWriter: Sendable {
    /// The fields written so far.
    public private(set) var members: [String: JSONValue] = [:]

    /// An empty object.
    public init() {}

    /// Sets field `key`.
    public mutating func set<T: PayloadValue>(_ key: String, _ value: T) {
        members[key] = value.json
    }

    /// Sets field `key` to a raw JSON value (a nested payload).
    public mutating func setRaw(_ key: String, _ value: JSONValue) {
        members[key] = value
    }

    /// Sets field `key` when `value` is not nil.
    public mutating func optional<T: PayloadValue>(_ key: String, _ value: T?) {
        if let value { members[key] = value.json }
    }
}
