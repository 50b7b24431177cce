import CSHA256

// Keeps events/INVARIANTS.md rule 58: many messages hashed at once give exactly the digests hashed one by one.
/// Many independent SHA-256 messages hashed in one call (`csha256_hash_many`): with the CPU's SHA
/// instructions two messages at a time, their blocks interleaved, which nearly doubles the
/// throughput of hashes that do not depend on each other (a line's header and part digests, many
/// lines' leaves). Each message is one or more byte ranges, hashed as their concatenation; its
/// digest equals `SHA256.hash` of those bytes.
///
/// Unsafe: a message *borrows* its bytes. The caller keeps every range it added alive and unchanged
/// until `hashAll` returns. `reset` starts a new batch and keeps the storage.
struct UnsafeSHA256Batch {
    private var pieces: [csha256_piece] = []
    private var counts: [UInt32] = []
    /// The digests `hashAll` gave, by the index `add` returned.
    private(set) var digests: [SHA256Digest] = []
    private var raw: [UInt64] = []
    /// Pieces appended to the message not yet ended.
    private var pending: UInt32 = 0

    init() {
        pieces.reserveCapacity(64)
        counts.reserveCapacity(16)
        digests.reserveCapacity(16)
    }

    /// The messages added since the last `reset`.
    var count: Int { counts.count }

    /// Forgets the messages and digests, keeping the storage.
    mutating func reset() {
        pieces.removeAll(keepingCapacity: true)
        counts.removeAll(keepingCapacity: true)
        digests.removeAll(keepingCapacity: true)
        pending = 0
    }

    /// Adds the message `bytes` (borrowed until `hashAll`); returns its index.
    @inline(__always)
    mutating func add(_ bytes: UnsafeRawBufferPointer) -> Int {
        append(bytes)
        return endMessage()
    }

    /// Appends `bytes` (borrowed until `hashAll`) to the message being built: the pieces appended
    /// since the last `endMessage` (or `add`) make one message.
    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        pieces.append(csha256_piece(data: bytes.baseAddress, len: bytes.count))
        pending += 1
    }

    /// Ends the message made of the pieces appended since the last one; returns its index.
    @inline(__always)
    mutating func endMessage() -> Int {
        counts.append(pending)
        pending = 0
        return counts.count - 1
    }

    /// Hashes every message added since the last `reset` (those already hashed again too) into
    /// `digests`. `portable` uses the portable code (for tests), else the fastest the CPU offers.
    mutating func hashAll(portable: Bool = false) {
        precondition(pending == 0, "a message was begun and not ended")
        let n = counts.count
        digests.removeAll(keepingCapacity: true)
        guard n > 0 else { return }
        if raw.count < 4 * n { raw = [UInt64](repeating: 0, count: 4 * n) }
        raw.withUnsafeMutableBytes { out in
            let o = out.baseAddress!.assumingMemoryBound(to: UInt8.self)
            pieces.withUnsafeBufferPointer { p in
                counts.withUnsafeBufferPointer { c in
                    if portable {
                        csha256_hash_many_portable(p.baseAddress, c.baseAddress, n, o)
                    } else {
                        csha256_hash_many(p.baseAddress, c.baseAddress, n, o)
                    }
                }
            }
            for k in 0..<n { digests.append(SHA256Digest(rawDigest: UnsafeRawPointer(out.baseAddress! + 32 * k))) }
        }
    }
}
