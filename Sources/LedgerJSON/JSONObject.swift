// Keeps events/INVARIANTS.md rule 65: a JSON member name is its exact code units, never normalised.
/// The members of a JSON object, keyed by `JSONKey`: names that differ in their code units are
/// two members even when Unicode calls them equivalent (`"e\u{301}"` and `"\u{E9}"`), as the
/// format says (events/FORMAT.md, RFC 8785). Unordered; `CanonicalJSON` writes the members
/// sorted by the UTF-16 code units of their names.
///
/// Reads and writes like a dictionary: a literal, a subscript by `String` or `JSONKey`, `count`,
/// `keys`, and iteration as `(key, value)` pairs (in no particular order).
public struct JSONObject: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// The members by name.
    public var members: [JSONKey: JSONValue]

    /// An object with no members.
    @inlinable public init() { members = [:] }

    /// An object with no members, with room for `minimumCapacity` of them.
    @inlinable public init(minimumCapacity: Int) { members = Dictionary(minimumCapacity: minimumCapacity) }

    /// The object of `members`.
    @inlinable public init(_ members: [JSONKey: JSONValue]) { self.members = members }

    /// The object of `members`, whose names are the program's own (a `String`-keyed dictionary
    /// already holds one of two names that differ only by normalisation, so never build one from
    /// names read from input).
    public init(names members: [String: JSONValue]) {
        self.members = Dictionary(minimumCapacity: members.count)
        for (name, value) in members { self.members[JSONKey(name)] = value }
    }

    /// An object; a repeated name (the same code units) keeps its last value. Each name is kept
    /// as its code units are, so names that differ only by Unicode normalisation are two.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        members = Dictionary(minimumCapacity: elements.count)
        for (k, v) in elements { members[JSONKey(k)] = v }
    }

    /// The member named `key` (by its exact code units).
    @inlinable public subscript(key: JSONKey) -> JSONValue? {
        get { members[key] }
        set { members[key] = newValue }
    }

    /// The member named `key` (by its exact code units).
    @inlinable public subscript(key: String) -> JSONValue? {
        get { members[JSONKey(key)] }
        set { members[JSONKey(key)] = newValue }
    }

    /// Sets member `key` to `value`; its earlier value, if it had one.
    @inlinable @discardableResult
    public mutating func updateValue(_ value: JSONValue, forKey key: JSONKey) -> JSONValue? {
        members.updateValue(value, forKey: key)
    }

    /// Removes member `key`; its value, if it had one.
    @inlinable @discardableResult
    public mutating func removeValue(forKey key: JSONKey) -> JSONValue? { members.removeValue(forKey: key) }

    /// Makes room for `minimumCapacity` members.
    @inlinable public mutating func reserveCapacity(_ minimumCapacity: Int) { members.reserveCapacity(minimumCapacity) }

    /// How many members.
    @inlinable public var count: Int { members.count }

    /// Whether there are no members.
    @inlinable public var isEmpty: Bool { members.isEmpty }

    /// The names, in no particular order.
    @inlinable public var keys: Dictionary<JSONKey, JSONValue>.Keys { members.keys }

    /// The values, in no particular order.
    @inlinable public var values: Dictionary<JSONKey, JSONValue>.Values { members.values }

    /// The members with each value transformed.
    @inlinable public func mapValues(_ transform: (JSONValue) throws -> JSONValue) rethrows -> JSONObject {
        JSONObject(try members.mapValues(transform))
    }

    /// The members as `(key, value)` pairs, in no particular order.
    @inlinable public func makeIterator() -> Dictionary<JSONKey, JSONValue>.Iterator { members.makeIterator() }

    /// How many members (for `Sequence`).
    @inlinable public var underestimatedCount: Int { members.count }
}
