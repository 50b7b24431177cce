/// A value stored as a JSON object with named fields, read with a `PayloadReader` and written
/// with a `PayloadWriter`.
public protocol PayloadObject: PayloadValue {
    /// Reads the fields; a missing or mistyped field throws an error naming it. The reader is
    /// lent (`borrowing`), so passing it on to a nested part's reader copies nothing.
    init(from reader: borrowing PayloadReader) throws(PayloadDecodingError)
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

    /// Reads the object on a tape.
    public init(tape: borrowing JSONTape.Value, at path: borrowing String) throws(PayloadDecodingError) {
        try self.init(from: PayloadReader(copy tape, at: copy path))
    }
}

/// Reads named fields of a JSON object; every error names the full path of the field.
///
/// The object is a `JSONValue`, or a value on a `JSONTape` (read without hashing a key). Either
/// way a field reads the same: a type reads a tape through `PayloadValue.init(tape:at:)`.
public struct PayloadReader: Sendable {
    /// The object on its tape; nil for a `JSONValue`. (Two optionals rather than an enum: a
    /// field is read through this one borrowed in place, with no copy of the value.)
    private let onTape: JSONTape.Value?
    /// The object's members when it is a `JSONValue`; nil on a tape.
    private let dictionary: JSONObject?
    /// The object's path inside the payload ("" at the top).
    public let path: String
    /// Whether `path` is `unnamed` (compared once, not per field).
    private let unnamed: Bool

    /// A reader over `value`, which must be an object.
    public init(_ value: JSONValue, at path: String = "") throws(PayloadDecodingError) {
        guard let members = value.objectValue else { throw .expected("an object", value, path) }
        self.dictionary = members
        self.onTape = nil
        self.path = path
        self.unnamed = path == PayloadReader.unnamed
    }

    /// A reader over `value` on a tape, which must be an object.
    public init(_ value: JSONTape.Value, at path: String = "") throws(PayloadDecodingError) {
        guard value.isObject else { throw .expected("an object", value.jsonValue, path) }
        self.onTape = value
        self.dictionary = nil
        self.path = path
        self.unnamed = path == PayloadReader.unnamed
    }

    /// The object's members (made from the tape when read from one).
    public var members: JSONObject {
        if let onTape { return onTape.jsonValue.objectValue ?? [:] }
        return dictionary ?? [:]
    }

    /// The object's member names.
    public var keys: [String] {
        if let onTape { return onTape.keys ?? [] }
        return dictionary.map { $0.keys.map(\.string) } ?? []
    }

    /// A path naming no field, for a first read that builds no paths (building them is much of
    /// the cost of reading a large payload): a reader at it passes it on to every field, and a
    /// list to every element, so an error from such a read names no field, and the payload is
    /// read again at a real path to name it (as `CaseEvent.decode` does).
    public static let unnamed = "\u{0}"

    /// The path of member `key` (`unnamed` when this reader's path is).
    func pathOf(_ key: String) -> String {
        if unnamed { return path }
        return path.isEmpty ? key : "\(path).\(key)"
    }

    /// The path of member `key` (`unnamed` when this reader's path is).
    @inline(__always)
    func pathOf(_ key: JSONTape.Key) -> String {
        unnamed ? path : pathOf(key.description)
    }

    /// How many members the object has.
    public var memberCount: Int {
        if let onTape { return onTape.memberCount ?? 0 }
        return dictionary?.count ?? 0
    }

    /// The member `key` as read, null included; nil when absent.
    @inline(__always)
    private func member<T: PayloadValue>(_ key: JSONTape.Key, as: T.Type) throws(PayloadDecodingError) -> T?? {
        if onTape != nil {
            // Through optional chaining the object is read in place, not copied (`if let` would
            // retain its tape); the member and path are lent to the reading (no retain of either).
            // Nil when the member is absent; .some(nil) when it is null.
            return try onTape?.withMemberLent(key) { v throws(PayloadDecodingError) -> T? in
                if v.isNull { return nil }
                return unnamed ? try T(tape: v, at: path) : try T(tape: v, at: pathOf(key))
            }
        }
        guard let v = dictionary?[key.description] else { return nil }
        return v.isNull ? .some(nil) : try T(json: v, at: pathOf(key))
    }

    /// The required field `key`.
    public func callAsFunction<T: PayloadValue>(_ key: JSONTape.Key) throws(PayloadDecodingError) -> T {
        guard let v = try member(key, as: T.self), let v else {
            throw PayloadDecodingError(field: pathOf(key), problem: "is missing")
        }
        return v
    }

    /// The optional field `key`: nil when absent or null.
    public func optional<T: PayloadValue>(_ key: JSONTape.Key) throws(PayloadDecodingError) -> T? {
        try member(key, as: T.self) ?? nil
    }

    /// A reader over the object in member `key` (null included, as a value that is not an
    /// object); nil when absent. Throws when the member is not an object.
    public func object(_ key: JSONTape.Key) throws(PayloadDecodingError) -> PayloadReader? {
        if let onTape { return try onTape.member(key).map { v throws(PayloadDecodingError) in try PayloadReader(v, at: pathOf(key)) } }
        return try dictionary?[key.description].map { v throws(PayloadDecodingError) in try PayloadReader(v, at: pathOf(key)) }
    }
}

/// Collects named fields of a JSON object. Optional fields that are nil are left out.
public struct PayloadWriter: Sendable {
    /// The fields written so far.
    public private(set) var members = JSONObject()

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
