/// What one mirror run did: what it found, what it checked, what it copied, and where the mirror
/// now ends.
public struct MirrorReport: Equatable, Sendable {
    /// True when this run made the mirror (a new or empty directory).
    public var created: Bool
    /// The mirror's head before the run (0 for a new mirror).
    public var previousHeadSeq: Int64
    /// The ledger's last committed event when the run began; the mirror now ends there.
    public var headSeq: Int64
    /// That event's hash, the mirror's head hash now.
    public var headHash: SHA256Digest
    /// The first seq of the mirror whose line this run verified (1: the whole mirror was checked;
    /// `previousHeadSeq + 1`: only what it copied, from the line its state file named).
    public var mirrorCheckedFrom: Int64
    /// Whether the run started from the mirror's state file (false: it checked the mirror from seq 1,
    /// because the state was missing, did not match, or a full check was asked for).
    public var usedState: Bool
    /// Events copied (every one verified before it was written).
    public var copiedEvents: Int64
    /// Batches copied.
    public var copiedBatches: Int64
    /// Bytes copied.
    public var copiedBytes: Int64
    /// Segment files written to (created or extended).
    public var segmentsWritten: Int
    /// Bytes an interrupted earlier run had left after the mirror's last committed line, cut off
    /// (they were a copy of the ledger's bytes at the same place, or zeros).
    public var unfinishedBytesCut: Int64
    /// Files copied from the ledger's `checkpoints/` (signed checkpoints, cosignatures, log keys).
    public var checkpointFilesCopied: Int
    /// issue 17: mirror17. The erased parts this run carried from the ledger to the mirror (their
    /// values and salts removed from the mirror's lines, as the ledger had removed them).
    public var erasuresCarried: [ErasedPart]
    /// Parts an `erasureAuthorised` event in the log names whose values the ledger still holds
    /// (the decision is recorded, the removal not yet made): carried by a later run once removed.
    public var erasuresPending: [ErasedPart]
    /// issue 16/17: mend16. Parts an `erasureAuthorised` event names that can never be erased
    /// (`UnerasablePart`: the decision authorises nothing); never pending, nothing to carry.
    public var erasuresUnerasable: [UnerasablePart] = []
}
