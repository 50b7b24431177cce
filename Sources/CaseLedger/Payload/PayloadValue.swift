/// A value that has one JSON form in an event payload and reads back from it exactly.
///
/// Guarantee: for every value `v`, `try T(json: v.json, at: "")` equals `v`.
public protocol PayloadValue: Sendable {
    /// The JSON form stored in a payload.
    var json: JSONValue { get }
    /// Reads the value from its JSON form; `path` names the field in errors.
    init(json: JSONValue, at path: String) throws(PayloadDecodingError)
    /// Reads the value from its JSON form on a tape, exactly as `init(json:at:)` reads the same
    /// value (by default, by making that value). Both are lent (`borrowing`): a read copies
    /// neither — retains neither the tape nor the path — unless it keeps them.
    init(tape: borrowing JSONTape.Value, at path: borrowing String) throws(PayloadDecodingError)
}

extension PayloadValue {
    /// Reads the value made from the tape.
    public init(tape: borrowing JSONTape.Value, at path: borrowing String) throws(PayloadDecodingError) {
        try self.init(json: tape.jsonValue, at: copy path)
    }
}

extension String: PayloadValue {
    /// A JSON string.
    public var json: JSONValue { .string(self) }
    /// Reads a JSON string.
    public init(json: JSONValue, at path: String) throws(PayloadDecodingError) {
        guard let s = json.stringValue else { throw .expected("a string", json, path) }
        self = s
    }
    /// Reads a JSON string on a tape.
    public init(tape: borrowing JSONTape.Value, at path: borrowing String) throws(PayloadDecodingError) {
        guard let s = tape.stringValue else { throw .expected("a string", tape.jsonValue, path) }
        self = s
    }
}

extension Int64: PayloadValue {
    /// A JSON integer; the string "out of range" beyond ±2^53 − 1, which no JSON integer holds
    /// (an error value where `CanonicalJSON` would stop the program: issue 14).
    public var json: JSONValue { JSONValue.integer(checked: self) }
    /// Reads a JSON integer.
    public init(json: JSONValue, at path: String) throws(PayloadDecodingError) {
        guard let i = json.integerValue else { throw .expected("an integer", json, path) }
        self = i
    }
    /// Reads a JSON integer on a tape.
    public init(tape: borrowing JSONTape.Value, at path: borrowing String) throws(PayloadDecodingError) {
        guard let i = tape.integerValue else { throw .expected("an integer", tape.jsonValue, path) }
        self = i
    }
}

extension Int: PayloadValue {
    /// A JSON integer; the string "out of range" beyond ±2^53 − 1 (see `Int64.json`).
    public var json: JSONValue { JSONValue.integer(checked: Int64(self)) }
    /// Reads a JSON integer.
    public init(json: JSONValue, at path: String) throws(PayloadDecodingError) {
        guard let i = json.integerValue else { throw .expected("an integer", json, path) }
        self = Int(i)
    }
    /// Reads a JSON integer on a tape.
    public init(tape: borrowing JSONTape.Value, at path: borrowing String) throws(PayloadDecodingError) {
        guard let i = tape.integerValue else { throw .expected("an integer", tape.jsonValue, path) }
        self = Int(i)
    }
}

extension Bool: PayloadValue {
    /// JSON `true` or `false`.
    public var json: JSONValue { .bool(self) }
    /// Reads JSON `true` or `false`.
    public init(json: JSONValue, at path: String) throws(PayloadDecodingError) {
        guard let b = json.boolValue else { throw .expected("true or false", json, path) }
        self = b
    }
    /// Reads JSON `true` or `false` on a tape.
    public init(tape: borrowing JSONTape.Value, at path: borrowing String) throws(PayloadDecodingError) {
        guard let b = tape.boolValue else { throw .expected("true or false", tape.jsonValue, path) }
        self = b
    }
}

extension Money: PayloadValue {
    /// An integer number of pence; the string "out of range" for `Money.outOfRange`.
    public var json: JSONValue { JSONValue.integer(checked: pence) }
    /// Reads an integer number of pence.
    public init(json: JSONValue, at path: String) throws(PayloadDecodingError) {
        guard let i = json.integerValue else { throw .expected("an integer number of pence", json, path) }
        self.init(pence: i)
    }
    /// Reads an integer number of pence on a tape.
    public init(tape: borrowing JSONTape.Value, at path: borrowing String) throws(PayloadDecodingError) {
        guard let i = tape.integerValue else { throw .expected("an integer number of pence", tape.jsonValue, path) }
        self.init(pence: i)
    }
}

extension CalendarDate: PayloadValue {
    /// A `YYYY-MM-DD` string.
    public var json: JSONValue { .string(iso) }
    /// Reads a `YYYY-MM-DD` string naming a real date.
    public init(json: JSONValue, at path: String) throws(PayloadDecodingError) {
        guard let s = json.stringValue, let d = CalendarDate(s) else {
            throw .expected("a date written YYYY-MM-DD", json, path)
        }
        self = d
    }
    /// Reads a `YYYY-MM-DD` string on a tape.
    public init(tape: borrowing JSONTape.Value, at path: borrowing String) throws(PayloadDecodingError) {
        guard let d = tape.withUTF8Span({ CalendarDate(utf8: $0) }) ?? nil else {
            throw .expected("a date written YYYY-MM-DD", tape.jsonValue, path)
        }
        self = d
    }
}

extension Timestamp: PayloadValue {
    /// An RFC 3339 UTC string.
    public var json: JSONValue { .string(rfc3339) }
    /// Reads an RFC 3339 UTC string.
    public init(json: JSONValue, at path: String) throws(PayloadDecodingError) {
        guard let s = json.stringValue, let t = Timestamp(rfc3339: s) else {
            throw .expected("a UTC time written like 2026-04-01T09:30:00Z", json, path)
        }
        self = t
    }
    /// Reads an RFC 3339 UTC string on a tape.
    public init(tape: borrowing JSONTape.Value, at path: borrowing String) throws(PayloadDecodingError) {
        guard let t = tape.withUTF8Span({ Timestamp(rfc3339UTF8: $0) }) ?? nil else {
            throw .expected("a UTC time written like 2026-04-01T09:30:00Z", tape.jsonValue, path)
        }
        self = t
    }
}

extension Array: PayloadValue where Element: PayloadValue {
    /// A JSON list of the elements' forms.
    public var json: JSONValue { .array(map(\.json)) }
    /// Reads a JSON list; an element's error names its index, e.g. `lines[2].weeklyCost`.
    public init(json: JSONValue, at path: String) throws(PayloadDecodingError) {
        guard let items = json.arrayValue else { throw .expected("a list", json, path) }
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            result.append(try Element(json: item, at: path == PayloadReader.unnamed ? path : "\(path)[\(i)]"))
        }
        self = result
    }
    /// Reads a JSON list on a tape, as `init(json:at:)` does (an empty list allocates nothing).
    public init(tape: borrowing JSONTape.Value, at path: borrowing String) throws(PayloadDecodingError) {
        guard let count = tape.elementCount else { throw .expected("a list", tape.jsonValue, path) }
        guard count > 0 else {
            self = []
            return
        }
        var result: [Element] = []
        result.reserveCapacity(count)
        if path == PayloadReader.unnamed {
            _ = try tape.forEachElement { item throws(PayloadDecodingError) in result.append(try Element(tape: item, at: path)) }
        } else {
            _ = try tape.forEachElement { item throws(PayloadDecodingError) in
                result.append(try Element(tape: item, at: "\(path)[\(result.count)]"))
            }
        }
        self = result
    }
}

/// A fixed vocabulary stored as its raw string; decoding lists the allowed words on error.
public protocol PayloadEnum: PayloadValue, RawRepresentable, CaseIterable, Hashable
where RawValue == String {
    /// The words, prepared once for reading from a tape: `static let words = JSONWords<Self>()`.
    static var words: JSONWords<Self> { get }
}

extension PayloadEnum {
    /// The raw word.
    public var json: JSONValue { .string(rawValue) }
    /// Reads one of the allowed words.
    public init(json: JSONValue, at path: String) throws(PayloadDecodingError) {
        guard let s = json.stringValue else { throw .expected("a string", json, path) }
        guard let v = Self(rawValue: s) else {
            let allowed = Self.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw PayloadDecodingError(field: path, problem: "\"\(s)\" is not one of \(allowed)")
        }
        self = v
    }
    /// Reads one of the allowed words on a tape, as `init(json:at:)` does: the word's bytes,
    /// borrowed in place, are looked up in `words` (a word's bytes equal as `String`s equal
    /// here: the allowed words are ASCII).
    public init(tape: borrowing JSONTape.Value, at path: borrowing String) throws(PayloadDecodingError) {
        if let found = Self.words.value(of: tape) {
            self = found
            return
        }
        try self.init(json: tape.jsonValue, at: copy path)
    }
}

extension PayloadDecodingError {
    /// "expected X, found Y" at `path`.
    static func expected(_ what: String, _ found: JSONValue, _ path: String) -> PayloadDecodingError {
        PayloadDecodingError(field: path, problem: "expected \(what), found \(found.kindDescription)")
    }
}

extension JSONWords where Value: PayloadEnum {
    /// Every case of the vocabulary by its raw word.
    public init() {
        self.init(Value.allCases.map { ($0.rawValue, $0) })
    }
}
