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
    /// The text, copied.
    let text: UnsafeMutableRawBufferPointer
    /// The nodes in document order: a container is followed by its contents (an object's as key,
    /// value, key, value …).
    let nodes: UnsafeMutableBufferPointer<Node>
    /// The strings that had escapes, decoded.
    let decoded: [String]

    /// The deepest nesting of objects and lists taken (deeper text is refused, not misread).
    public static let maxDepth = 32

    /// What a node is.
    enum Kind: UInt8 {
        case null, `false`, `true`, integer, string, escapedString, array, object
    }

    /// One value of the text. `count` is an array's elements, an object's members or a plain
    /// string's byte length; `start` is a plain string's first byte or an escaped string's index
    /// in `decoded`; `end` is the index just past this node's contents in `nodes`; `integer` is an
    /// integer's value, or a plain string's first eight bytes (zero-padded, little-endian), which
    /// makes comparing keys quick.
    struct Node {
        var kind: Kind
        var count: UInt32
        var start: UInt32
        var end: UInt32
        var integer: Int64
    }

    /// The tape of `text` when it is one JSON object of the shape taken (see the type's
    /// guarantees); nil otherwise, including for any text `JSONParser` would refuse.
    public init?(object text: UnsafeRawBufferPointer) {
        guard let built = JSONTapeBuilder.build(text) else { return nil }
        guard built.nodes[0].kind == .object else {
            built.nodes.deallocate()
            return nil
        }
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: text.count, alignment: 8)
        copy.copyMemory(from: text)
        self.text = copy
        self.nodes = built.nodes
        self.decoded = built.decoded
    }

    deinit {
        text.deallocate()
        nodes.deallocate()
    }

    /// The outermost value.
    public var root: Value { Value(tape: self, index: 0) }
}
