import CaseLedger
import LedgerStore
import Synchronization

// issue 18: fastload
/// A digest of a stream's events as the log holds them: SHA-256 over their 32-byte hashes, in
/// seq order. Each hash commits to its line (header and payload), so two streams with the same
/// digest hold, byte for byte, the same events. A value type: copying it forks the computation.
public struct StreamDigest: Sendable {
    private var hasher = SHA256()
    /// Events added.
    public private(set) var count = 0

    /// An empty digest.
    public init() {}

    /// Adds the event with `hash`, the next in seq order.
    public mutating func add(_ hash: SHA256Digest) {
        hasher.update(hash.bytes)
        count += 1
    }

    /// The digest of the events added so far (nil when none was).
    public var value: SHA256Digest? {
        guard count > 0 else { return nil }
        var copy = hasher
        return copy.finalize()
    }
}

/// How an oversight checkpoint was verified: what a later run needs to trust it for the events
/// up to its head without verifying them again (events/INVARIANTS.md rule 51). Saved in the
/// checkpoint; set only by a run that verified what it says (never by the rebuild itself).
public struct CheckpointProvenance: Hashable, Sendable {
    /// The right edge of the Merkle tree of seqs 1…the checkpoint's `headSeq`: its root is the
    /// ledger's root at that size, and a later run extends it with the events it verifies.
    public var edge: MerkleCompactRange
    /// The last verification of the whole ledger these results rest on: the seq it reached.
    public var wholeVerifiedSeq: Int64
    /// When it was made.
    public var wholeVerifiedAt: Timestamp

    /// A provenance.
    public init(edge: MerkleCompactRange, wholeVerifiedSeq: Int64, wholeVerifiedAt: Timestamp) {
        self.edge = edge
        self.wholeVerifiedSeq = wholeVerifiedSeq
        self.wholeVerifiedAt = wholeVerifiedAt
    }
}

/// The ledger changed under a checkpoint: what a report would read is not what the checkpoint
/// was worked out from. Never a reason to trust the checkpoint: the caller discards it, verifies
/// the whole ledger and rebuilds from the log.
public struct CheckpointAnchorChanged: Error, Hashable, Sendable {
    /// What differs, in words, naming the seq or stream.
    public let reason: String

    /// A change found.
    public init(reason: String) { self.reason = reason }
}

// Keeps events/INVARIANTS.md rule 51: a checkpoint's head is checked, its events matched, every event after it verified.
/// A ledger opened from an oversight checkpoint (`AuditLedger.open(at:checkpoint:)`): the event at
/// the checkpoint's head re-hashed and found to have its hash, every event after it verified in
/// full (`TailVerification`), and every stream a report then reads matched against the
/// checkpoint: its events up to the head re-hashed and their `StreamDigest` found to be the one
/// the checkpoint was worked out from, its later events found to have the hashes just verified.
/// Shared by every handle of one opening (one per core), so counts are atomic.
public final class CheckpointAnchorCheck: Sendable {
    /// The checkpoint file, as given.
    public let path: String
    /// The checkpoint read (its results, digests and provenance).
    public let checkpoint: OversightProjection
    /// How it was verified.
    public let provenance: CheckpointProvenance
    /// The events after its head, verified on opening.
    public let tail: TailVerification
    private let eventsMatched = Atomic<Int>(0)
    private let streamsMatched = Atomic<Int>(0)

    init(path: String, checkpoint: OversightProjection, provenance: CheckpointProvenance, tail: TailVerification) {
        self.path = path
        self.checkpoint = checkpoint
        self.provenance = provenance
        self.tail = tail
    }

    /// Events up to the checkpoint's head read so far and matched against it.
    public var matched: (events: Int, streams: Int) {
        (eventsMatched.load(ordering: .relaxed), streamsMatched.load(ordering: .relaxed))
    }

    /// The digest the checkpoint holds for `stream`'s events up to its head (nil: none there).
    func expectedDigest(of stream: String) -> SHA256Digest? {
        checkpoint.cases[stream]?.eventsDigest
    }

    /// Checks `stored`, every event of `stream` up to the head verified, each re-hashed as read.
    func check(stream: String, _ stored: [StoredEvent]) throws(CheckpointAnchorChanged) {
        var digest = StreamDigest()
        var later: [(seq: Int64, hash: SHA256Digest)] = []
        for e in stored {
            if e.seq <= checkpoint.headSeq { digest.add(e.hash) } else { later.append((e.seq, e.hash)) }
        }
        try check(stream: stream, upToCheckpoint: digest, later: later)
    }

    /// Checks one stream read whole (up to the head verified): `upToCheckpoint` the digest of its
    /// events up to the checkpoint's head (re-hashed as read), `later` the seqs and re-hashed
    /// hashes of its events after it.
    func check(stream: String, upToCheckpoint: StreamDigest, later: [(seq: Int64, hash: SHA256Digest)]) throws(CheckpointAnchorChanged) {
        let head = checkpoint.headSeq
        let expected = expectedDigest(of: stream)
        if upToCheckpoint.value != expected {
            throw CheckpointAnchorChanged(
                reason: expected == nil
                    ? "stream \(stream) has \(upToCheckpoint.count) event(s) up to seq \(head) that the checkpoint was not worked out from"
                    : "the events of \(stream) up to seq \(head) are not those the checkpoint was worked out from (an event was changed, added or removed)")
        }
        for (seq, hash) in later where tail.hash(of: seq) != hash {
            throw CheckpointAnchorChanged(reason: "the event at seq \(seq) of \(stream) is not the one verified after the checkpoint")
        }
        if upToCheckpoint.count > 0 {
            eventsMatched.wrappingAdd(upToCheckpoint.count, ordering: .relaxed)
            streamsMatched.wrappingAdd(1, ordering: .relaxed)
        }
    }
}
