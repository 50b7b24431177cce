import CaseLedger

// Keeps events/INVARIANTS.md rule 13: every report says exactly what was checked.
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
    /// What was checked against a verification record, when the report was made with one
    /// (instead of verifying the whole ledger).
    public var recordCheck: RecordCheck?
    /// Where a verification record of this verification was written, when one was.
    public var recordWritten: String?

    /// What a report made with a verification record re-checked.
    public struct RecordCheck: Hashable, Sendable {
        /// The record file.
        public var recordPath: String
        /// When the whole verification it records was made.
        public var verifiedAt: Timestamp
        /// The last event it verified.
        public var recordHeadSeq: Int64
        /// That event's hash.
        public var recordHeadHash: String
        /// Events the report read that the record covers, each re-hashed and found to have the
        /// recorded hash (with the ledger's first event and the record's last).
        public var eventsMatched: Int
        /// Events recorded after the record's last, all re-hashed and linked now.
        public var eventsSince: Int64

        /// A record check.
        public init(recordPath: String, verifiedAt: Timestamp, recordHeadSeq: Int64, recordHeadHash: String, eventsMatched: Int, eventsSince: Int64) {
            self.recordPath = recordPath
            self.verifiedAt = verifiedAt
            self.recordHeadSeq = recordHeadSeq
            self.recordHeadHash = recordHeadHash
            self.eventsMatched = eventsMatched
            self.eventsSince = eventsSince
        }
    }

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

    /// The command that re-checks the whole ledger, with the path quoted for a POSIX shell.
    public var recheckCommand: String { "caseledger-audit verify --ledger \(ShellQuoting.quote(ledgerPath))" }

    /// The statement in sentences, one per line.
    public var lines: [String] {
        var out = ["Ledger head when this report was made: seq \(headSeq), hash \(headHash)."]
        if !verified {
            out.append("Verification FAILED: this report must not be relied on.")
        } else if let r = recordCheck {
            out.append(
                "Checked against the verification record \(r.recordPath), which holds a verification of the whole ledger through seq "
                    + "\(r.recordHeadSeq) (hash \(r.recordHeadHash)) made at \(UKTime.words(r.verifiedAt)).")
            out.append(
                "For this report \(r.eventsMatched) event\(r.eventsMatched == 1 ? "" : "s") it read (with the ledger's first and that last one) "
                    + "\(r.eventsMatched == 1 ? "was" : "were") re-hashed and each has the hash verified then; "
                    + (r.eventsSince == 0
                        ? "nothing has been recorded since."
                        : "the \(r.eventsSince) event\(r.eventsSince == 1 ? "" : "s") recorded since \(r.eventsSince == 1 ? "was" : "were") re-hashed and every link checked."))
            out.append("Other events were not re-checked for this report.")
        } else {
            out.append("Verification passed: all \(eventsVerified) events in \(segments) segment\(segments == 1 ? "" : "s") were re-hashed and every link in the chain was checked.")
        }
        if let written = recordWritten {
            out.append("A verification record of this verification was written to \(written).")
        }
        if let t = asKnownAt {
            if let seq = knownAtSeq, let hash = knownAtHash {
                out.append("As known at \(UKTime.words(t)) the ledger ended at seq \(seq), hash \(hash).")
            } else {
                out.append("Nothing had been recorded in the ledger by \(UKTime.words(t)).")
            }
        }
        out.append("To re-check: \(recheckCommand)")
        return out
    }
}
