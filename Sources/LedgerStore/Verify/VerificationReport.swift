/// The first fault verify found: where, and why.
public struct LedgerFault: Hashable, Sendable, CustomStringConvertible {
    /// Where the fault is.
    public let position: LogPosition
    /// What is wrong, for the person investigating.
    public let reason: String

    /// A fault.
    public init(position: LogPosition, reason: String) {
        self.position = position
        self.reason = reason
    }

    /// "segment-0000000000000001.jsonl line 57 (seq 57): <reason>".
    public var description: String { "\(position): \(reason)" }
}

/// What verify found: how much it checked, the head it reached, and the first fault if any.
public struct VerificationReport: Hashable, Sendable {
    /// Events checked and found sound (the seq of the last sound event).
    public let events: Int64
    /// Segment files read.
    public let segments: Int
    /// Bytes read.
    public let bytes: Int64
    /// The hash of the last sound event (64 zeros when there is none).
    public let headHash: SHA256Digest
    /// The first fault, or nil when every byte of every segment is a sound, committed event.
    public let fault: LedgerFault?

    /// Every step of recorded time longer than `ClockJumpGuard.standardLead` (31 days) between
    /// one sound event and the next, in log order, each with whether it was acknowledged.
    public var clockJumps: [ClockJump] = []

    /// What follows the last committed event, left out: a batch being written while verify read,
    /// or one a crash cut short (the next append sets it aside under `torn/`); nil when the log
    /// ends at a committed line. Not a fault (events/FORMAT.md, "A torn tail, and damage").
    public var uncommitted: UncommittedTail? = nil
    /// The RFC 6962 Merkle root of the tree of the events found sound (seqs 1…`events`), folded
    /// as the chain was walked (`MerkleHash.emptyRoot` when there is none).
    public var root: SHA256Digest = MerkleHash.emptyRoot
    /// issue 18: fastload. The right edge of that tree (`MerkleCompactRange`, folding to `root`):
    /// what a later reader extends, leaf by leaf, with the events recorded after seq `events`.
    public var edge = MerkleCompactRange()
    /// The root of the tree at each size a `VerificationRequest` asked for, folded from the log.
    public var rootsAt: [Int64: SHA256Digest] = [:]
    /// For each size a `VerificationRequest` asked for, the consistency proof from it to the
    /// tree of all `events` (empty when that is the same size), assembled from the log's own hashes.
    public var consistencyProofs: [Int64: MerkleConsistencyProof] = [:]
    /// The hash of each seq a `VerificationRequest` asked for, as the log holds it.
    public var hashesAt: [Int64: SHA256Digest] = [:]
    /// An erased part no erasure event names (rule 11), found only once the whole log is read;
    /// `Verifier` then verifies again and reports it as the fault at its event.
    var unauthorisedErasure: LedgerFault? = nil
    /// issue 16/17: mend16. Every part an `erasureAuthorised` event among the committed events
    /// names, with the seq of the first event naming it (the one events/FORMAT.md rule 11 counts);
    /// empty when the report names a fault.
    public internal(set) var authorisations: [ErasedPart: Int64] = [:]
    /// issue 16: tidy16. The parts of `authorisations` not erased among the committed events: the
    /// only ones that can be unerasable (`Ledger.unerasableParts(among:)`). A part the log holds
    /// erased is, in a log with no fault, one `Ledger.erasureCheck` finds already erased, never
    /// refuses: its line kept the line rules (a version 2 line, no erasure decision's own
    /// `erases` removed) and rule 11. So a caller needs to read no event when this is empty.
    public internal(set) var namedNotErased: [ErasedPart: Int64] = [:]

    /// True when verify found no fault.
    public var isIntact: Bool { fault == nil }
}

/// What a verification keeps besides its verdict, for checking the ledger against something kept
/// elsewhere: tree sizes of signed checkpoints (their roots, and consistency proofs from them to the
/// head) and seqs of heads printed on old reports (their hashes).
public struct VerificationRequest: Hashable, Sendable {
    /// Tree sizes whose roots and consistency proofs to the head to keep (sizes below 1 are ignored).
    public var treeSizes: [Int64]
    /// Seqs whose event hashes to keep.
    public var seqs: [Int64]

    /// A request.
    public init(treeSizes: [Int64] = [], seqs: [Int64] = []) {
        self.treeSizes = treeSizes
        self.seqs = seqs
    }
}

/// A step of recorded time longer than a writer may take without acknowledging it: where it is,
/// from when to when, and whether the batch that took it began with a `clockJumpAcknowledged`
/// event (stream `ledger`) saying why. A ledger written by a program with its own clock (a demo, a
/// migration) may hold unacknowledged steps where nothing was recorded for a while.
public struct ClockJump: Hashable, Sendable {
    /// The seq of the first event recorded after the step.
    public let seq: Int64
    /// When the event before it was recorded.
    public let lastRecordedAt: Timestamp
    /// When it was recorded.
    public let recordedAt: Timestamp
    /// True when that event is the acknowledgement of the jump.
    public let acknowledged: Bool

    /// A step at `seq` from `lastRecordedAt` to `recordedAt`, acknowledged or not.
    public init(seq: Int64, lastRecordedAt: Timestamp, recordedAt: Timestamp, acknowledged: Bool) {
        self.seq = seq
        self.lastRecordedAt = lastRecordedAt
        self.recordedAt = recordedAt
        self.acknowledged = acknowledged
    }

    /// Whole days from `lastRecordedAt` to `recordedAt`.
    public var days: Int64 { (recordedAt.microsecondsSinceEpoch - lastRecordedAt.microsecondsSinceEpoch) / 86_400_000_000 }
}
