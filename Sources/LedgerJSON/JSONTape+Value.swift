#if canImport(Glibc)
import Glibc
#endif

extension JSONTape {
    /// One value on a tape: read it as the `JSONValue` accessors read theirs, with the same
    /// results (`stringValue`, `integerValue`, …), or look up an object's member by key without
    /// hashing. Holds its tape.
    public struct Value: Sendable {
        @usableFromInline let tape: JSONTape
        @usableFromInline let index: Int

        /// The value at `index` on `tape`.
        @usableFromInline init(tape: JSONTape, index: Int) {
            self.tape = tape
            self.index = index
        }

        @usableFromInline var node: Node { tape.nodes[index] }

        /// True only for `null`.
        @inlinable public var isNull: Bool { node.kind == .null }

        /// The Boolean when this is a Boolean, otherwise nil.
        public var boolValue: Bool? {
            switch node.kind {
            case .true: return true
            case .false: return false
            default: return nil
            }
        }

        /// The integer when this is an integer, otherwise nil.
        @inlinable public var integerValue: Int64? { node.kind == .integer ? node.integer : nil }

        /// The string when this is a string, otherwise nil (made from the text only now, or, while
        /// the tape borrows, the one made before from the same bytes).
        public var stringValue: String? {
            let n = node
            switch n.kind {
            case .string:
                let bytes = UnsafeRawBufferPointer(rebasing: tape.text[Int(n.start)..<Int(n.start + n.count)])
                if let strings = tape.strings { return strings._withUnsafeGuaranteedRef { $0.text(bytes) } }
                return String(decoding: bytes, as: UTF8.self)
            case .escapedString: return tape.decoded[Int(n.start)]
            default: return nil
            }
        }

        /// Calls `body` with this string's UTF-8 when this is a string (in place on the tape for a
        /// string with no escape, making no `String`), and returns what it returns; nil when this
        /// is not a string. The bytes are valid only inside `body`.
        @inlinable @inline(__always)
        public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
            let n = node
            switch n.kind {
            case .string:
                // `self` holds the tape, so its text lives while `body` runs.
                return try withExtendedLifetime(tape) {
                    try body(UnsafeBufferPointer(start: tape.text.baseAddress!.assumingMemoryBound(to: UInt8.self) + Int(n.start), count: Int(n.count)))
                }
            case .escapedString:
                var s = tape.decoded[Int(n.start)]
                return try s.withUTF8(body)
            default:
                return nil
            }
        }

        /// Calls `body` with this string's UTF-8 as a `Span` (safe: it cannot outlive the call) when
        /// this is a string, in place as `withUTF8(_:)` does, and returns what it returns; nil when
        /// this is not a string. For readers kept free of unsafe code (the domain).
        @inlinable @inline(__always)
        public func withUTF8Span<R>(_ body: (Span<UInt8>) throws -> R) rethrows -> R? {
            try withUTF8 { buffer in try body(buffer.span) }
        }

        /// Whether this is a string whose UTF-8 is exactly `bytes` (compared in place, making no
        /// `String`); false for anything else.
        public func isString(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = node
            switch n.kind {
            case .string:
                guard Int(n.count) == bytes.count else { return false }
                return bytes.isEmpty || memcmp(tape.text.baseAddress! + Int(n.start), bytes.baseAddress!, bytes.count) == 0
            case .escapedString:
                return tape.decoded[Int(n.start)].utf8.elementsEqual(bytes)
            default:
                return false
            }
        }

        /// Whether this is the string `text`, compared byte for byte (see `isString(utf8:)`).
        public func isString(_ text: String) -> Bool {
            if let found = text.utf8.withContiguousStorageIfAvailable({ isString(utf8: $0) }) { return found }
            return Array(text.utf8).withUnsafeBufferPointer { isString(utf8: $0) }
        }

        /// True for an object.
        @inlinable public var isObject: Bool { node.kind == .object }

        /// How many elements this list has; nil when this is not a list.
        @inlinable public var elementCount: Int? {
            let n = node
            return n.kind == .array ? Int(n.count) : nil
        }

        /// Calls `body` with each element of this list, in order, and returns true; returns false
        /// when this is not a list. Each element is made in place for `body` (borrowing this
        /// value's tape, not holding it again), so reading a list retains nothing per element.
        @inlinable
        public func forEachElement<E: Error>(_ body: (Value) throws(E) -> Void) throws(E) -> Bool {
            let n = node
            guard n.kind == .array else { return false }
            var at = index + 1
            for _ in 0..<Int(n.count) {
                try body(Value(tape: tape, index: at))
                at = Int(tape.nodes[at].end)
            }
            return true
        }

        /// The elements when this is a list, otherwise nil.
        public var arrayElements: Elements? { node.kind == .array ? Elements(tape: tape, parent: index) : nil }

        /// The member named `key` when this is an object that has it, otherwise nil. Keys are
        /// compared byte for byte (a tape's keys are ASCII, where that is `String` equality).
        public subscript(key: String) -> Value? {
            guard node.kind == .object else { return nil }
            if let found = key.utf8.withContiguousStorageIfAvailable({ memberIndex($0, word: Key.word(of: $0)) }) {
                return found.map { Value(tape: tape, index: $0) }
            }
            return member(Key(key))
        }

        /// The member named `key` when this is an object that has it, otherwise nil: the same as
        /// `self[key.description]`, without working out the key's word again.
        @inlinable
        public func member(_ key: Key) -> Value? {
            memberIndex(key).map { Value(tape: tape, index: $0) }
        }

        /// The index on the tape of the member named `key`'s value (see `member(_:)`).
        @usableFromInline
        func memberIndex(_ key: Key) -> Int? {
            guard node.kind == .object else { return nil }
            return key.withUTF8 { memberIndex($0, word: key.word) }
        }

        /// The index of the value of the member whose key is the bytes `k`, whose word
        /// (`Key.word(of:)`) is `word`. A tape's keys are in increasing byte order, so the search
        /// stops at the first key after `k`; the first eight bytes compare as one big-endian word
        /// (a tape's keys hold no zero byte, so the zero padding sorts a shorter key first, as
        /// its bytes do).
        private func memberIndex(_ k: UnsafeBufferPointer<UInt8>, word: Int64) -> Int? {
            let nodes = tape.nodes, text = tape.text.baseAddress!
            let order = UInt64(bitPattern: word).byteSwapped
            var i = index + 1
            for _ in 0..<nodes[index].count {
                let keyNode = nodes[i]
                if keyNode.integer == word {
                    // The same first eight bytes: the rest decides (a shorter key with the same
                    // word is a prefix of the longer).
                    let c = Int(keyNode.count)
                    let rest = min(c, k.count) > 8 ? memcmp(text + Int(keyNode.start) + 8, k.baseAddress! + 8, min(c, k.count) - 8) : 0
                    if rest == 0, c == k.count { return i + 1 }
                    if rest > 0 || (rest == 0 && c > k.count) { return nil }
                } else if UInt64(bitPattern: keyNode.integer).byteSwapped > order {
                    return nil
                }
                i = Int(nodes[i + 1].end)
            }
            return nil
        }

        /// How many members this object has; nil when this is not an object.
        public var memberCount: Int? {
            let n = node
            return n.kind == .object ? Int(n.count) : nil
        }

        /// The member names when this is an object, in the text's order; otherwise nil.
        public var keys: [String]? {
            let n = node
            guard n.kind == .object else { return nil }
            var out: [String] = []
            var i = index + 1
            for _ in 0..<n.count {
                out.append(Value(tape: tape, index: i).stringValue!)
                i = Int(tape.nodes[i + 1].end)
            }
            return out
        }

        /// The value as `JSONParser` reads the same text.
        public var jsonValue: JSONValue {
            let n = node
            switch n.kind {
            case .null: return .null
            case .true: return .bool(true)
            case .false: return .bool(false)
            case .integer: return .integer(n.integer)
            case .string, .escapedString: return .string(stringValue!)
            case .array: return .array(arrayElements!.map(\.jsonValue))
            case .object:
                var members = JSONObject(minimumCapacity: Int(n.count))
                var i = index + 1
                for _ in 0..<n.count {
                    members[JSONKey(Value(tape: tape, index: i).stringValue!)] = Value(tape: tape, index: i + 1).jsonValue
                    i = Int(tape.nodes[i + 1].end)
                }
                return .object(members)
            }
        }
    }

    /// The elements of a list on a tape, in order.
    public struct Elements: Sequence, Sendable {
        let tape: JSONTape
        let parent: Int

        /// How many elements there are.
        public var count: Int { Int(tape.nodes[parent].count) }

        /// An iterator from the first element.
        public func makeIterator() -> Iterator { Iterator(tape: tape, at: parent + 1, left: count) }

        /// Steps from one element to the next, skipping each one's contents.
        public struct Iterator: IteratorProtocol {
            let tape: JSONTape
            var at: Int
            var left: Int

            /// The next element, or nil after the last.
            public mutating func next() -> Value? {
                guard left > 0 else { return nil }
                left -= 1
                let v = Value(tape: tape, index: at)
                at = Int(tape.nodes[at].end)
                return v
            }
        }
    }
}
