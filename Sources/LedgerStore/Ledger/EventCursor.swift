/// Reads committed events in seq order in constant memory (one buffer per segment), stopping at
/// the head the ledger handle had when the cursor was made. Checks each event's seq and its link
/// to the event before. Walks the segment files in order and needs no index: it starts at the
/// segment holding the first seq wanted (through the index when the handle has loaded it,
/// otherwise by skipping that segment's earlier lines, as seqs are gapless).
public struct EventCursor {
    private let ledger: Ledger
    private var seq: Int64
    private let through: Int64
    private var reader: LineReader?
    private var ordinal = 0
    /// Lines of the current segment still to pass over before seq `seq`.
    private var skip: Int64 = 0
    private var previousHash: SHA256Digest?
    /// issue 18: fastload. Re-hash every line (header and payload digest) and check recorded time
    /// never goes back, as `verify` does, instead of trusting each line's own hash.
    private let rehash: Bool
    private var previousRecordedAt: Timestamp?
    /// Whether payloads are parsed (their digest is checked either way when re-hashing).
    private let payloads: Bool

    init(ledger: Ledger, from: Int64, through: Int64, rehash: Bool = false, payloads: Bool = true) {
        self.ledger = ledger
        self.seq = from
        self.through = through
        self.rehash = rehash
        self.payloads = payloads
    }

    /// Frees the read buffer. Call when done (forEachEvent does).
    public mutating func close() {
        reader?.close()
        reader = nil
    }

    /// Opens the segment that holds seq `seq`.
    private mutating func start() throws(LedgerError) {
        if let location = ledger.index?.location(of: seq) {
            ordinal = Int(location.segmentOrdinal)
            reader = LineReader(file: try ledger.file(ofSegment: location.segmentOrdinal), offset: Int64(location.offset), lineNumber: Int(location.line))
            return
        }
        // The last segment whose first seq is not after `seq`.
        let segments = ledger.segments
        var low = 0, high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].firstSeq <= seq { low = mid } else { high = mid - 1 }
        }
        ordinal = low
        skip = seq - (segments.isEmpty ? seq : segments[low].firstSeq)
        reader = LineReader(file: try ledger.file(ofSegment: UInt32(ordinal)))
    }

    /// The next event, or nil after the last one.
    public mutating func next() throws(LedgerError) -> StoredEvent? {
        guard seq <= through else {
            close()
            return nil
        }
        if reader == nil { try start() }
        while true {
            let piece = try reader!.next()
            guard case .line(_, let number, let bytes)? = piece else {
                let segments = ledger.segments
                if piece == nil, skip == 0, ordinal + 1 < segments.count, segments[ordinal + 1].firstSeq == seq {
                    close()
                    ordinal += 1
                    reader = LineReader(file: try ledger.file(ofSegment: UInt32(ordinal)))
                    continue
                }
                let line: Int
                switch piece {
                case .unterminated(_, let n, _)?, .overlong(_, let n)?: line = n
                default: line = reader!.lineNumber + Int(skip)
                }
                throw .damaged(at: LogPosition(segment: segments[ordinal].name, line: line, seq: seq), reason: "the line is missing or incomplete")
            }
            if skip > 0 {
                skip -= 1
                continue
            }
            let event: StoredEvent
            do throws(LineFault) {
                event = try EventLine.decode(bytes, verify: rehash, decodePayload: payloads, keys: ledger.keyCache)
                if let previousHash {
                    try Ledger.checkLink(event, expectedSeq: seq, previous: previousHash, notBefore: rehash ? previousRecordedAt : nil)
                } else if event.seq != seq {
                    throw LineFault(rule: EnvelopeRules.Rule.seq, "the event here has seq \(event.seq) but seq \(seq) should come next")
                }
            } catch {
                throw .damaged(at: LogPosition(segment: ledger.segments[ordinal].name, line: number, seq: seq), reason: error.reason)
            }
            previousHash = event.hash
            previousRecordedAt = event.recordedAt
            seq += 1
            return event
        }
    }
}
