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
    /// issue 16: tree. The RFC 6962 Merkle root of the tree of events 1…`headSeq` (64 hex
    /// digits), recomputed from the log by the whole verification; nil when the ledger was checked
    /// against a verification record instead.
    public var merkleRoot: String?
    /// Heads kept elsewhere that the ledger was found to hold (`verify --since`, `--expect`): one
    /// sentence each, saying what was confirmed.
    public var headsConfirmed: [String] = []
    /// The latest signed checkpoint the ledger holds, when it holds one: what its events are
    /// proven against (issue 16: evidence).
    public var checkpoint: CheckpointStatement?
    /// issue 18: fastload. What was checked against an oversight checkpoint, when the report was
    /// made from one instead of a whole verification.
    public var checkpointAnchor: CheckpointAnchor?
    // issue 17: copy17 — the provable customer copy
    /// The copy, when the report is written with evidence (`trail --evidence`): its statement then
    /// says what the evidence proves of it. Nil for a report without evidence.
    public var evidenceCopy: Copy?

    // issue 18: fastload
    /// What a report made from an oversight checkpoint (`--checkpoint FILE`) re-checked.
    public struct CheckpointAnchor: Hashable, Sendable {
        /// The checkpoint file.
        public var checkpointPath: String
        /// The last event it reflects.
        public var headSeq: Int64
        /// That event's hash, as the checkpoint holds it.
        public var headHash: String
        /// The Merkle tree root of seqs 1…`headSeq` the checkpoint holds (64 hex digits).
        public var root: String
        /// The last whole verification the checkpoint's results rest on: the seq it reached.
        public var wholeVerifiedSeq: Int64
        /// When it was made.
        public var wholeVerifiedAt: Timestamp
        /// Events up to `headSeq` the report read, each re-hashed and matched, stream by stream,
        /// with the events the checkpoint was worked out from.
        public var eventsMatched: Int
        /// The streams they belong to.
        public var streamsMatched: Int
        /// Events recorded after `headSeq`, all re-hashed and linked now.
        public var eventsSince: Int64

        /// A checkpoint check.
        public init(
            checkpointPath: String, headSeq: Int64, headHash: String, root: String, wholeVerifiedSeq: Int64, wholeVerifiedAt: Timestamp,
            eventsMatched: Int, streamsMatched: Int, eventsSince: Int64
        ) {
            self.checkpointPath = checkpointPath
            self.headSeq = headSeq
            self.headHash = headHash
            self.root = root
            self.wholeVerifiedSeq = wholeVerifiedSeq
            self.wholeVerifiedAt = wholeVerifiedAt
            self.eventsMatched = eventsMatched
            self.streamsMatched = streamsMatched
            self.eventsSince = eventsSince
        }

        /// The statement's sentences, given the ledger's head and Merkle root now.
        func lines(headSeq now: Int64, merkleRoot: String?) -> [String] {
            let s = { (n: Int64) in n == 1 ? "" : "s" }
            var out = [
                "Made from the oversight checkpoint \(checkpointPath), which reflects the ledger through seq \(headSeq) (hash \(headHash), "
                    + "Merkle tree root \(root)); its results rest on a verification of the whole ledger through seq \(wholeVerifiedSeq) "
                    + "made at \(UKTime.words(wholeVerifiedAt))\(wholeVerifiedSeq < headSeq ? ", and on the events after it verified in full by the later runs that kept the checkpoint" : "")."
            ]
            let matched = eventsMatched == 0
                ? "no case recorded up to then had to be worked out again; "
                : "the \(eventsMatched) event\(s(Int64(eventsMatched))) up to seq \(headSeq) of the \(streamsMatched) case\(s(Int64(streamsMatched))) worked out again "
                    + "\(eventsMatched == 1 ? "was" : "were") re-hashed and \(eventsMatched == 1 ? "is" : "are"), case by case, the events the checkpoint was worked out from; "
            out.append(
                "For this report the event at seq \(headSeq) was re-hashed and has that hash; " + matched
                    + (eventsSince == 0
                        ? "nothing has been recorded since seq \(headSeq)."
                        : "seqs \(headSeq + 1) to \(now) (\(eventsSince) event\(s(eventsSince))) were re-hashed and every link checked"
                            + (merkleRoot.map { ", giving the Merkle tree root \($0) at seq \(now)" } ?? "") + "."))
            out.append("Other events were not re-checked for this report: to verify the whole ledger first, run it with --verify-whole.")
            return out
        }
    }

    /// The latest signed checkpoint, as an integrity statement names it.
    public struct CheckpointStatement: Hashable, Sendable {
        /// The log's origin (the name its key signs as).
        public var origin: String
        /// How many events it covers (seqs 1 to `size`).
        public var size: Int64
        /// Its Merkle root, in base64 as the checkpoint writes it.
        public var rootHash: String
        /// The log's verifier key the signature was checked with (the one the ledger records).
        public var logKey: String
        /// The names on the witnesses' cosignatures stored with it (not checked: the audit tool
        /// holds no witness's key).
        public var cosigners: [String]
        /// The ledger's own Merkle root at `size`, when it is not the signed one (history signed
        /// earlier was changed); nil when they agree.
        public var divergentRoot: String?

        /// A checkpoint statement.
        public init(origin: String, size: Int64, rootHash: String, logKey: String, cosigners: [String], divergentRoot: String?) {
            self.origin = origin
            self.size = size
            self.rootHash = rootHash
            self.logKey = logKey
            self.cosigners = cosigners
            self.divergentRoot = divergentRoot
        }

        /// The statement's sentences about the checkpoint, given the ledger's head.
        func lines(headSeq: Int64) -> [String] {
            if let divergentRoot {
                return [
                    "The ledger does NOT extend its own latest signed checkpoint: the checkpoint signed as \(origin) says its first \(size) "
                        + "events have the Merkle root \(rootHash), but the ledger's first \(size) events now give \(divergentRoot). History signed "
                        + "earlier was changed: this report must not be relied on, and the ledger directory should be kept as it is."
                ]
            }
            let cosigned = cosigners.isEmpty
                ? "not yet cosigned by any witness"
                : "carrying cosignatures by \(cosigners.joined(separator: ", ")) (check them with each witness's published key: caseledger-audit check-evidence)"
            var out = [
                "Latest signed checkpoint: the ledger's first \(size) event\(size == 1 ? "" : "s") (seqs 1 to \(size)) have the Merkle root \(rootHash), "
                    + "signed as \(origin) (signature checked with the log key the ledger records, \(logKey)), \(cosigned); the ledger extends it."
            ]
            if headSeq > size {
                out.append("Events after seq \(size) are not yet covered by a signed checkpoint.")
            }
            return out
        }
    }

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
        /// issue 16: tree. The Merkle tree root of events 1…`recordHeadSeq` the verification
        /// recomputed (64 hex digits): what a signed checkpoint of that size must name.
        public var recordRoot: String?
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
                    + "\(r.recordHeadSeq) (hash \(r.recordHeadHash)\(r.recordRoot.map { ", Merkle tree root \($0)" } ?? "")) made at \(UKTime.words(r.verifiedAt)).")
            out.append(
                "For this report \(r.eventsMatched) event\(r.eventsMatched == 1 ? "" : "s") it read (with the ledger's first and that last one) "
                    + "\(r.eventsMatched == 1 ? "was" : "were") re-hashed and each has the hash verified then; "
                    + (r.eventsSince == 0
                        ? "nothing has been recorded since."
                        : "the \(r.eventsSince) event\(r.eventsSince == 1 ? "" : "s") recorded since \(r.eventsSince == 1 ? "was" : "were") re-hashed and every link checked."))
            out.append("Other events were not re-checked for this report.")
        } else if let anchor = checkpointAnchor {
            out += anchor.lines(headSeq: headSeq, merkleRoot: merkleRoot)
        } else {
            out.append("Verification passed: all \(eventsVerified) events in \(segments) segment\(segments == 1 ? "" : "s") were re-hashed and every link in the chain was checked.")
        }
        out += headsConfirmed
        if let checkpoint {
            out += checkpoint.lines(headSeq: headSeq)
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
        switch evidenceCopy {
        case .customer?:
            out.append(
                "This customer's copy is provable: it comes with evidence in which every detail it discloses is proven against the latest "
                    + "signed checkpoint named above; each detail withheld from it is there only as its digest, with the reason, and each "
                    + "erased detail is marked (README.txt in the evidence folder says how to check it).")
        case .staff?:
            out.append(
                "This copy comes with evidence in which every record it shows is proven, whole, against the latest signed checkpoint "
                    + "named above (README.txt in the evidence folder says how to check it).")
        case nil: break
        }
        out.append("To re-check: \(recheckCommand)")
        return out
    }
}
