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

    /// True when verify found no fault.
    public var isIntact: Bool { fault == nil }
}
