#if canImport(Glibc)
import Glibc
#endif

/// Values by their names, found from a name's UTF-8 by comparing its length and first eight
/// bytes as integers (`JSONTape.Key`), the rest only when those match: no `String` is made and
/// nothing is hashed. Made once (kept in a `static let`) for a fixed set of names.
///
/// Generic and read for every vocabulary word of every payload, so its lookups are `@inlinable`:
/// the domain's calls are specialised for each vocabulary (without that, every lookup asked the
/// runtime for generic metadata: 850 M more instructions over 103,942 events, measured).
///
/// Guarantee: `value(utf8:)` is the value of the name whose bytes are exactly the given ones,
/// nil when there is none; `value(named:)` is the same for a string's UTF-8.
public struct JSONWords<Value: Sendable>: Sendable {
    /// One name: its word (`JSONTape.Key.word`), its length in bytes and where its bytes start
    /// in `bytes`, together, so a lookup runs over plain integers.
    @usableFromInline struct Entry: Sendable {
        @usableFromInline let word: Int64
        @usableFromInline let count: Int
        @usableFromInline let start: Int
    }

    /// The names, prepared, in the order given.
    @usableFromInline let entries: [Entry]
    /// Every name's UTF-8, one after another: a long name's tail is compared here, in place, so
    /// a lookup copies no `String` and retains nothing.
    @usableFromInline let bytes: [UInt8]
    /// Each name's value.
    @usableFromInline let values: [Value]

    /// The table of `entries` (names distinct).
    public init(_ entries: [(name: String, value: Value)]) {
        var bytes: [UInt8] = []
        self.entries = entries.map { entry in
            let start = bytes.count
            bytes.append(contentsOf: entry.name.utf8)
            let word = bytes.withUnsafeBufferPointer { JSONTape.Key.word(of: UnsafeBufferPointer(rebasing: $0[start...])) }
            return Entry(word: word, count: bytes.count - start, start: start)
        }
        self.bytes = bytes
        values = entries.map(\.value)
    }

    /// The names, in the order given.
    public var names: [String] {
        entries.map { String(decoding: bytes[$0.start..<($0.start + $0.count)], as: UTF8.self) }
    }

    /// The value named by the bytes `utf8`; nil when none is.
    @inlinable
    public func value(utf8: UnsafeBufferPointer<UInt8>) -> Value? {
        let word = JSONTape.Key.word(of: utf8), count = utf8.count
        let found = entries.withUnsafeBufferPointer { entries -> Int? in
            for i in entries.indices where entries[i].word == word && entries[i].count == count {
                // The same length and first eight bytes: the same name when it is no longer.
                if count <= 8 || tailMatches(entries[i].start, utf8) { return i }
            }
            return nil
        }
        return found.map { values[$0] }
    }

    /// Whether the bytes of `utf8` after its first eight are those of the name starting at
    /// `start` in `bytes` (whose length is `utf8.count`, more than eight).
    @inlinable
    func tailMatches(_ start: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { names in
            memcmp(names.baseAddress! + start + 8, utf8.baseAddress! + 8, utf8.count - 8) == 0
        }
    }

    /// The value named by the string `value` on a tape (its bytes compared in place, no `String`
    /// made); nil when `value` is not a string or names none.
    @inlinable
    public func value(of value: borrowing JSONTape.Value) -> Value? {
        value.withUTF8 { self.value(utf8: $0) } ?? nil
    }

    /// The value named `name`; nil when none is.
    @inlinable
    public func value(named name: String) -> Value? {
        if let found = name.utf8.withContiguousStorageIfAvailable({ value(utf8: $0) }) { return found }
        var name = name
        return name.withUTF8 { value(utf8: $0) }
    }
}
