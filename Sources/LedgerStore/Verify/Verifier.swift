import Dispatch

#if canImport(Glibc)
import Glibc
#endif

// Keeps events/INVARIANTS.md rules 1, 2, 4, 6: every check of FORMAT.md.
/// Re-hashes a whole ledger and checks every link: each line's hash against its header, each
/// payload against its digest, canonical form, seqs gapless from 1 across segments, each `prev`
/// equal to the hash before it, recorded times never going back, every batch closed. Lines are
/// decoded and hashed on all cores in chunks; links are then checked in order. Memory stays at
/// one chunk whatever the ledger's size.
public enum Verifier {
    /// Bytes read per chunk.
    static let chunkBytes = 8 << 20

    /// Verifies the ledger at `path` without writing anything. Throws only when the directory
    /// cannot be read as a ledger; damage is reported in the result.
    public static func verify(ledgerAt path: String) throws(LedgerError) -> VerificationReport {
        var none: VerificationRecord.Builder? = nil
        return try verify(ledgerAt: path, recording: &none)
    }

    /// Verifies the ledger at `path` as `verify(ledgerAt:)` does and, as it goes, keeps what
    /// `request` asks for: the Merkle root at each of its tree sizes with a consistency proof
    /// from there to the head, and the hash of each of its seqs (in `rootsAt`,
    /// `consistencyProofs`, `hashesAt`; a size or seq past the last sound event is absent).
    public static func verify(ledgerAt path: String, request: VerificationRequest) throws(LedgerError) -> VerificationReport {
        var none: VerificationRecord.Builder? = nil
        return try verify(ledgerAt: path, recording: &none, request: request)
    }

    /// Verifies the ledger at `path` as `verify(ledgerAt:)` does and, when it finds no fault,
    /// writes a verification record of what it verified to `recordPath` (a temporary file renamed
    /// over it, so a reader sees the old record or the new one whole). Writes nothing when it finds
    /// a fault or the ledger is empty; `written` says whether it wrote. Keeps what `request` asks
    /// for, as `verify(ledgerAt:request:)` does.
    public static func verify(
        ledgerAt path: String, recordingTo recordPath: String, verifiedAt: Timestamp, request: VerificationRequest = VerificationRequest()
    ) throws(LedgerError) -> (report: VerificationReport, written: Bool) {
        var builder: VerificationRecord.Builder? = VerificationRecord.Builder()
        let report = try verify(ledgerAt: path, recording: &builder, request: request)
        guard report.isIntact, let bytes = builder?.encode(verifiedAt: verifiedAt, root: report.root) else { return (report, false) }
        do {
            try FileSystem.replace(recordPath, with: bytes)
        } catch .io(_, _, let code) {
            // Name the record, not the temporary file beside it that could not be written.
            throw .io(operation: "write the verification record", path: recordPath, errno: code)
        }
        return (report, true)
    }

    /// `verify(ledgerAt:)`, adding every sound event to `record` when given.
    static func verify(
        ledgerAt path: String, recording record: inout VerificationRecord.Builder?, request: VerificationRequest = VerificationRequest()
    ) throws(LedgerError) -> VerificationReport {
        let report = try verify(ledgerAt: path, recording: &record, request: request, stoppingAt: nil)
        // Keeps events/INVARIANTS.md rule 39: an erased part no erasure event names is a fault at its
        // event, found once the whole log is read (the authorising event comes later in the log):
        // verified again, stopping there, so the report counts only the events before it.
        guard report.fault == nil, let unauthorised = report.unauthorisedErasure else { return report }
        if record != nil { record = VerificationRecord.Builder() }
        return try verify(ledgerAt: path, recording: &record, request: request, stoppingAt: unauthorised)
    }

    /// `verify`, reporting `stoppingAt` as the fault when its seq is reached.
    static func verify(
        ledgerAt path: String, recording record: inout VerificationRecord.Builder?, request: VerificationRequest, stoppingAt: LedgerFault?
    ) throws(LedgerError) -> VerificationReport {
        let layout = LedgerLayout(root: path)
        let version = try layout.checkManifest()
        let segments = try layout.segments()
        record?.setSegments(segments.map(\.firstSeq))
        var state = ChainState()
        state.formatVersion = version
        state.stoppingAt = stoppingAt
        state.watch(request)
        var bytesRead: Int64 = 0
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkBytes + EnvelopeRules.maxLineBytes + 1, alignment: 64)
        defer { buffer.deallocate() }
        var lineAfterLast = 1  // the line after the last one of the segment read last
        for (k, segment) in segments.enumerated() {
            if segment.firstSeq != state.seq + 1 {
                return state.report(segments: segments.count, bytes: bytesRead, fault: LedgerFault(
                    position: LogPosition(segment: segment.name, line: 1, seq: state.seq + 1),
                    reason: EnvelopeRules.cite(EnvelopeRules.Rule.seq, "the segment is named for seq \(segment.firstSeq) but seq \(state.seq + 1) should come next: events are missing or a segment was added")))
            }
            if !state.batchClosed {
                // The segment before ended inside a batch, yet a later segment exists (a batch
                // never spans two segments): not a torn tail.
                return state.report(segments: segments.count, bytes: bytesRead, fault: LedgerFault(
                    position: LogPosition(segment: segments[k - 1].name, line: lineAfterLast, seq: state.seq + 1),
                    reason: EnvelopeRules.cite(
                        EnvelopeRules.Rule.end,
                        "the segment ends inside a batch (its last event is not batchEnd), but a later segment exists")))
            }
            state.enter(segment.name, bytesBefore: bytesRead)
            let file = try SystemFile.open(layout.path(of: segment), O_RDONLY)
            var fileOffset: Int64 = 0  // file offset of buffer[0]
            var carry = 0  // bytes at the front of buffer: the start of a line not yet ended
            var line = 1
            while true {
                let room = min(chunkBytes, buffer.count - carry)
                let n = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[carry..<(carry + room)]), at: fileOffset + Int64(carry))
                if n == 0 {
                    guard carry == 0 else {
                        // Keeps events/INVARIANTS.md rule 22: an unfinished batch at the end is not damage.
                        if k == segments.count - 1 {
                            return try state.reportUncommitted(file: file, upTo: fileOffset + Int64(carry), segment: segment.name, segments: segments.count, bytes: bytesRead, record: &record)
                        }
                        return state.report(segments: segments.count, bytes: bytesRead, fault: LedgerFault(
                            position: LogPosition(segment: segment.name, line: line, seq: state.seq + 1),
                            reason: EnvelopeRules.cite(
                                EnvelopeRules.Rule.end,
                                "the last \(carry) bytes of the segment are an incomplete line: a crash mid-write or a cut file. "
                                    + "If a crash, the next append sets them aside under torn/")))
                    }
                    break
                }
                let total = carry + n
                let chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<total])
                let consumed = LineSplitter.endOfLastLine(in: chunk)
                let pieces = check(UnsafeRawBufferPointer(rebasing: chunk[0..<consumed]))
                var count = 0
                for piece in pieces {
                    if let fault = state.absorb(piece, in: chunk, segment: segment.name, firstLine: line + count, chunkOffset: fileOffset) {
                        // A line with NUL bytes after the last committed one may be a hole in an
                        // unsynced batch: the same judgement as a writer's decides, over the whole
                        // rest of the segment (a later batch beyond this chunk makes it damage).
                        if !state.definiteFault, k == segments.count - 1, let size = try? file.size(),
                            let uncommitted = try? state.reportUncommitted(file: file, upTo: size, segment: segment.name, segments: segments.count, bytes: bytesRead, record: &record)
                        {
                            return uncommitted
                        }
                        return state.report(segments: segments.count, bytes: bytesRead, fault: fault)
                    }
                    if record != nil {
                        for (j, s) in piece.enumerated() {
                            let stream = s.slowStream ?? String(decoding: UnsafeRawBufferPointer(rebasing: chunk[s.stream]), as: UTF8.self)
                            record!.add(stream: stream, entry: VerificationRecord.Entry(
                                seq: s.seq, hash: s.hash, segmentOrdinal: UInt32(k), offset: fileOffset + Int64(s.line.lowerBound),
                                length: s.line.count, line: line + count + j))
                        }
                    }
                    count += piece.count
                }
                line += count
                bytesRead += Int64(consumed)
                carry = total - consumed
                // Rule 1: a line whose newline is not within the limit is a fault at its own place,
                // after every sound line before it (the same limit `EventLine` holds each line to).
                if carry >= EnvelopeRules.maxLineBytes {
                    // A long run of NUL bytes without a newline in the last segment may be a hole
                    // in the last, unsynced batch: the same judgement as a writer's decides.
                    if k == segments.count - 1, let size = try? file.size(),
                        let uncommitted = try? state.reportUncommitted(file: file, upTo: size, segment: segment.name, segments: segments.count, bytes: bytesRead, record: &record),
                        uncommitted.isIntact
                    {
                        return uncommitted
                    }
                    return state.report(segments: segments.count, bytes: bytesRead, fault: LedgerFault(
                        position: LogPosition(segment: segment.name, line: line, seq: state.seq + 1),
                        reason: EnvelopeRules.cite(
                            EnvelopeRules.Rule.lineLength,
                            "the line runs past the \(EnvelopeRules.maxLineBytes)-byte limit for one line (newline included) without ending")))
                }
                if carry > 0 && consumed > 0 {
                    buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + consumed, byteCount: carry)
                }
                fileOffset += Int64(consumed)
            }
            if line == 1 && k < segments.count - 1 {
                return state.report(segments: segments.count, bytes: bytesRead, fault: LedgerFault(
                    position: LogPosition(segment: segment.name, line: 1, seq: state.seq + 1),
                    reason: EnvelopeRules.cite(EnvelopeRules.Rule.seq, "the segment is empty but is not the last one: only the newest segment may be empty")))
            }
            lineAfterLast = line
            state.end = fileOffset
        }
        if !state.batchClosed, let last = segments.last {
            // Keeps events/INVARIANTS.md rule 22: a batch without its closing line (yet) is left out.
            let file = try SystemFile.open(layout.path(of: last), O_RDONLY)
            return try state.reportUncommitted(file: file, upTo: state.end, segment: last.name, segments: segments.count, bytes: bytesRead, record: &record)
        }
        return state.report(segments: segments.count, bytes: bytesRead, fault: nil)
    }

    /// Bytes of a chunk given to one worker at a time (cut at a line's end).
    static let pieceBytes = 64 << 10

    /// Splits `chunk` (whole lines) into pieces of about `pieceBytes` and, on all cores, finds
    /// each piece's lines and decodes and re-hashes each line: what each line says, piece by piece
    /// in order. Many small pieces rather than one per core, so that a core taken by another
    /// process delays only its current piece while the others take the rest.
    static func check(_ chunk: UnsafeRawBufferPointer) -> [[LineSummary]] {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return [] }
        var starts = [0]
        var t = pieceBytes
        while t < chunk.count, let p = memchr(base + t, 0x0A, chunk.count - t) {
            let next = UnsafeRawPointer(p) - base + 1
            if next >= chunk.count { break }
            starts.append(next)
            t = next + pieceBytes
        }
        let results = UnsafeMutableBufferPointer<[LineSummary]>.allocate(capacity: starts.count)
        defer { results.deallocate() }
        let shared = SharedBuffers(chunk: chunk, results: results, starts: starts)
        DispatchQueue.concurrentPerform(iterations: starts.count) { j in
            let chunk = shared.chunk
            let end = j + 1 < shared.starts.count ? shared.starts[j + 1] : chunk.count
            var out: [LineSummary] = []
            out.reserveCapacity((end - shared.starts[j]) / 256 + 4)
            var start = shared.starts[j]
            var folder = MerkleRunFolder()
            while start < end, let p = memchr(chunk.baseAddress! + start, 0x0A, end - start) {
                let stop = UnsafeRawPointer(p) - chunk.baseAddress!
                let bytes = UnsafeRawBufferPointer(rebasing: chunk[start..<stop])
                if let e = EventLine.fastVerify(bytes) {
                    let leaf = e.leaf
                    let subtree = folder.add(index: e.seq - 1, leafHash: leaf)
                    out.append(LineSummary(
                        seq: e.seq, hash: e.hash, leaf: leaf, subtreeLevel: subtree.level, subtree: subtree.hash, prev: e.prev, at: e.at,
                        endsBatch: e.endsBatch, line: start..<stop, stream: (start + e.stream.lowerBound)..<(start + e.stream.upperBound),
                        slowStream: nil, sound: true, version2: e.version2, erased: e.erased))
                } else if let e = try? EventLine.decode(bytes, verify: true, decodePayload: true) {
                    let leaf = MerkleHash.leaf(eventHash: e.hash)
                    let subtree = folder.add(index: e.seq - 1, leafHash: leaf)
                    var summary = LineSummary(
                        seq: e.seq, hash: e.hash, leaf: leaf, subtreeLevel: subtree.level, subtree: subtree.hash, prev: e.previousHash,
                        at: e.recordedAt, endsBatch: e.endsBatch, line: start..<stop, stream: start..<start, slowStream: e.stream, sound: true)
                    summary.version2 = e.partSalts != nil
                    summary.erased = e.erasedParts
                    summary.authorises = EnvelopeRules.authorisedErasures(type: e.type, payload: e.payload)
                    out.append(summary)
                } else {
                    folder = MerkleRunFolder()
                    out.append(LineSummary(
                        seq: 0, hash: .zero, leaf: .zero, subtreeLevel: 0, subtree: .zero, prev: .zero, at: Timestamp(microsecondsSinceEpoch: 0),
                        endsBatch: false, line: start..<stop, stream: start..<start, slowStream: nil, sound: false))
                }
                start = stop + 1
            }
            (shared.results.baseAddress! + j).initialize(to: out)
        }
        let out = Array(results)
        results.baseAddress!.deinitialize(count: starts.count)
        return out
    }
}

/// Buffers shared by verify's workers, each touching disjoint parts.
private struct SharedBuffers: @unchecked Sendable {
    let chunk: UnsafeRawBufferPointer
    let results: UnsafeMutableBufferPointer<[LineSummary]>
    let starts: [Int]
}

/// What a worker learned of one line: its chain fields when it is a sound event, and where it is
/// in the chunk (to say what is wrong with it, decoded again, when it is not).
struct LineSummary {
    var seq: Int64
    var hash: SHA256Digest
    /// The event's RFC 6962 leaf hash (hashed here, on all cores).
    var leaf: SHA256Digest
    /// The largest complete subtree of the tree that ends with this leaf and whose leaves are all
    /// lines of this worker's piece, consecutive (`MerkleRunFolder`): its level (0, the leaf) and
    /// hash. Folding takes it as it is, so the nodes below it are hashed on all cores. The lines
    /// before it in the piece are the events folded just before this one whenever this one is
    /// folded at all (each event is folded only after every event before it, in seq order).
    var subtreeLevel: Int
    var subtree: SHA256Digest
    var prev: SHA256Digest
    var at: Timestamp
    var endsBatch: Bool
    var line: Range<Int>
    /// Where the stream's name is in the chunk (a canonical line read on the fast path).
    var stream: Range<Int>
    /// The stream's name, for a line read on the general path.
    var slowStream: String?
    var sound: Bool
    /// A line of format version 2 (with salted parts).
    var version2 = false
    /// Its erased parts' pointers (version 2).
    var erased: [String] = []
    /// The parts it authorises erasing, when it is an `erasureAuthorised` event.
    var authorises: [ErasedPart]? = nil
}

/// The in-order part of verification: links, seqs, times and batch marks.
struct ChainState {
    var seq: Int64 = 0
    var hash = EventLine.genesis
    var recordedAt: Timestamp? = nil
    var batchClosed = true
    /// The last committed event (the last line closing a batch): its seq, hash and time, its
    /// segment, and the offset and number of the line after it.
    var committed = (seq: Int64(0), hash: EventLine.genesis, recordedAt: Timestamp?.none, segment: "", end: Int64(0), nextLine: 1)
    /// Where the segment being read was read up to, and the bytes of the segments before it.
    var end: Int64 = 0
    var bytesBeforeSegment: Int64 = 0
    /// Steps of recorded time longer than `ClockJumpGuard.standardLead` (INVARIANTS.md rule 16).
    var clockJumps: [ClockJump] = []
    /// The Merkle tree of the sound events so far, folded as they come: O(log n) hashes.
    var tree = MerkleCompactRange()
    /// Consistency proofs being captured, one per tree size asked for.
    var captures: [MerkleConsistencyCapture] = []
    /// The seqs whose hashes were asked for, and those found.
    var watchedSeqs: Set<Int64> = []
    var hashesAt: [Int64: SHA256Digest] = [:]
    /// The sound events of the batch whose closing line has not come yet: folded into the tree
    /// (and captures and hashes) when it comes, so that those always hold the committed events
    /// only, and a report that leaves an unfinished batch out names the committed root.
    var unclosed: [(seq: Int64, hash: SHA256Digest, leaf: SHA256Digest, subtreeLevel: Int, subtree: SHA256Digest)] = []
    /// The ledger's format version (its manifest's).
    var formatVersion = 1
    /// A fault found after the whole log was read, reported when its seq is reached again.
    var stoppingAt: LedgerFault? = nil
    /// Whether the fault `absorb` returned is on a line that is otherwise a sound event (a line of
    /// the other format version, or an erasure no event authorised): never an uncommitted tail.
    var definiteFault = false
    /// The erased parts seen, with where their events are (rule 11), and every part an
    /// `erasureAuthorised` event names, with the first seq naming it.
    var erasedSeen: [(part: ErasedPart, position: LogPosition)] = []
    var authorised: [ErasedPart: Int64] = [:]

    /// Keeps what `request` asks for as the fold passes it.
    mutating func watch(_ request: VerificationRequest) {
        captures = Set(request.treeSizes.filter { $0 >= 1 }).sorted().map(MerkleConsistencyCapture.init(oldSize:))
        watchedSeqs = Set(request.seqs)
    }

    /// Folds a sound event into the tree (and the captures).
    @inline(__always)
    mutating func fold(seq: Int64, hash: SHA256Digest, leaf: SHA256Digest, subtreeLevel: Int, subtree: SHA256Digest) {
        if captures.isEmpty {
            tree.append(leafHash: leaf, subtreeLevel: subtreeLevel, subtreeHash: subtree)
        } else {
            var kept = captures
            captures = []
            tree.append(leafHash: leaf) { level, index, hash in
                for k in kept.indices { kept[k].completed(level: level, index: index, hash: hash) }
            }
            for k in kept.indices { kept[k].reached(tree) }
            captures = kept
        }
        if !watchedSeqs.isEmpty, watchedSeqs.contains(seq) { hashesAt[seq] = hash }
    }

    /// Starts reading `segment`: nothing of it is committed yet.
    mutating func enter(_ segment: String, bytesBefore: Int64) {
        bytesBeforeSegment = bytesBefore
        committed.segment = segment
        committed.end = 0
        committed.nextLine = 1
        end = 0
    }

    mutating func absorb(_ summaries: [LineSummary], in chunk: UnsafeRawBufferPointer, segment: String, firstLine: Int, chunkOffset: Int64 = 0) -> LedgerFault? {
        for (k, summary) in summaries.enumerated() {
            let position = LogPosition(segment: segment, line: firstLine + k, seq: seq + 1)
            if let stoppingAt, stoppingAt.position.seq == seq + 1 {
                definiteFault = true
                return stoppingAt
            }
            guard summary.sound else {
                var reason = "the line is not a valid event"
                do throws(LineFault) {
                    _ = try EventLine.decode(UnsafeRawBufferPointer(rebasing: chunk[summary.line]), verify: true, decodePayload: false)
                } catch {
                    reason = error.reason
                }
                return LedgerFault(position: position, reason: reason)
            }
            let (s, h, prev, at, endsBatch) = (summary.seq, summary.hash, summary.prev, summary.at, summary.endsBatch)
            if summary.version2 != (formatVersion >= 2) {
                definiteFault = true
                return LedgerFault(position: position, reason: EnvelopeRules.cite(EnvelopeRules.Rule.shape, summary.version2
                    ? "the line has salted parts (format version 2) but ledger.json says version 1"
                    : "the line has no salted parts (format version 1) but ledger.json says version 2"))
            }
            if s != seq + 1 {
                return LedgerFault(position: position, reason: EnvelopeRules.cite(EnvelopeRules.Rule.seq, "the event here has seq \(s) but seq \(seq + 1) should come next: events are missing, repeated or out of order"))
            }
            if prev != hash {
                return LedgerFault(position: position, reason: EnvelopeRules.cite(EnvelopeRules.Rule.prev, "its prev hash does not match the hash of seq \(seq): the chain is broken"))
            }
            if let recordedAt, at < recordedAt {
                return LedgerFault(position: position, reason: EnvelopeRules.cite(EnvelopeRules.Rule.recordedAt, "it is recorded at \(at), earlier than the event before it (\(recordedAt))"))
            }
            if let recordedAt, at.microsecondsSinceEpoch - recordedAt.microsecondsSinceEpoch > ClockJumpGuard.standardLead {
                let stream = summary.slowStream.map { Array($0.utf8)[...] } ?? Array(chunk[summary.stream])[...]
                clockJumps.append(ClockJump(
                    seq: s, lastRecordedAt: recordedAt, recordedAt: at,
                    acknowledged: stream.elementsEqual(ClockJumpGuard.stream.utf8)))
            }
            seq = s
            hash = h
            recordedAt = at
            batchClosed = endsBatch
            for p in summary.erased { erasedSeen.append((ErasedPart(seq: Int(s), pointer: p), position)) }
            if let named = summary.authorises { for part in named where authorised[part] == nil { authorised[part] = s } }
            if endsBatch {
                for u in unclosed { fold(seq: u.seq, hash: u.hash, leaf: u.leaf, subtreeLevel: u.subtreeLevel, subtree: u.subtree) }
                unclosed.removeAll(keepingCapacity: true)
                fold(seq: s, hash: h, leaf: summary.leaf, subtreeLevel: summary.subtreeLevel, subtree: summary.subtree)
                committed = (s, h, at, segment, chunkOffset + Int64(summary.line.upperBound) + 1, firstLine + k + 1)
            } else {
                unclosed.append((s, h, summary.leaf, summary.subtreeLevel, summary.subtree))
            }
        }
        return nil
    }

    /// The report for a ledger whose last segment holds, after its last committed line and up to
    /// `end`, bytes that are not a committed batch: sound up to the last committed event with the
    /// tail left out (events/FORMAT.md, "A torn tail, and damage"), or the damage the same
    /// judgement a writer makes finds in it. Events of the unfinished batch are not counted, and
    /// not recorded.
    mutating func reportUncommitted(
        file: SystemFile, upTo end: Int64, segment: String, segments: Int, bytes: Int64, record: inout VerificationRecord.Builder?
    ) throws(LedgerError) -> VerificationReport {
        let start = committed.segment == segment ? committed.end : 0
        let line = committed.segment == segment ? committed.nextLine : 1
        let verdict: UncommittedTail.Verdict
        do throws(LedgerError) {
            verdict = try UncommittedTail.judge(
                file, upTo: end, segment: segment, offset: start, line: line, after: (committed.seq, committed.hash, committed.recordedAt))
        } catch .damaged(let at, let reason) {
            return report(segments: segments, bytes: bytes, fault: LedgerFault(position: at, reason: reason))
        }
        guard case .uncommitted(let tail) = verdict else {
            return report(segments: segments, bytes: bytes, fault: LedgerFault(
                position: LogPosition(segment: segment, line: line, seq: committed.seq + 1),
                reason: "the segment changed while it was read (a writer set a torn tail aside): verify again"))
        }
        record?.keep(through: committed.seq)
        var out = VerificationReport(
            events: committed.seq, segments: segments, bytes: bytesBeforeSegment + start, headHash: committed.hash, fault: nil,
            clockJumps: clockJumps.filter { $0.seq <= committed.seq })
        out.uncommitted = tail
        out.unauthorisedErasure = unauthorisedErasure(through: committed.seq)
        out.authorisations = authorised.filter { $0.value <= committed.seq }  // issue 16/17: mend16
        out.namedNotErased = notErased(out.authorisations, through: committed.seq)  // issue 16: tidy16
        // The tree of the committed events only: the unfinished batch's events are not in it.
        out.root = tree.root
        out.edge = tree
        attachCaptures(to: &out)
        return out
    }

    /// What `watch` asked for, into `report`: the roots at the earlier sizes with their
    /// consistency proofs to the committed tree, and the hashes at the watched seqs.
    private func attachCaptures(to report: inout VerificationReport) {
        for capture in captures {
            guard let oldRoot = capture.oldRoot else { continue }
            report.rootsAt[capture.oldSize] = oldRoot
            report.consistencyProofs[capture.oldSize] = try? capture.proof(to: tree)
        }
        report.hashesAt = hashesAt
    }

    /// The first erased part (by seq) that no `erasureAuthorised` event later in the log, up to
    /// `through`, names: the fault of rule 11 at its event.
    func unauthorisedErasure(through: Int64) -> LedgerFault? {
        for (part, position) in erasedSeen where part.seq <= through {
            guard let by = authorised[part], by > Int64(part.seq), by <= through else {
                return LedgerFault(position: position, reason: EnvelopeRules.unauthorisedErasure(part))
            }
        }
        return nil
    }

    // issue 16: tidy16
    /// The parts of `named` not erased in the lines up to `through`.
    func notErased(_ named: [ErasedPart: Int64], through: Int64) -> [ErasedPart: Int64] {
        guard !named.isEmpty else { return [:] }
        let erased = Set(erasedSeen.lazy.filter { $0.part.seq <= through }.map(\.part))
        return named.filter { !erased.contains($0.key) }
    }

    func report(segments: Int, bytes: Int64, fault: LedgerFault?) -> VerificationReport {
        var report = VerificationReport(events: seq, segments: segments, bytes: bytes, headHash: hash, fault: fault, clockJumps: clockJumps)
        if fault == nil {
            report.unauthorisedErasure = unauthorisedErasure(through: seq)
            report.authorisations = authorised  // issue 16/17: mend16
            report.namedNotErased = notErased(authorised, through: seq)  // issue 16: tidy16
        }
        // Every sound event's root (only a report of a fault can have a batch not closed here).
        // The unclosed batch is folded into the tree, the captures and the watched hashes alike,
        // so that the proofs the report gives check against the root it gives.
        var all = self
        for u in unclosed { all.fold(seq: u.seq, hash: u.hash, leaf: u.leaf, subtreeLevel: u.subtreeLevel, subtree: u.subtree) }
        report.root = all.tree.root
        report.edge = all.tree
        all.attachCaptures(to: &report)
        return report
    }
}

/// Finds line boundaries in a buffer.
enum LineSplitter {
    /// The number of bytes up to and including the last newline in `bytes` (0 when none).
    static func endOfLastLine(in bytes: UnsafeRawBufferPointer) -> Int {
        var i = bytes.count
        while i > 0 && bytes[i - 1] != 0x0A { i -= 1 }
        return i
    }

    /// The ranges of the complete lines (newline excluded) in `bytes`, in order.
    static func lines(in bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(bytes.count / 300)
        guard let base = bytes.baseAddress else { return out }
        var start = 0
        while start < bytes.count, let p = memchr(base + start, 0x0A, bytes.count - start) {
            let end = UnsafeRawPointer(p) - base
            out.append(start..<end)
            start = end + 1
        }
        return out
    }
}
