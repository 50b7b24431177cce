/// RFC 6962 §2.1 hashing over SHA-256: the three hashes a Merkle tree over the log is built from.
///
/// Leaf *i* of the log's tree is the event with seq *i*+1, and its leaf hash is
/// `SHA-256(0x00 ‖ the 32 bytes of that event's hash)`; an interior node is
/// `SHA-256(0x01 ‖ left ‖ right)`; the tree of size *n* covers seqs 1…*n*. The distinct
/// prefixes keep a leaf from ever being passed off as an interior node (second preimages).
public enum MerkleHash {
    /// The root of the empty tree: SHA-256 of no bytes (RFC 6962 §2.1, `MTH({})`).
    public static let emptyRoot: SHA256Digest = SHA256.hash([UInt8]())

    /// The leaf hash of the event whose chain hash is `eventHash`: `SHA-256(0x00 ‖ eventHash)`.
    ///
    /// The event's own hash already covers its header, payload digest and previous hash, so
    /// binding the leaf to it binds the leaf to the whole event and its place in the chain.
    @inlinable
    public static func leaf(eventHash: SHA256Digest) -> SHA256Digest {
        withLeafInput(eventHash: eventHash) { SHA256.hash($0) }
    }

    /// The bytes an event's leaf hash is the digest of (0x00 ‖ the 32 bytes of its hash), on the
    /// stack, handed to `body` (to hash it together with other messages: INVARIANTS rule 58).
    @inlinable
    static func withLeafInput<R>(eventHash: SHA256Digest, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &buffer) { raw in
            raw.storeBytes(of: 0x00, toByteOffset: 0, as: UInt8.self)
            store(eventHash, into: raw, at: 1)
            return body(UnsafeRawBufferPointer(rebasing: raw[0..<33]))
        }
    }

    /// The RFC 6962 leaf hash of arbitrary leaf data: `SHA-256(0x00 ‖ data)`.
    ///
    /// The log's leaves are always 32-byte event hashes (`leaf(eventHash:)`); this form exists
    /// for published test vectors and for anyone hashing other leaves the same way.
    public static func leaf(data: [UInt8]) -> SHA256Digest {
        var hasher = SHA256()
        hasher.update([0x00])
        hasher.update(data)
        return hasher.finalize()
    }

    /// The hash of an interior node: `SHA-256(0x01 ‖ left ‖ right)`, hashed from a buffer on the
    /// stack: no allocation.
    @inlinable
    public static func node(_ left: SHA256Digest, _ right: SHA256Digest) -> SHA256Digest {
        // 72 bytes of room for the 65 hashed.
        var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &buffer) { raw in
            raw.storeBytes(of: 0x01, toByteOffset: 0, as: UInt8.self)
            store(left, into: raw, at: 1)
            store(right, into: raw, at: 33)
            return SHA256.hash(UnsafeRawBufferPointer(rebasing: raw[0..<65]))
        }
    }

    /// Writes the 32 bytes of `digest`, in order, at `offset` (no alignment needed).
    @inlinable @inline(__always)
    static func store(_ digest: SHA256Digest, into raw: UnsafeMutableRawBufferPointer, at offset: Int) {
        raw.storeBytes(of: digest.w0.bigEndian, toByteOffset: offset, as: UInt64.self)
        raw.storeBytes(of: digest.w1.bigEndian, toByteOffset: offset + 8, as: UInt64.self)
        raw.storeBytes(of: digest.w2.bigEndian, toByteOffset: offset + 16, as: UInt64.self)
        raw.storeBytes(of: digest.w3.bigEndian, toByteOffset: offset + 24, as: UInt64.self)
    }
}
