import LedgerJSON

extension Ledger {
    /// The event with `seq`, read from the log through the index and checked against it
    /// (its seq and hash must be what the index and the chain say).
    public func event(seq: Int64) throws(LedgerError) -> StoredEvent {
        guard let location = try loadIndex().location(of: seq) else {
            throw .invalidEvent(batchIndex: 0, reason: "there is no event with seq \(seq) (the ledger holds 1 to \(tail.seq))")
        }
        if let event = try read(location, expectingSeq: seq, verify: false) { return event }
        try rebuildIndex()
        guard let location = index?.location(of: seq), let event = try read(location, expectingSeq: seq, verify: false) else {
            throw .invalidEvent(batchIndex: 0, reason: "there is no event with seq \(seq) (the ledger holds 1 to \(tail.seq))")
        }
        return event
    }

    /// Every event of `stream` in seq order, read through the index. Each line read is checked
    /// against the index (seq, stream); if the index disagrees with the log, the index is rebuilt
    /// from the log and the read repeated, so the log always wins. Each line is also re-hashed
    /// unless `rehash` is false — for a reader that has just verified the whole ledger (the audit
    /// tool), which need not hash every line twice.
    ///
    /// With `tapes`, each payload of the shape a `JSONTape` takes is read onto one
    /// (`StoredEvent.payloadTape`), which is much cheaper than parsing it into a `JSONValue` for a
    /// reader that reads a few fields of each; `payload` still gives the same value.
    public func events(inStream stream: String, rehash: Bool = true, tapes: Bool = false) throws(LedgerError) -> [StoredEvent] {
        if let events = try readStream(stream, rehash: rehash, tapes: tapes) { return events }
        try rebuildIndex()
        guard let events = try readStream(stream, rehash: rehash, tapes: tapes) else {
            throw .damaged(at: LogPosition(segment: segments.last?.name ?? "-", line: 0, seq: tail.seq), reason: "the log changed while it was being read")
        }
        return events
    }

    /// Calls `body` with every committed event from `seq` on, in order, reading the log in
    /// constant memory. Checks seqs and links as it goes (full re-hashing is `verify`'s job).
    public func forEachEvent(from seq: Int64 = 1, _ body: (StoredEvent) throws -> Void) throws {
        var cursor = try cursor(from: seq)
        defer { cursor.close() }
        while let event = try cursor.next() { try body(event) }
    }

    /// A cursor over committed events from `seq` up to the head this handle has seen.
    public func cursor(from seq: Int64 = 1) throws(LedgerError) -> EventCursor {
        EventCursor(ledger: self, from: max(1, seq), through: tail.seq)
    }

    /// The stream's events, or nil when the index disagrees with the log.
    private func readStream(_ stream: String, rehash: Bool, tapes: Bool) throws(LedgerError) -> [StoredEvent]? {
        let index = try loadIndex()
        let seqs = index.seqs(of: stream)
        var out: [StoredEvent] = []
        out.reserveCapacity(seqs.count)
        for seq in seqs {
            guard let event = try read(index.location(of: seq)!, expectingSeq: seq, verify: rehash, tape: tapes), event.stream == stream else { return nil }
            out.append(event)
        }
        return out
    }

    /// The event at `location`, or nil when what is there is not seq `seq` (a stale index).
    func read(_ location: EventLocation, expectingSeq seq: Int64, verify: Bool, tape: Bool = false) throws(LedgerError) -> StoredEvent? {
        let file = try file(ofSegment: location.segmentOrdinal)
        let count = Int(location.length) + 1
        if readBuffer.count < count {
            readBuffer.deallocate()
            readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 2 * readBuffer.count), alignment: 16)
        }
        let got = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: readBuffer[0..<count]), at: Int64(location.offset))
        guard got == count, readBuffer[count - 1] == 0x0A else { return nil }
        // A line that does not decode here means the index points at the wrong place, or the log
        // is damaged: the caller rebuilds the index, whose reading reports any damage precisely.
        let event = try? EventLine.decode(UnsafeRawBufferPointer(rebasing: readBuffer[0..<(count - 1)]), verify: verify, keys: keyCache, tape: tape)
        return event?.seq == seq ? event : nil
    }

    /// Forgets the index and reads the whole log again.
    func rebuildIndex() throws(LedgerError) {
        index = StreamIndex()
        cacheAtOpen = nil
        savedCache = nil
        savedIndexCount = 0
        tail = Tail()
        openFiles = [:]
        openOrder = []
        appendFile = nil
        segments = try layout.segments()
        try catchUp(asWriter: false)
    }
}
