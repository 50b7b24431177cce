#if canImport(Glibc)
import Glibc
#endif

// Keeps events/INVARIANTS.md rule 65: a JSON member name is its exact code units, never normalised.
/// A JSON object's member name, compared and hashed by its exact UTF-8 bytes: two names are one
/// name only when their code units are equal (events/FORMAT.md; RFC 8785 §3.2.3). A Swift `String`
/// compares by canonical equivalence, so `"e\u{301}"` and `"\u{E9}"` are equal as strings but two
/// keys here. For valid Unicode, equal UTF-8 bytes are equal UTF-16 code units, so this is the
/// format's rule; the order (`<`) is the canonical one, by UTF-16 code units (`CanonicalKeyOrder`).
///
/// Every map keyed by names read from a payload, a header, a version 2 part pointer or a file is
/// keyed by `JSONKey` (or compares by bytes), never by `String`.
public struct JSONKey: Sendable, Hashable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name as text.
    public let string: String

    /// The name `string`, exactly as its code units are.
    @inlinable public init(_ string: String) { self.string = string }

    /// The name written in the source.
    @inlinable public init(stringLiteral value: String) { self.string = value }

    /// The name as text.
    public var description: String { string }

    /// Whether the two names have the same UTF-8 bytes (so the same code units).
    public static func == (a: JSONKey, b: JSONKey) -> Bool { sameBytes(a.string, b.string) }

    /// Hashes the UTF-8 bytes (equal names hash equally; canonically equivalent names with other
    /// code units are other names). A native string's bytes are read in place.
    public func hash(into hasher: inout Hasher) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil {
            var text = string
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// Whether `a` sorts before `b` by UTF-16 code units (RFC 8785 §3.2.3).
    public static func < (a: JSONKey, b: JSONKey) -> Bool { CanonicalKeyOrder.precedes(a.string, b.string) }

    /// Whether two strings have the same UTF-8 bytes: the format's equality of names, unlike
    /// `String`'s `==` (canonical equivalence). For comparing a name read from input with another.
    public static func sameBytes(_ a: String, _ b: String) -> Bool {
        let count = a.utf8.count
        guard count == b.utf8.count else { return false }
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in count == 0 || memcmp(x.baseAddress!, y.baseAddress!, count) == 0 }
        }
        if let result = fast ?? nil { return result }
        return a.utf8.elementsEqual(b.utf8)
    }
}
