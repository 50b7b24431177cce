#if canImport(Glibc)
import Glibc
#endif

extension Ledger {
    // Keeps events/INVARIANTS.md rules 3, 6: readers use committed batches only; a torn tail is set aside, damage never repaired.
    /// Reads committed events after the tail, checking each (hash, digest, seq, link, time) and
    /// adding it to the index. A batch counts only once its last line (batchEnd) is read.
    ///
    /// What follows the last committed batch is the uncommitted tail. It is torn (left by a crash
    /// mid-write) when its first bad piece is an unterminated last line or holds NUL bytes (a
    /// hole the crash left), or when it simply ends before its batch does. A writer saves a torn
    /// tail under torn/ and cuts it off; a reader ignores it. A complete line that is not a valid
    /// next event is damage: `.damaged` with its position, and nothing is cut.
    ///
    /// `through` stops it once that seq (the end of a batch) is committed: to rebuild the index up
    /// to a tail seen before without seeing anything newer. With `setAside` false a writer makes
    /// every check a writer makes (an uncommitted tail followed by a later segment is damage) but
    /// leaves a torn tail where it is: for opening, and for an append before it knows it writes.
    func catchUp(asWriter: Bool, setAside: Bool = true, through: Int64 = .max) throws(LedgerError) {
        while tail.seq < through {
            if Int(tail.segmentOrdinal) >= segments.count {
                // No segment holds the next event yet; another writer may have created it.
                let next = SegmentFile(firstSeq: tail.seq + 1)
                guard FileSystem.exists(layout.path(of: next)).exists else { return }
                segments = try layout.segments()
                guard Int(tail.segmentOrdinal) < segments.count else { return }
            }
            let segment = segments[Int(tail.segmentOrdinal)]
            guard segment.firstSeq == tail.seq + 1 || (tail.endOffset > 0) else {
                throw .damaged(
                    at: LogPosition(segment: segment.name, line: 1, seq: tail.seq + 1),
                    reason: "the segment should begin with seq \(tail.seq + 1) but is named for seq \(segment.firstSeq)")
            }
            let reachedEnd = try catchUp(inSegment: segment, asWriter: asWriter, setAside: setAside, through: through)
            guard reachedEnd else { return }
            // The segment is exhausted at a commit point; the next one, if any, must start at the
            // next seq. (One stat, not a directory listing: this runs before every append.)
            if Int(tail.segmentOrdinal) + 1 < segments.count {
                let next = segments[Int(tail.segmentOrdinal) + 1]
                guard next.firstSeq == tail.seq + 1 else {
                    throw .damaged(
                        at: LogPosition(segment: next.name, line: 1, seq: tail.seq + 1),
                        reason: "the segment should begin with seq \(tail.seq + 1) but is named for seq \(next.firstSeq): events are missing")
                }
            } else {
                // A segment holding no committed event (empty, or emptied of a torn tail) is itself
                // named for the next seq: it is the last segment, not a new one.
                let next = SegmentFile(firstSeq: tail.seq + 1)
                guard next != segment, FileSystem.exists(layout.path(of: next)).exists else { return }
                segments.append(next)
            }
            tail.segmentOrdinal += 1
            tail.endOffset = 0
            tail.nextLine = 1
        }
    }

    /// Reads one segment from the tail; returns true when it ended exactly at a commit point
    /// (so the next segment may follow), false when it stopped at an uncommitted tail.
    private func catchUp(inSegment segment: SegmentFile, asWriter: Bool, setAside: Bool, through: Int64) throws(LedgerError) -> Bool {
        let file = try self.file(ofSegment: tail.segmentOrdinal)
        var reader = LineReader(file: file, offset: tail.endOffset, lineNumber: tail.nextLine, bufferSize: 64 << 10)
        defer { reader.close() }
        var pending: [(StoredEvent, EventLocation)] = []
        var expected = (seq: tail.seq + 1, prev: tail.hash, at: tail.recordedAt)
        var torn: Int64? = nil
        var tornLine = 0
        scan: while let piece = try reader.next() {
            switch piece {
            case .line(let offset, let number, let bytes):
                let position = LogPosition(segment: segment.name, line: number, seq: expected.seq)
                do throws(LineFault) {
                    let event = try EventLine.decode(bytes, verify: true, decodePayload: false)
                    try Ledger.checkLink(event, expectedSeq: expected.seq, previous: expected.prev, notBefore: expected.at)
                    pending.append((event, EventLocation(segmentOrdinal: tail.segmentOrdinal, length: UInt32(bytes.count), offset: UInt64(offset), line: UInt32(number))))
                    expected = (event.seq + 1, event.hash, event.recordedAt)
                    if event.endsBatch {
                        commit(pending, endOffset: offset + Int64(bytes.count) + 1, nextLine: number + 1)
                        pending.removeAll()
                        if tail.seq >= through { return false }
                    }
                } catch {
                    guard bytes.contains(0) else { throw .damaged(at: position, reason: error.reason) }
                    // A hole can only be in the last batch written, never synced. If a valid
                    // batch-closing line follows, that batch was synced after the hole: damage.
                    if let closing = try Ledger.batchEndLine(after: &reader) {
                        throw .damaged(
                            at: position,
                            reason: "the line holds NUL bytes, but a complete batch ends after it (line \(closing)), so it is not a torn tail: \(error.reason)")
                    }
                    (torn, tornLine) = (offset, number)
                    break scan
                }
            case .unterminated(let offset, let number, _):
                (torn, tornLine) = (offset, number)
                break scan
            case .overlong(let offset, let number):
                throw .damaged(
                    at: LogPosition(segment: segment.name, line: number, seq: expected.seq),
                    reason: "line \(number) runs past the \(EnvelopeRules.maxLineBytes)-byte limit without ending (at byte \(offset))")
            }
        }
        if torn == nil && pending.isEmpty { return true }
        // Something after the last commit: a torn tail (or, for a reader, a batch still being written).
        guard asWriter else { return false }
        // Only the last segment can have a torn tail: a later segment means this one was complete.
        segments = try layout.segments()
        // Name the place verify names: the bad line, or else the next segment that does not follow on.
        if Int(tail.segmentOrdinal) + 1 < segments.count {
            let next = segments[Int(tail.segmentOrdinal) + 1]
            if torn != nil {
                throw .damaged(
                    at: LogPosition(segment: segment.name, line: tornLine, seq: expected.seq),
                    reason: "the line is incomplete or holds NUL bytes, but a later segment exists, so it is not a torn tail")
            }
            if next.firstSeq != expected.seq {
                throw .damaged(
                    at: LogPosition(segment: next.name, line: 1, seq: expected.seq),
                    reason: "the segment should begin with seq \(expected.seq) but is named for seq \(next.firstSeq): events are missing")
            }
            throw .damaged(
                at: LogPosition(segment: segment.name, line: reader.lineNumber, seq: expected.seq),
                reason: "the segment ends inside a batch (its last event is not batchEnd), but a later segment exists")
        }
        guard setAside else { return false }
        try setAsideTornTail(of: segment, file: file)
        return true
    }

    /// The number of the first later line that is a valid event closing a batch, or nil.
    private static func batchEndLine(after reader: inout LineReader) throws(LedgerError) -> Int? {
        while let piece = try reader.next() {
            guard case .line(_, let number, let bytes) = piece else { continue }
            if let event = try? EventLine.decode(bytes, verify: true, decodePayload: false), event.endsBatch { return number }
        }
        return nil
    }

    /// Checks an event's place in the chain.
    static func checkLink(_ event: StoredEvent, expectedSeq: Int64, previous: SHA256Digest, notBefore: Timestamp?) throws(LineFault) {
        guard event.seq == expectedSeq else {
            throw LineFault(rule: EnvelopeRules.Rule.seq, "the event here has seq \(event.seq) but seq \(expectedSeq) should come next: events are missing, repeated or out of order")
        }
        guard event.previousHash == previous else {
            throw LineFault(rule: EnvelopeRules.Rule.prev, "its prev hash does not match the hash of seq \(expectedSeq - 1): the chain is broken")
        }
        if let notBefore, event.recordedAt < notBefore {
            throw LineFault(rule: EnvelopeRules.Rule.recordedAt, "it is recorded at \(event.recordedAt), earlier than the event before it (\(notBefore))")
        }
    }

    private func commit(_ events: [(StoredEvent, EventLocation)], endOffset: Int64, nextLine: Int) {
        for (event, location) in events {
            index?.add(id: event.id, stream: event.stream, location: location)
        }
        let last = events[events.count - 1].0
        tail.seq = last.seq
        tail.hash = last.hash
        tail.recordedAt = last.recordedAt
        tail.endOffset = endOffset
        tail.nextLine = nextLine
    }

    /// Saves the bytes after the last commit to torn/ (synced), then cuts the segment there.
    private func setAsideTornTail(of segment: SegmentFile, file: SystemFile) throws(LedgerError) {
        let size = try file.size()
        guard size > tail.endOffset else { return }
        let bytes = try file.read(count: Int(size - tail.endOffset), at: tail.endOffset)
        try FileSystem.makeDirectory(layout.tornDirectory, allowExisting: true)
        let name = layout.tornDirectory + "/\(segment.name).at-\(tail.endOffset).seq-\(tail.seq + 1).torn"
        let side = try SystemFile.open(name, O_WRONLY | O_TRUNC, create: true)
        try side.writeAll(bytes)
        try side.dataSync()
        try FileSystem.syncDirectory(layout.tornDirectory)
        try FileSystem.syncDirectory(path)
        let writable = try SystemFile.open(layout.path(of: segment), O_WRONLY)
        try writable.truncate(to: tail.endOffset)
        try writable.dataSync()
    }
}
