/// Reads committed events in seq order in constant memory (one buffer per segment), stopping at
/// the head the ledger handle had when the cursor was made. Checks each event's seq and its link
/// to the event before.
public struct EventCursor {
    private let ledger: Ledger
    private var seq: Int64
    private let through: Int64
    private var reader: LineReader?
    private var ordinal: UInt32 = 0
    private var previousHash: SHA256Digest?

    init(ledger: Ledger, from: Int64, through: Int64) {
        self.ledger = ledger
        self.seq = from
        self.through = through
    }

    /// Frees the read buffer. Call when done (forEachEvent does).
    public mutating func close() {
        reader?.close()
        reader = nil
    }

    /// The next event, or nil after the last one.
    public mutating func next() throws(LedgerError) -> StoredEvent? {
        guard seq <= through, let location = ledger.index.location(of: seq) else {
            close()
            return nil
        }
        if reader == nil || ordinal != location.segmentOrdinal {
            close()
            ordinal = location.segmentOrdinal
            reader = LineReader(
                file: try ledger.file(ofSegment: ordinal), offset: Int64(location.offset), lineNumber: Int(location.line))
        }
        let segmentName = ledger.segments[Int(ordinal)].name
        guard let piece = try reader!.next(), case .line(_, let number, let bytes) = piece else {
            throw .damaged(at: LogPosition(segment: segmentName, line: Int(location.line), seq: seq), reason: "the line is missing or incomplete")
        }
        let event: StoredEvent
        do throws(LineFault) {
            event = try EventLine.decode(bytes, verify: false)
            if let previousHash {
                try Ledger.checkLink(event, expectedSeq: seq, previous: previousHash, notBefore: nil)
            } else if event.seq != seq {
                throw LineFault("the event here has seq \(event.seq) but seq \(seq) should come next")
            }
        } catch {
            throw .damaged(at: LogPosition(segment: segmentName, line: number, seq: seq), reason: error.reason)
        }
        previousHash = event.hash
        seq += 1
        return event
    }
}
