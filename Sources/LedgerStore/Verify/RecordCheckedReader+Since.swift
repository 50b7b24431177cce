#if canImport(Glibc)
import Glibc
#endif

extension RecordCheckedReader {
    /// Verifies every event after the record's head, in order, up to the last committed batch:
    /// each line re-hashed (header and payload), its seq the next, its `prev` the hash before it,
    /// its time not earlier. Notes where each is, by stream. A complete line that is not a sound
    /// next event, or a segment that does not follow on, is damage (`.ledger(.damaged)`), as
    /// `Verifier` would report it; an unfinished batch at the end (being written, or torn by a
    /// crash) is left out, as every reader leaves it out.
    func verifySince() throws(RecordCheckError) {
        var expected = (seq: headSeq + 1, prev: headHash, at: headRecordedAt)
        var pending: [(stream: String, entry: VerificationRecord.Entry)] = []
        var ordinal = Int(record.head.segmentOrdinal)
        var offset = record.head.offset + Int64(record.head.length) + 1
        var lineNumber = record.head.line + 1
        // Where the last committed line ends: what follows it in the last segment may be an
        // unfinished batch, judged as a writer judges it (UncommittedTail.judge).
        var committedEnd = (ordinal: ordinal, offset: offset, line: lineNumber)
        do throws(LedgerError) {
            while ordinal < segments.count {
                let segment = segments[ordinal]
                if offset == 0, segment.firstSeq != expected.seq {
                    throw .damaged(
                        at: LogPosition(segment: segment.name, line: 1, seq: expected.seq),
                        reason: "the segment is named for seq \(segment.firstSeq) but seq \(expected.seq) should come next: events are missing")
                }
                let file = try SystemFile.open(layout.path(of: segment), O_RDONLY)
                var reader = LineReader(file: file, offset: offset, lineNumber: lineNumber, bufferSize: 64 << 10)
                defer { reader.close() }
                // Keeps events/INVARIANTS.md rule 22: an unfinished batch at the end is left out, never called damage.
                func judgeTail() throws(LedgerError) {
                    let here = committedEnd.ordinal == ordinal
                    _ = try UncommittedTail.judge(
                        file, upTo: try file.size(), segment: segment.name, offset: here ? committedEnd.offset : 0,
                        line: here ? committedEnd.line : 1, after: (headSeq, headHash, headRecordedAt))
                }
                let isLast = ordinal == segments.count - 1
                while let piece = try reader.next() {
                    guard case .line(let at, let number, let bytes) = piece else {
                        if isLast {
                            try judgeTail()
                            return  // an unfinished last line: being written, or torn
                        }
                        if case .overlong(_, let number) = piece {
                            throw .damaged(
                                at: LogPosition(segment: segment.name, line: number, seq: expected.seq),
                                reason: "the line runs past the \(EnvelopeRules.maxLineBytes)-byte limit without ending")
                        }
                        throw .damaged(
                            at: LogPosition(segment: segment.name, line: reader.lineNumber, seq: expected.seq),
                            reason: "the segment ends in an incomplete line, but a later segment exists, so it is not a torn tail")
                    }
                    let position = LogPosition(segment: segment.name, line: number, seq: expected.seq)
                    do throws(LineFault) {
                        let event = try EventLine.decode(bytes, verify: true, decodePayload: false)
                        try Ledger.checkLink(event, expectedSeq: expected.seq, previous: expected.prev, notBefore: expected.at)
                        pending.append((event.stream, VerificationRecord.Entry(
                            seq: event.seq, hash: event.hash, segmentOrdinal: UInt32(ordinal), offset: at, length: bytes.count, line: number)))
                        expected = (event.seq + 1, event.hash, event.recordedAt)
                        if event.endsBatch {
                            commit(pending, recordedAt: event.recordedAt)
                            pending.removeAll()
                            committedEnd = (ordinal, at + Int64(bytes.count) + 1, number + 1)
                        }
                    } catch {
                        guard isLast, bytes.contains(0) else { throw .damaged(at: position, reason: error.reason) }
                        try judgeTail()
                        return  // a hole in the last, never synced batch
                    }
                }
                ordinal += 1
                offset = 0
                lineNumber = 1
            }
        } catch {
            throw .ledger(error)
        }
    }

    private func commit(_ batch: [(stream: String, entry: VerificationRecord.Entry)], recordedAt: Timestamp) {
        for (stream, entry) in batch {
            if since[stream] == nil { sinceOrder.append(stream) }
            since[stream, default: []].append(entry)
        }
        if let last = batch.last {
            headSeq = last.entry.seq
            headHash = last.entry.hash
            headRecordedAt = recordedAt
        }
    }
}
