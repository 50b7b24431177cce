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
/// `@unchecked Sendable`: the text and nodes are written by the initialiser (and, for a tape made
/// borrowing, moved once into its own block by `keep()`, on its maker's thread while no other
/// thread reads it), and only read after; the tape owns them and frees them when it goes. The
/// scratch's string table (`strings`) is used only while the tape borrows, on its maker's thread;
/// `keep()` drops it before the tape can be read anywhere else.
public final class JSONTape: @unchecked Sendable {
    /// The text, copied (in one block with the nodes, after them); for a borrowing tape not yet
    /// kept, the text it was built from.
    @usableFromInline @exclusivity(unchecked) private(set) var text: UnsafeMutableRawBufferPointer
    /// The nodes in document order: a container is followed by its contents (an object's as key,
    /// value, key, value …). For a borrowing tape not yet kept, in the scratch it was built in.
    @usableFromInline @exclusivity(unchecked) private(set) var nodes: UnsafeMutableBufferPointer<Node>
    /// The strings that had escapes, decoded.
    @usableFromInline let decoded: [String]
    /// Whether `nodes` and `text` are the tape's own block (see `init(unsafeBorrowing:scratch:)`).
    private var ownsStorage: Bool
    /// While the tape borrows, its scratch's strings: a string value read then comes from there
    /// when the same bytes were read before (no allocation). Nil once kept, so a tape that may
    /// outlive its reading (and be read on another thread) never touches its maker's table.
    @exclusivity(unchecked) private(set) var strings: Unmanaged<TextInterner>?

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
    package convenience init?(object text: UnsafeRawBufferPointer, scratch: JSONTapeScratch) {
        self.init(unsafeBorrowing: text, scratch: scratch)
        keep()
    }

    // Keeps events/INVARIANTS.md rule 11: a borrowed tape lives only as long as its buffer.
    /// The same tape, its nodes left in `scratch` and its text not copied: no allocation but the
    /// tape itself. Valid only while `scratch` builds nothing else and `text` stays as it is — the
    /// maker must call `keep()` before either changes whenever the tape may still be held (a
    /// reader handing tapes to a caller one at a time checks that it is no longer referenced, or
    /// keeps it).
    package init?(unsafeBorrowing text: UnsafeRawBufferPointer, scratch: JSONTapeScratch) {
        guard let built = JSONTapeBuilder.build(text, into: scratch), scratch.nodes[0].kind == .object else { return nil }
        nodes = UnsafeMutableBufferPointer(start: scratch.nodes, count: built.count)
        self.text = UnsafeMutableRawBufferPointer(mutating: text)
        decoded = built.decoded
        ownsStorage = false
        strings = Unmanaged.passUnretained(scratch.strings)
    }

    /// Whether the tape holds its nodes and text in a block of its own (false for a borrowing tape
    /// not yet kept).
    var ownsItsStorage: Bool { ownsStorage }

    /// Copies the nodes and text into one block of the tape's own, of their exact size, so the tape
    /// no longer depends on what it was built from. Nothing to do for a tape that owns them.
    package func keep() {
        guard !ownsStorage else { return }
        strings = nil
        let nodeBytes = nodes.count * MemoryLayout<Node>.stride
        let block = UnsafeMutableRawPointer.allocate(byteCount: nodeBytes + text.count, alignment: MemoryLayout<Node>.alignment)
        let owned = block.bindMemory(to: Node.self, capacity: nodes.count)
        owned.initialize(from: nodes.baseAddress!, count: nodes.count)
        let ownedText = UnsafeMutableRawBufferPointer(start: block + nodeBytes, count: text.count)
        ownedText.copyMemory(from: UnsafeRawBufferPointer(text))
        nodes = UnsafeMutableBufferPointer(start: owned, count: nodes.count)
        text = ownedText
        ownsStorage = true
    }

    deinit {
        // Nodes and text are one block, the nodes first; nodes are trivial values.
        if ownsStorage { UnsafeMutableRawPointer(nodes.baseAddress!).deallocate() }
    }

    /// The outermost value.
    public var root: Value { Value(tape: self, index: 0) }
}
