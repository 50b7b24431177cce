/// Values by their names, found from a name's UTF-8 by comparing its length and first eight
/// bytes as integers (`JSONTape.Key`), the rest only when those match: no `String` is made and
/// nothing is hashed. Made once (kept in a `static let`) for a fixed set of names.
///
/// Guarantee: `value(utf8:)` is the value of the name whose bytes are exactly the given ones,
/// nil when there is none; `value(named:)` is the same for a string's UTF-8.
public struct PayloadWords<Value: Sendable>: Sendable {
    /// Each name's word (`JSONTape.Key.word`) and length, apart, so a lookup runs over plain
    /// integers.
    private let words: [Int64]
    /// Each name's length in bytes.
    private let counts: [Int]
    /// The names, prepared, in the order given.
    private let keys: [JSONTape.Key]
    /// Each name's value.
    private let values: [Value]

    /// The table of `entries` (names distinct).
    public init(_ entries: [(name: String, value: Value)]) {
        keys = entries.map { JSONTape.Key($0.name) }
        words = keys.map(\.word)
        counts = keys.map(\.count)
        values = entries.map(\.value)
    }

    /// The names, in the order given.
    public var names: [String] { keys.map(\.description) }

    /// The value named by the bytes `utf8`; nil when none is.
    public func value(utf8: UnsafeBufferPointer<UInt8>) -> Value? {
        let word = JSONTape.Key.word(of: utf8), count = utf8.count
        let found = words.withUnsafeBufferPointer { words in
            counts.withUnsafeBufferPointer { counts -> Int? in
                // The same length and first eight bytes: the same name when it is no longer.
                for i in words.indices where words[i] == word && counts[i] == count && (count <= 8 || keys[i].isUTF8(utf8)) {
                    return i
                }
                return nil
            }
        }
        return found.map { values[$0] }
    }

    /// The value named `name`; nil when none is.
    public func value(named name: String) -> Value? {
        if let found = name.utf8.withContiguousStorageIfAvailable({ value(utf8: $0) }) { return found }
        var name = name
        return name.withUTF8 { value(utf8: $0) }
    }
}

extension PayloadWords where Value: PayloadEnum {
    /// Every case of the vocabulary by its raw word.
    public init() {
        self.init(Value.allCases.map { ($0.rawValue, $0) })
    }
}
