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
    ///
    /// A writer then checks what it knows was committed (`checkCommittedKnowledge`): a log that
    /// ends before an event the index cache recorded is damage, never a tail to cut.
    ///
    /// Returns true when the log ends cleanly at the tail: nothing uncommitted follows the last
    /// committed event (so, under the writer lock, a second call with `setAside` has nothing to do).
    @discardableResult
    func catchUp(asWriter: Bool, setAside: Bool = true, through: Int64 = .max) throws(LedgerError) -> Bool {
        let clean = try catchUpSegments(asWriter: asWriter, setAside: setAside, through: through)
        if asWriter { try checkCommittedKnowledge(rereading: false) }
        return clean
    }

    private func catchUpSegments(asWriter: Bool, setAside: Bool, through: Int64) throws(LedgerError) -> Bool {
        while tail.seq < through {
            if Int(tail.segmentOrdinal) >= segments.count {
                // No segment holds the next event yet; another writer may have created it.
                let next = SegmentFile(firstSeq: tail.seq + 1)
                guard segmentExists(next) else { return true }
                segments = try layout.segments()
                guard Int(tail.segmentOrdinal) < segments.count else { return true }
            }
            let segment = segments[Int(tail.segmentOrdinal)]
            guard segment.firstSeq == tail.seq + 1 || (tail.endOffset > 0) else {
                throw .damaged(
                    at: LogPosition(segment: segment.name, line: 1, seq: tail.seq + 1),
                    reason: "the segment should begin with seq \(tail.seq + 1) but is named for seq \(segment.firstSeq)")
            }
            let reachedEnd = try catchUp(inSegment: segment, asWriter: asWriter, setAside: setAside, through: through)
            guard reachedEnd else { return false }
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
                guard next != segment, segmentExists(next) else { return true }
                segments.append(next)
            }
            tail.segmentOrdinal += 1
            tail.endOffset = 0
            tail.nextLine = 1
        }
        return false  // stopped at `through`: what follows was not looked at
    }

    /// Reads one segment from the tail; returns true when it ended exactly at a commit point
    /// (so the next segment may follow), false when it stopped at an uncommitted tail.
    private func catchUp(inSegment segment: SegmentFile, asWriter: Bool, setAside: Bool, through: Int64) throws(LedgerError) -> Bool {
        let file = try self.file(ofSegment: tail.segmentOrdinal)
        // Nothing after the tail (the case before almost every append): what reading there would
        // find, without a read buffer. A file shorter than the tail reads as nothing, as before.
        if try file.size() <= tail.endOffset { return true }
        var reader = LineReader(file: file, offset: tail.endOffset, lineNumber: tail.nextLine, bufferSize: 64 << 10)
        defer { reader.close() }
        var pending: [(StoredEvent, EventLocation)] = []
        var expected = (seq: tail.seq + 1, prev: tail.hash, at: tail.recordedAt)
        var uncommitted = false
        var firstBadLine: Int? = nil
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
                    // A complete line that is no sound next event is damage, unless it holds NUL
                    // bytes: then what follows decides (UncommittedTail.judge).
                    guard bytes.contains(0) else { throw .damaged(at: position, reason: error.reason) }
                    (uncommitted, firstBadLine) = (true, number)
                    break scan
                }
            case .unterminated(_, let number, _), .overlong(_, let number):
                // An unfinished last line, or a long run without a newline (a large hole of NUL
                // bytes, or damage): judged below.
                (uncommitted, firstBadLine) = (true, number)
                break scan
            }
        }
        if !uncommitted && pending.isEmpty { return true }
        // Something after the last commit: a batch being written, a torn tail, or damage.
        let found: UncommittedTail
        switch try UncommittedTail.judge(
            file, upTo: try file.size(), segment: segment.name, offset: tail.endOffset, line: tail.nextLine,
            after: (tail.seq, tail.hash, tail.recordedAt))
        {
        case .changed:
            // Another writer set a torn tail aside and appended while this handle read: read again later.
            guard asWriter else { return false }
            throw .damaged(
                at: LogPosition(segment: segment.name, line: tail.nextLine, seq: tail.seq + 1),
                reason: "the segment changed while the writer read it under the lock")
        case .uncommitted(let t): found = t
        }
        guard asWriter else { return false }
        // Only the last segment can have a torn tail: a later segment means this one was complete.
        segments = try layout.segments()
        // Name the place verify names: the first uncommitted line, or else the next segment that does not follow on.
        if Int(tail.segmentOrdinal) + 1 < segments.count {
            let next = segments[Int(tail.segmentOrdinal) + 1]
            if found.kind != .unclosedBatch {
                throw .damaged(
                    at: LogPosition(segment: segment.name, line: firstBadLine ?? found.line, seq: expected.seq),
                    reason: "the segment ends in an incomplete line or holds NUL bytes, but a later segment exists, so it is not a torn tail")
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
        // Keeps events/INVARIANTS.md rule 21: what the writer knows was committed is never cut.
        try checkCommittedKnowledge(rereading: true)
        guard setAside else { return false }
        try setAsideTornTail(of: segment, file: file)
        return true
    }

    // Keeps events/INVARIANTS.md rule 21: knowledge that a seq was committed only makes a writer more cautious.
    /// Throws `.damaged` when the index cache (`index/head.bin`, which names only events whose
    /// bytes were synced) recorded a later event than the log now commits, or a signed checkpoint
    /// kept in `checkpoints/` covers one: that event's line is unreadable or gone, and appending
    /// would give its seq to another event. Reads them the first time, and again when `rereading`
    /// (before a torn tail is cut); never uses them to accept anything the log does not show.
    func checkCommittedKnowledge(rereading: Bool) throws(LedgerError) {
        if rereading || !committedKnowledgeRead {
            committedKnowledgeRead = true
            if let head = IndexCache.loadHead(layout: layout), head.records > (committedKnown?.seq ?? 0) {
                committedKnown = (head.records, "the index cache recorded it, with hash \(head.coveredHash.hex)")
            }
            if let (size, name) = layout.largestCheckpoint(), size > (committedKnown?.seq ?? 0) {
                committedKnown = (size, "the signed checkpoint checkpoints/\(name) covers it")
            }
        }
        guard let known = committedKnown, known.seq > tail.seq else { return }
        let segment = Int(tail.segmentOrdinal) < segments.count ? segments[Int(tail.segmentOrdinal)].name : SegmentFile.name(firstSeq: tail.seq + 1)
        throw .damaged(
            at: LogPosition(segment: segment, line: tail.nextLine, seq: tail.seq + 1),
            reason: "seq \(known.seq) was committed (\(known.source)), "
                + "but the log's committed events now end at seq \(tail.seq): the lines after it are unreadable or missing, "
                + "and appending would give their seqs to other events. Restore the segment from a copy; "
                + "if an older copy of the segments was restored on purpose, delete the index directory (a cache) and append again")
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

    // Keeps events/INVARIANTS.md rule 20: evidence of a crash is never overwritten.
    /// Creates a new file in torn/ for `name`: `name` itself, or, when that exists (a crash at the
    /// same place before), `name.2`, `name.3`, … the first free one. Created exclusively (O_EXCL,
    /// never following a link), so no earlier evidence is ever truncated or written through.
    private func createTornFile(named name: String) throws(LedgerError) -> SystemFile {
        var attempt = 1
        while true {
            let path = layout.tornDirectory + "/" + name + (attempt == 1 ? "" : ".\(attempt)")
            do {
                return try SystemFile.open(path, O_WRONLY | O_EXCL, create: true)
            } catch .io(_, _, EEXIST) {
                attempt += 1
            } catch .unusableFile {
                attempt += 1  // a link or a pipe left under that name: not ours to touch
            }
        }
    }

    /// Saves the bytes after the last commit to torn/ (synced), then cuts the segment there.
    private func setAsideTornTail(of segment: SegmentFile, file: SystemFile) throws(LedgerError) {
        let size = try file.size()
        guard size > tail.endOffset else { return }
        let bytes = try file.read(count: Int(size - tail.endOffset), at: tail.endOffset)
        try FileSystem.makeDirectory(layout.tornDirectory, allowExisting: true, inLedger: true)
        let side = try createTornFile(named: "\(segment.name).at-\(tail.endOffset).seq-\(tail.seq + 1).torn")
        try side.writeAll(bytes)
        try side.dataSync()
        try FileSystem.syncDirectory(layout.tornDirectory)
        try FileSystem.syncDirectory(path)
        let writable = try SystemFile.open(layout.path(of: segment), O_WRONLY)
        try writable.truncate(to: tail.endOffset)
        try writable.dataSync()
    }
}
