#if canImport(Glibc)
import Glibc
#endif

/// The bytes after the last committed line of the last segment (events/FORMAT.md, "A torn tail,
/// and damage"): a batch still being written, or one a crash cut short. Readers and `verify`
/// leave it out; the next append that writes sets it aside under `torn/`.
public struct UncommittedTail: Hashable, Sendable, CustomStringConvertible {
    /// What the bytes look like.
    public enum Kind: String, Hashable, Sendable {
        /// Whole, sound lines of a batch whose closing line (batchEnd) is not there (yet).
        case unclosedBatch
        /// A last line without its newline (after any whole lines of the same batch).
        case partialLine
        /// NUL bytes: a hole a power loss leaves in a write that was never synced.
        case hole
    }

    /// The segment holding it.
    public let segment: String
    /// Its first byte: the end of the last committed line.
    public let offset: Int64
    /// How many bytes it holds (as read).
    public let byteCount: Int64
    /// The number the first of its lines has in the segment.
    public let line: Int
    /// The seq of the last committed event before it.
    public let afterSeq: Int64
    /// What it looks like.
    public let kind: Kind

    /// A tail.
    public init(segment: String, offset: Int64, byteCount: Int64, line: Int, afterSeq: Int64, kind: Kind) {
        self.segment = segment
        self.offset = offset
        self.byteCount = byteCount
        self.line = line
        self.afterSeq = afterSeq
        self.kind = kind
    }

    /// "an unfinished batch of 1234 bytes after seq 57 (segment-… from line 58, byte 9876), …".
    public var description: String {
        let what: String
        switch kind {
        case .unclosedBatch: what = "whole lines without the batch's closing line"
        case .partialLine: what = "ending in a line without its newline"
        case .hole: what = "holding NUL bytes, a hole a power loss leaves in a write never synced"
        }
        return "an unfinished batch of \(byteCount) bytes after seq \(afterSeq) (\(segment) from line \(line), byte \(offset); \(what))"
    }
}

extension UncommittedTail {
    /// What `judge` found in the bytes after the last committed line.
    enum Verdict: Equatable {
        /// An uncommitted tail: to be left out by readers, set aside by a writer.
        case uncommitted(UncommittedTail)
        /// The bytes hold a complete, sound, linked batch after all: the segment changed between two
        /// reads (a reader racing a writer that set a torn tail aside). Read again.
        case changed
    }

    // Keeps events/INVARIANTS.md rule 20: a torn tail is at most one batch, and never a committed one.
    /// Judges `bytes`, everything a reader saw of a segment after its last committed line (which
    /// ends at `offset`, before line `line`, and is the event `committed`): an uncommitted tail, or
    /// `.damaged` naming the first line that makes it damage. The rule (FORMAT.md):
    ///
    /// - a complete line without NUL bytes that is not a sound event is damage;
    /// - before any NUL bytes, lines must be the next events in order (seq, prev, time);
    /// - a line holding NUL bytes is a hole, which only a power loss during a write that was never
    ///   synced leaves. What follows a hole must still be the rest of that one batch: sound events
    ///   with higher seqs (linked where consecutive), all recorded at the batch's one `recordedAt`,
    ///   at most one of them closing the batch — and only when a line of the same batch precedes
    ///   the hole, which shows the closing line is that batch's — and after that closing line
    ///   nothing but more NUL bytes or an unfinished last line. Anything more (a later batch) makes
    ///   the hole damage, so a hole in the middle of the log never passes for a torn tail;
    /// - a last piece without its newline is an unfinished line, unless it is longer than any line
    ///   may be and holds no NUL bytes (damage).
    static func judge(
        _ bytes: UnsafeRawBufferPointer, segment: String, offset: Int64, line: Int,
        after committed: (seq: Int64, hash: SHA256Digest, recordedAt: Timestamp?)
    ) throws(LedgerError) -> Verdict {
        var expected = (seq: committed.seq + 1, prev: committed.hash, at: committed.recordedAt)
        var hole: (line: Int, seq: Int64, batchBefore: Bool)? = nil  // the first NUL bytes, and whether lines of their batch precede them
        var batchAt: Timestamp? = nil  // the recordedAt of the batch's lines
        var last: (seq: Int64, hash: SHA256Digest)? = nil  // the last sound line
        var closing: Int? = nil  // the line closing the batch, after a hole
        var partial = false
        var start = 0
        var number = line
        let base = bytes.baseAddress
        while start < bytes.count, let base {
            let newline = memchr(base + start, 0x0A, bytes.count - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
            let piece = UnsafeRawBufferPointer(rebasing: bytes[start..<(newline ?? bytes.count)])
            let nextSeq = hole == nil ? expected.seq : (last?.seq ?? committed.seq) + 1
            func damage(_ reason: String, seq: Int64? = nil) -> LedgerError {
                .damaged(at: LogPosition(segment: segment, line: number, seq: seq ?? nextSeq), reason: reason)
            }
            let holdsNUL = memchr(piece.baseAddress ?? base, 0, piece.count) != nil && piece.count > 0
            if newline == nil {
                // The last piece: a line still being written, or cut by a crash.
                if !holdsNUL && piece.count > EnvelopeRules.maxLineBytes {
                    throw damage("the line runs past the \(EnvelopeRules.maxLineBytes)-byte limit without ending, so it is no line a writer began")
                }
                if holdsNUL, hole == nil { hole = (number, nextSeq, batchAt != nil) }
                partial = true
                break
            }
            defer {
                start = newline! + 1
                number += 1
            }
            if holdsNUL {
                if hole == nil { hole = (number, nextSeq, batchAt != nil) }
                continue
            }
            let event: StoredEvent
            do throws(LineFault) {
                event = try EventLine.decode(piece, verify: true, decodePayload: false)
            } catch {
                throw damage(error.reason)
            }
            guard let hole else {
                do throws(LineFault) {
                    try Ledger.checkLink(event, expectedSeq: expected.seq, previous: expected.prev, notBefore: expected.at)
                } catch {
                    throw damage(error.reason)
                }
                if event.endsBatch { return .changed }
                expected = (event.seq + 1, event.hash, event.recordedAt)
                batchAt = event.recordedAt
                last = (event.seq, event.hash)
                continue
            }
            // Damage found after a hole is the hole's: it is where the log stops being sound.
            func holeIsDamage(_ why: String) -> LedgerError {
                .damaged(
                    at: LogPosition(segment: segment, line: hole.line, seq: hole.seq),
                    reason: "the line holds NUL bytes, and \(why) (line \(number), seq \(event.seq)), so they are not a crash's torn tail "
                        + "(only the one batch written after the last committed line, never synced, can hold a crash's hole)")
            }
            if let closing {
                throw holeIsDamage("a complete event follows the batch-closing event of line \(closing) after them")
            }
            if event.endsBatch && !hole.batchBefore {
                // Nothing before the hole shows it is part of the batch this line closes: the NUL
                // bytes could be committed batches overwritten.
                throw holeIsDamage("a complete batch ends after them, with no line of that batch before them")
            }
            let after = last?.seq ?? committed.seq
            guard event.seq > after else {
                throw holeIsDamage("an event after them has seq \(event.seq), not after seq \(after)")
            }
            if let last, event.seq == last.seq + 1, event.previousHash != last.hash {
                throw damage("its prev hash does not match the hash of seq \(last.seq): the chain is broken", seq: event.seq)
            }
            if let batchAt, event.recordedAt != batchAt {
                throw holeIsDamage("an event after them is recorded at \(event.recordedAt), not at \(batchAt) as the batch before them")
            }
            if let at = committed.recordedAt, event.recordedAt < at {
                throw damage("it is recorded at \(event.recordedAt), earlier than seq \(committed.seq) (\(at))", seq: event.seq)
            }
            batchAt = event.recordedAt
            last = (event.seq, event.hash)
            if event.endsBatch { closing = number }
        }
        let kind: Kind = hole != nil ? .hole : partial ? .partialLine : .unclosedBatch
        return .uncommitted(UncommittedTail(
            segment: segment, offset: offset, byteCount: Int64(bytes.count), line: line, afterSeq: committed.seq, kind: kind))
    }

    /// `judge` over the bytes of `file` from `offset` up to `end` (what the caller saw of it).
    static func judge(
        _ file: SystemFile, upTo end: Int64, segment: String, offset: Int64, line: Int,
        after committed: (seq: Int64, hash: SHA256Digest, recordedAt: Timestamp?)
    ) throws(LedgerError) -> Verdict {
        let bytes = try file.read(count: Int(max(0, end - offset)), at: offset)
        let verdict = bytes.withUnsafeBytes { raw -> Result<Verdict, LedgerError> in
            do throws(LedgerError) {
                return .success(try judge(raw, segment: segment, offset: offset, line: line, after: committed))
            } catch {
                return .failure(error)
            }
        }
        return try verdict.get()
    }
}
