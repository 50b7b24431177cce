#if canImport(Glibc)
import Glibc
#endif

extension JSONTape {
    /// One value on a tape: read it as the `JSONValue` accessors read theirs, with the same
    /// results (`stringValue`, `integerValue`, …), or look up an object's member by key without
    /// hashing. Holds its tape.
    public struct Value: Sendable {
        let tape: JSONTape
        let index: Int

        private var node: Node { tape.nodes[index] }

        /// True only for `null`.
        public var isNull: Bool { node.kind == .null }

        /// The Boolean when this is a Boolean, otherwise nil.
        public var boolValue: Bool? {
            switch node.kind {
            case .true: return true
            case .false: return false
            default: return nil
            }
        }

        /// The integer when this is an integer, otherwise nil.
        public var integerValue: Int64? { node.kind == .integer ? node.integer : nil }

        /// The string when this is a string, otherwise nil (made from the text only now).
        public var stringValue: String? {
            let n = node
            switch n.kind {
            case .string:
                return String(decoding: UnsafeRawBufferPointer(rebasing: tape.text[Int(n.start)..<Int(n.start + n.count)]), as: UTF8.self)
            case .escapedString: return tape.decoded[Int(n.start)]
            default: return nil
            }
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
        public var isObject: Bool { node.kind == .object }

        /// The elements when this is a list, otherwise nil.
        public var arrayElements: Elements? { node.kind == .array ? Elements(tape: tape, parent: index) : nil }

        /// The member named `key` when this is an object that has it, otherwise nil. Keys are
        /// compared byte for byte (a tape's keys are ASCII, where that is `String` equality).
        public subscript(key: String) -> Value? {
            let n = node
            guard n.kind == .object else { return nil }
            if let found = key.utf8.withContiguousStorageIfAvailable({ member($0, among: n.count) }) { return found }
            return Array(key.utf8).withUnsafeBufferPointer { member($0, among: n.count) }
        }

        /// The member whose key is the bytes `k`, among this object's `count` members.
        private func member(_ k: UnsafeBufferPointer<UInt8>, among count: UInt32) -> Value? {
            let kp = k.baseAddress
            let prefix = kp.map { JSONTapeBuilder.prefixWord($0, k.count) } ?? 0
            let nodes = tape.nodes, text = tape.text.baseAddress!
            var i = index + 1
            for _ in 0..<count {
                let keyNode = nodes[i]
                if keyNode.integer == prefix, Int(keyNode.count) == k.count,
                    k.count <= 8 || memcmp(text + Int(keyNode.start) + 8, kp! + 8, k.count - 8) == 0
                {
                    return Value(tape: tape, index: i + 1)
                }
                i = Int(nodes[i + 1].end)
            }
            return nil
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
                var members: [String: JSONValue] = [:]
                members.reserveCapacity(Int(n.count))
                var i = index + 1
                for _ in 0..<n.count {
                    members[Value(tape: tape, index: i).stringValue!] = Value(tape: tape, index: i + 1).jsonValue
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
