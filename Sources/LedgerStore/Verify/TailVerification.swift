// issue 18: fastload
/// What `Ledger.verifyTail(after:edge:)` found: the events after a head kept elsewhere,
/// each re-hashed and linked, and the Merkle tree extended over them.
public struct TailVerification: Sendable {
    /// The seq of the head kept elsewhere (the last event not verified here).
    public let fromSeq: Int64
    /// The hash of the event at `fromSeq`, recomputed from its line as it is now: the caller
    /// compares it with the one it kept.
    public let fromHash: SHA256Digest
    /// The seq of the last committed event, verified here (`fromSeq` when none followed).
    public let headSeq: Int64
    /// Its hash.
    public let headHash: SHA256Digest
    /// The hashes of seqs `fromSeq + 1`…`headSeq`, in order, each recomputed from its line.
    public let hashes: [SHA256Digest]
    /// The streams those events belong to, in order of first appearance.
    public let streams: [String]
    /// The right edge of the tree of seqs 1…`headSeq`: the edge given, extended with each
    /// verified event's leaf.
    public let edge: MerkleCompactRange

    /// The number of events verified here.
    public var events: Int64 { headSeq - fromSeq }

    /// The recomputed hash of `seq` when it is among the events verified here.
    public func hash(of seq: Int64) -> SHA256Digest? {
        seq > fromSeq && seq <= headSeq ? hashes[Int(seq - fromSeq - 1)] : nil
    }
}

extension Ledger {
    // Keeps events/INVARIANTS.md rule 51: a head kept elsewhere is checked, and every event after it verified.
    /// Verifies the ledger after a head kept elsewhere (an oversight checkpoint's): the event at
    /// `seq` is re-hashed (its line as it is now, header and payload: `fromHash`, for the caller
    /// to compare with the hash it kept), and every
    /// committed event after it, up to the head this handle has seen, is verified as `verify`
    /// verifies it — re-hashed, its seq the next, its `prev` the hash before it, its time not
    /// earlier — and its leaf appended to `edge` (the right edge of the tree of seqs 1…`seq` kept
    /// with the head). Events up to `seq` are not read (but that one). Throws
    /// `.invalidEvent` when the ledger holds no event `seq` (or `edge` is not of size `seq`), and
    /// `.damaged` naming the place when a line is not the sound next event.
    public func verifyTail(after seq: Int64, edge: MerkleCompactRange) throws(LedgerError) -> TailVerification {
        guard seq >= 1, seq <= tail.seq, edge.size == seq else {
            throw .invalidEvent(batchIndex: 0, reason: "there is no event with seq \(seq) to start from (the ledger holds 1 to \(tail.seq))")
        }
        var cursor = EventCursor(ledger: self, from: seq, through: tail.seq, rehash: true, payloads: false)
        defer { cursor.close() }
        guard let first = try cursor.next() else {
            throw .invalidEvent(batchIndex: 0, reason: "there is no event with seq \(seq) to start from (the ledger holds 1 to \(tail.seq))")
        }
        var range = edge
        var hashes: [SHA256Digest] = []
        hashes.reserveCapacity(Int(tail.seq - seq))
        var streams: [String] = []
        var seen = Set<String>()
        var last = first
        while let event = try cursor.next() {
            range.append(eventHash: event.hash)
            hashes.append(event.hash)
            if seen.insert(event.stream).inserted { streams.append(event.stream) }
            last = event
        }
        return TailVerification(fromSeq: seq, fromHash: first.hash, headSeq: last.seq, headHash: last.hash, hashes: hashes, streams: streams, edge: range)
    }
}

extension Ledger {
    /// The right edge of the Merkle tree of the first `size` events (seqs 1…`size`), from the
    /// tree this handle has (`merkleTree()`), checked before it is given: it must fold to
    /// `merkleRoot(size:)`, which is itself checked against the root at the head.
    public func merkleEdge(size: Int64) throws(LedgerError) -> MerkleCompactRange {
        let tree = try merkleTree()
        var hashes: [SHA256Digest] = []
        var offset: Int64 = 0
        for level in stride(from: 62, through: 0, by: -1) where size & (Int64(1) << Int64(level)) != 0 {
            do {
                hashes.append(try tree.completeSubtreeHash(level: level, index: offset >> Int64(level)))
            } catch {
                throw .merkle(.treeSizeUnavailable(size: size, available: tree.leafCount))
            }
            offset += Int64(1) << Int64(level)
        }
        guard let edge = MerkleCompactRange(size: size, hashes: hashes), edge.root == (try merkleRoot(size: size)) else {
            throw .damaged(at: LogPosition(segment: "index/tree", line: 0, seq: size), reason: "the Merkle tree cache does not give the root of the first \(size) events")
        }
        return edge
    }
}
