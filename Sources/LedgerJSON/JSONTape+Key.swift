#if canImport(Glibc)
import Glibc
#endif

extension JSONTape {
    /// A member name prepared once for lookups on tapes (`Value.member(_:)`): its length and its
    /// first eight bytes as the word a tape stores for each key, so most keys are passed over by
    /// comparing two integers, and the rest of the bytes only on a tie. Written as a string
    /// literal, the word is read straight from the literal's bytes: no `String` is made.
    ///
    /// Guarantee: `value.member(JSONTape.Key(name))` is `value[name]` for every name.
    public struct Key: Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
        /// The first eight bytes, zero-padded, little-endian (a key node's `integer`).
        public let word: Int64
        /// The length in bytes.
        public let count: Int
        /// The name's bytes.
        @usableFromInline let text: Text

        /// Where the name's bytes are.
        @usableFromInline enum Text: Sendable {
            case literal(StaticString)
            case string(String)
        }

        /// The key `name`, written in the source.
        @inlinable @inline(__always)
        public init(stringLiteral name: StaticString) {
            (word, count) = name.withUTF8Buffer { (JSONTape.Key.word(of: $0), $0.count) }
            text = .literal(name)
        }

        /// The key `name`, known only when running.
        public init(_ name: String) {
            var name = name
            (word, count) = name.withUTF8 { (JSONTape.Key.word(of: $0), $0.count) }
            text = .string(name)
        }

        /// The name.
        public var description: String {
            switch text {
            case .literal(let s): return s.description
            case .string(let s): return s
            }
        }

        /// Whether `bytes` are exactly this name's.
        public func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count == count else { return false }
            return count == 0 || withUTF8 { memcmp($0.baseAddress!, bytes.baseAddress!, count) == 0 }
        }

        /// Calls `body` with the name's UTF-8.
        @inlinable @inline(__always)
        public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            switch text {
            case .literal(let s): return s.withUTF8Buffer(body)
            case .string(var s): return s.withUTF8(body)
            }
        }

        /// The word of the bytes `b`: their first eight bytes, zero-padded, little-endian.
        @inlinable @inline(__always)
        public static func word(of b: UnsafeBufferPointer<UInt8>) -> Int64 {
            guard let p = b.baseAddress else { return 0 }
            return word(p, b.count)
        }

        /// The first eight of `count` bytes at `p` as a little-endian word, zero-padded (the word
        /// a tape stores for a key).
        @inlinable @inline(__always)
        static func word(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int64 {
            if count >= 8 { return Int64(bitPattern: UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))) }
            var word: UInt64 = 0
            for k in 0..<count { word |= UInt64(p[k]) << (8 * UInt64(k)) }
            return Int64(bitPattern: word)
        }
    }
}
