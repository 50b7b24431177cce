/// A transparency log checkpoint (c2sp.org/tlog-checkpoint): the log's origin, the size of its
/// Merkle tree and the tree's RFC 6962 root hash, and optional extension lines — the text of a
/// signed note.
public struct Checkpoint: Hashable, Sendable, CustomStringConvertible {
    /// The log's identity, e.g. `council.example/caseledger`: not empty; the log's key name
    /// should be the same.
    public let origin: String
    /// The number of leaves in the tree (for a caseledger ledger: events, seqs 1…size).
    public let size: Int64
    /// The RFC 6962 Merkle tree hash at `size`: 32 bytes of SHA-256.
    public let rootHash: [UInt8]
    /// Opaque, non-empty lines after the root hash (the specification advises against them:
    /// log monitors cannot audit them).
    public let extensions: [String]

    /// A checkpoint to sign. The origin and every extension line must be non-empty note text of
    /// one line; the size must not be negative; the root hash must be 32 bytes.
    public init(origin: String, size: Int64, rootHash: [UInt8], extensions: [String] = []) throws(NoteError) {
        for (what, line) in [("the origin", origin)] + extensions.map({ ("an extension line", $0) }) {
            guard !line.isEmpty else { throw .malformedCheckpoint(reason: "\(what) is empty") }
            guard !line.utf8.contains(where: { $0 < 0x20 }) else {
                throw .malformedCheckpoint(reason: "\(what) holds a newline or another control character")
            }
        }
        guard size >= 0 else { throw .malformedCheckpoint(reason: "the tree size \(size) is negative") }
        guard rootHash.count == 32 else {
            throw .malformedCheckpoint(reason: "the root hash is \(rootHash.count) bytes, not the 32 of SHA-256")
        }
        self.origin = origin
        self.size = size
        self.rootHash = rootHash
        self.extensions = extensions
    }

    /// The checkpoint a note text holds (c2sp.org/tlog-checkpoint, "Note text"): at least three
    /// non-empty lines — origin, decimal size without leading zeros, base64 root hash — then
    /// extension lines.
    public init(text: String) throws(NoteError) {
        guard text.hasSuffix("\n") else { throw .malformedCheckpoint(reason: "the text does not end with a newline") }
        let lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3 else {
            throw .malformedCheckpoint(reason: "it has \(lines.count) line\(lines.count == 1 ? "" : "s"), not at least 3 (origin, size, root hash)")
        }
        if let empty = lines.firstIndex(where: \.isEmpty) {
            throw .malformedCheckpoint(reason: "line \(empty + 1) is empty")
        }
        let sizeText = lines[1]
        guard sizeText.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              sizeText == "0" || !sizeText.hasPrefix("0") else {
            throw .malformedCheckpoint(reason: "the tree size '\(sizeText)' is not a decimal number without leading zeros")
        }
        guard let size = Int64(sizeText) else {
            throw .malformedCheckpoint(reason: "the tree size \(sizeText) is larger than any ledger can hold")
        }
        guard let root = Base64.decode(lines[2]) else {
            throw .malformedCheckpoint(reason: "the root hash '\(lines[2])' is not standard base64")
        }
        try self.init(origin: String(lines[0]), size: size, rootHash: root, extensions: lines.dropFirst(3).map(String.init))
    }

    /// The note text: origin, size, base64 root hash and extension lines, each ending in a newline.
    public var text: String {
        ([origin, String(size), Base64.encode(rootHash)] + extensions).map { $0 + "\n" }.joined()
    }

    /// The checkpoint as a signed note, signed by the log's `signer` (whose key name should be
    /// the origin).
    public func signed(by signer: NoteSigner) throws(NoteError) -> SignedNote {
        try SignedNote.sign(text: text, by: [signer])
    }

    /// Reads a signed checkpoint and accepts it only when it carries a valid signature by the
    /// log's key `logKey` (other signatures, such as witnesses' cosignatures, are kept but not
    /// checked) and its origin is `origin` (by default the key's name, as the specification
    /// advises logs to name their key).
    public static func open(_ bytes: [UInt8], logKey: NoteVerifier, origin: String? = nil) throws(NoteError) -> VerifiedCheckpoint {
        let verified = try SignedNote(parsing: bytes).verify(try NoteVerifiers([logKey]))
        let checkpoint = try Checkpoint(text: verified.text)
        let expected = origin ?? logKey.name
        guard checkpoint.origin == expected else { throw .wrongOrigin(expected: expected, found: checkpoint.origin) }
        return VerifiedCheckpoint(checkpoint: checkpoint, note: verified)
    }

    /// The note text.
    public var description: String { text }
}

/// A checkpoint whose log signature has been verified.
public struct VerifiedCheckpoint: Hashable, Sendable {
    /// The checkpoint.
    public let checkpoint: Checkpoint
    /// The note it was read from, with its verified and unverified signatures.
    public let note: VerifiedNote
}
