/// A JSON object text read once into a flat list of nodes, for reading many fields cheaply: no
/// dictionary is built, no key is hashed, and a string becomes a `String` only when it is read.
///
/// Guarantees: a tape is made only from text that `JSONParser` parses, and every value read from
/// it (`JSONTape.Value`) equals the one `JSONParser` gives at the same place; `Value.jsonValue`
/// is exactly that value. To keep that exact, the tape takes only the shape the ledger writes —
/// canonical payloads — and refuses the rest (the initialiser returns nil; parse those with
/// `JSONParser`): white space between tokens, keys that are not ASCII, carry an escape or are not
/// in strictly increasing byte order (so never repeated), and nesting deeper than
/// `JSONTape.maxDepth`. Strings with escapes are decoded by `JSONParser` itself.
///
/// `@unchecked Sendable`: the text and nodes are written once, by the initialiser, and only read
/// after; the tape owns them and frees them when it goes.
public final class JSONTape: @unchecked Sendable {
    /// The text, copied (in one block with the nodes, after them).
    @usableFromInline let text: UnsafeMutableRawBufferPointer
    /// The nodes in document order: a container is followed by its contents (an object's as key,
    /// value, key, value …).
    @usableFromInline let nodes: UnsafeMutableBufferPointer<Node>
    /// The strings that had escapes, decoded.
    @usableFromInline let decoded: [String]

    /// The deepest nesting of objects and lists taken (deeper text is refused, not misread).
    public static let maxDepth = 32

    /// What a node is.
    @usableFromInline enum Kind: UInt8 {
        case null, `false`, `true`, integer, string, escapedString, array, object
    }

    /// One value of the text. `count` is an array's elements, an object's members or a plain
    /// string's byte length; `start` is a plain string's first byte or an escaped string's index
    /// in `decoded`; `end` is the index just past this node's contents in `nodes`; `integer` is an
    /// integer's value, or a plain string's first eight bytes (zero-padded, little-endian), which
    /// makes comparing keys quick.
    @usableFromInline struct Node {
        @usableFromInline var kind: Kind
        @usableFromInline var count: UInt32
        @usableFromInline var start: UInt32
        @usableFromInline var end: UInt32
        @usableFromInline var integer: Int64
    }

    /// The tape of `text` when it is one JSON object of the shape taken (see the type's
    /// guarantees); nil otherwise, including for any text `JSONParser` would refuse.
    public convenience init?(object text: UnsafeRawBufferPointer) {
        self.init(object: text, scratch: JSONTapeScratch())
    }

    /// The same tape, built in `scratch` (kept by a reader that makes many tapes); the tape keeps
    /// its nodes and a copy of the text in one allocation of their exact size.
    init?(object text: UnsafeRawBufferPointer, scratch: JSONTapeScratch) {
        guard let built = JSONTapeBuilder.build(text, into: scratch), scratch.nodes[0].kind == .object else { return nil }
        let nodeBytes = built.count * MemoryLayout<Node>.stride
        let block = UnsafeMutableRawPointer.allocate(byteCount: nodeBytes + text.count, alignment: MemoryLayout<Node>.alignment)
        let nodes = block.bindMemory(to: Node.self, capacity: built.count)
        nodes.initialize(from: scratch.nodes, count: built.count)
        self.nodes = UnsafeMutableBufferPointer(start: nodes, count: built.count)
        self.text = UnsafeMutableRawBufferPointer(start: block + nodeBytes, count: text.count)
        self.text.copyMemory(from: text)
        self.decoded = built.decoded
    }

    deinit {
        // Nodes and text are one block, the nodes first; nodes are trivial values.
        UnsafeMutableRawPointer(nodes.baseAddress!).deallocate()
    }

    /// The outermost value.
    public var root: Value { Value(tape: self, index: 0) }
}
