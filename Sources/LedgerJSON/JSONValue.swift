/// A JSON value as the ledger stores it: integers only (money is integer pence), no floats.
///
/// Objects are unordered; their canonical byte form (RFC 8785, see `CanonicalJSON`) sorts
/// keys, so two equal values always encode to the same bytes.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// An integer within ±(2^53 − 1), the range every JSON implementation represents exactly.
    case integer(Int64)
    case string(String)
    case array([JSONValue])
    /// An object: its members keyed by their names' exact code units (`JSONObject`).
    case object(JSONObject)

    /// The largest magnitude an integer may have: 2^53 − 1 (I-JSON, RFC 7493 §2.2).
    public static let maxSafeInteger: Int64 = 9_007_199_254_740_991

    /// What `integer(checked:)` gives for an integer no JSON integer holds.
    public static let outOfRange = JSONValue.string("out of range")

    /// `n` as a JSON integer when it lies within ±`maxSafeInteger`; otherwise the error value
    /// `outOfRange` (the string "out of range"), never a value `CanonicalJSON` would refuse to
    /// write. Every integer worked out from domain data is made JSON through this, so a figure
    /// too large to hold is shown as out of range instead of stopping a report.
    public static func integer(checked n: Int64) -> JSONValue {
        n.magnitude <= UInt64(maxSafeInteger) ? .integer(n) : outOfRange
    }

    /// The member `key` when this is an object that has it, otherwise nil.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The member `key` (by its exact code units) when this is an object that has it, otherwise nil.
    public subscript(key: JSONKey) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The string when this is a string, otherwise nil.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The integer when this is an integer, otherwise nil.
    public var integerValue: Int64? {
        if case .integer(let i) = self { return i }
        return nil
    }

    /// The Boolean when this is a Boolean, otherwise nil.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The elements when this is an array, otherwise nil.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The members when this is an object, otherwise nil.
    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// True only for `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The JSON type's name as a person reads it in an error: "a string", "an integer", …
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "true or false"
        case .integer: return "an integer"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    /// `null`.
    public init(nilLiteral: ()) { self = .null }
    /// A Boolean.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An integer.
    public init(integerLiteral value: Int64) { self = .integer(value) }
    /// A string.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An array.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// An object; a repeated key (the same code units) keeps its last value. Each key is kept as
    /// its code units are (`JSONKey`), so keys that differ only by Unicode normalisation are two.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var members = JSONObject(minimumCapacity: elements.count)
        for (k, v) in elements { members[JSONKey(k)] = v }
        self = .object(members)
    }
}
