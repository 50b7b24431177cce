import CaseLedger

/// The statement every report ends with: the ledger's head when the report was made, whether
/// verification passed, and the command that re-checks it.
public struct IntegrityStatement: Hashable, Sendable {
    /// The ledger directory, as given.
    public var ledgerPath: String
    /// The seq of the ledger's last event when the report was made.
    public var headSeq: Int64
    /// That event's hash (64 hex digits).
    public var headHash: String
    /// True when every event was re-hashed and every link checked without fault.
    public var verified: Bool
    /// Events verified.
    public var eventsVerified: Int64
    /// Segment files read.
    public var segments: Int
    /// The `--as-known-at` instant, when the report was limited to it.
    public var asKnownAt: Timestamp?
    /// The seq of the last event recorded by then.
    public var knownAtSeq: Int64?
    /// Its hash.
    public var knownAtHash: String?

    /// A statement.
    public init(
        ledgerPath: String, headSeq: Int64, headHash: String, verified: Bool, eventsVerified: Int64, segments: Int,
        asKnownAt: Timestamp? = nil, knownAtSeq: Int64? = nil, knownAtHash: String? = nil
    ) {
        self.ledgerPath = ledgerPath
        self.headSeq = headSeq
        self.headHash = headHash
        self.verified = verified
        self.eventsVerified = eventsVerified
        self.segments = segments
        self.asKnownAt = asKnownAt
        self.knownAtSeq = knownAtSeq
        self.knownAtHash = knownAtHash
    }

    /// The command that re-checks the ledger, with the path quoted for a POSIX shell.
    public var recheckCommand: String { "caseledger-audit verify --ledger \(ShellQuoting.quote(ledgerPath))" }

    /// The statement in sentences, one per line.
    public var lines: [String] {
        var out = [
            "Ledger head when this report was made: seq \(headSeq), hash \(headHash).",
            verified
                ? "Verification passed: all \(eventsVerified) events in \(segments) segment\(segments == 1 ? "" : "s") were re-hashed and every link in the chain was checked."
                : "Verification FAILED: this report must not be relied on.",
        ]
        if let t = asKnownAt {
            if let seq = knownAtSeq, let hash = knownAtHash {
                out.append("As known at \(t.rfc3339) the ledger ended at seq \(seq), hash \(hash).")
            } else {
                out.append("Nothing had been recorded in the ledger by \(t.rfc3339).")
            }
        }
        out.append("To re-check: \(recheckCommand)")
        return out
    }
}
