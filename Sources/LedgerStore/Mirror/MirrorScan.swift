#if canImport(Glibc)
import Glibc
#endif

/// The chain as far as it has been checked: each line is verified as `verify` verifies it (parsed,
/// canonical, hash, payload digest) and must be the next link (seq, prev, recorded time).
struct MirrorChain {
    var seq: Int64
    var hash: SHA256Digest
    var recordedAt: Timestamp?
    /// issue 17: mirror17. The parts named by the `erasureAuthorised` events checked, each with
    /// the seq of the first event naming it (as `Ledger.erase` counts them).
    var authorisations: [ErasedPart: Int] = [:]

    init(seq: Int64, hash: SHA256Digest, recordedAt: Timestamp?) {
        self.seq = seq
        self.hash = hash
        self.recordedAt = recordedAt
    }

    /// Checks `line` (without its newline) as the next event; returns whether it closes a batch.
    mutating func absorb(_ line: UnsafeRawBufferPointer) throws(LineFault) -> Bool {
        let event = try EventLine.decode(line, verify: true, decodePayload: false)
        try Ledger.checkLink(event, expectedSeq: seq + 1, previous: hash, notBefore: recordedAt)
        if event.type == EnvelopeRules.erasureAuthorisedType {
            let whole = try EventLine.decode(line, verify: false, decodePayload: true)
            for part in EnvelopeRules.authorisedErasures(type: whole.type, payload: whole.payload) ?? [] where authorisations[part] == nil {
                authorisations[part] = Int(event.seq)
            }
        }
        seq = event.seq
        hash = event.hash
        recordedAt = event.recordedAt
        return event.endsBatch
    }
}

/// The last committed event of a log and where its line is.
struct MirrorHead: Equatable {
    var seq: Int64 = 0
    var hash: SHA256Digest = EventLine.genesis
    var recordedAt: Timestamp? = nil
    /// The ordinal of the segment holding the line (0 when there is no event).
    var ordinal = 0
    /// The offset of the line's first byte, and of the byte after its newline.
    var lineOffset: Int64 = 0
    var end: Int64 = 0
    /// The line's number in its segment (0 when there is no event).
    var line = 0

    var chain: MirrorChain { MirrorChain(seq: seq, hash: hash, recordedAt: recordedAt) }
}

/// What a run learned of the mirror before writing anything: its segments, its committed head,
/// and the bytes after that head an interrupted run may have left.
struct MirrorScan: Equatable {
    var segments: [SegmentFile]
    var head: MirrorHead
    /// The bytes after the last committed line (they must be in the last segment): its ordinal,
    /// where they start, how many, and the first fault in them when a line there does not verify.
    var unfinished: Unfinished?
    /// The first seq whose line this run verified (head.seq + 1 when none was read).
    var checkedFrom: Int64
    /// Whether the run started from the mirror's state file rather than from seq 1.
    var fromState: Bool
    /// issue 17: mirror17. The erasures to look for in the ledger: the parts named by the
    /// `erasureAuthorised` events this run read in the mirror, and those the state kept as not yet
    /// carried over (when the run started from it), each with the seq of the event naming it.
    var authorisations: [ErasedPart: Int] = [:]

    struct Unfinished: Equatable {
        var ordinal: Int
        var offset: Int64
        var length: Int64
        var position: LogPosition
        var fault: String?
    }

    /// Reads the mirror at `root`: from the line its state names (when it checks out and `full` is
    /// false) or from seq 1, verifying every line to the end. Damage before the last segment's
    /// unfinished tail is refused here; the unfinished tail is judged against the ledger later.
    static func read(root: String, full: Bool) throws(MirrorError) -> MirrorScan {
        let layout = LedgerLayout(root: root)
        let segments: [SegmentFile]
        do throws(LedgerError) { segments = try layout.segments() } catch { throw .io(error) }
        for segment in segments where !isRegularFile(layout.path(of: segment)) {
            throw .mirrorDamaged(mirror: root, at: LogPosition(segment: segment.name, line: 1, seq: segment.firstSeq),
                reason: "the segment is not a regular file (a link or a special file)")
        }
        var start: MirrorHead? = nil
        if !full, let state = MirrorState.load(root: root) { start = headNamed(by: state, layout: layout, segments: segments) }
        var head = start ?? MirrorHead()
        var chain = head.chain
        var ordinal = start?.ordinal ?? 0
        var offset = start?.end ?? 0
        var lineNumber = (start?.line ?? 0) + 1
        var stop: (ordinal: Int, fault: LedgerFault?)? = nil
        func damaged(_ at: LogPosition, _ reason: String) -> MirrorError { .mirrorDamaged(mirror: root, at: at, reason: reason) }
        segmentLoop: while ordinal < segments.count {
            let segment = segments[ordinal]
            if offset == 0 && segment.firstSeq != chain.seq + 1 {
                throw damaged(LogPosition(segment: segment.name, line: 1, seq: chain.seq + 1),
                    "the segment is named for seq \(segment.firstSeq) but seq \(chain.seq + 1) should come next")
            }
            let file: SystemFile
            let size: Int64
            do throws(LedgerError) {
                file = try SystemFile.open(layout.path(of: segment), O_RDONLY)
                size = try file.size()
            } catch { throw .io(error) }
            if size == 0 && ordinal < segments.count - 1 {
                throw damaged(LogPosition(segment: segment.name, line: 1, seq: chain.seq + 1),
                    "the segment is empty but is not the last one")
            }
            var reader = LineReader(file: file, offset: offset, lineNumber: lineNumber, bufferSize: 256 << 10)
            defer { reader.close() }
            while true {
                let piece: LineReader.Piece?
                do throws(LedgerError) { piece = try reader.next() } catch { throw .io(error) }
                guard let piece else { break }
                switch piece {
                case .line(let at, let number, let bytes):
                    do throws(LineFault) {
                        if try chain.absorb(bytes) {
                            head = MirrorHead(
                                seq: chain.seq, hash: chain.hash, recordedAt: chain.recordedAt, ordinal: ordinal,
                                lineOffset: at, end: at + Int64(bytes.count) + 1, line: number)
                        }
                    } catch {
                        stop = (ordinal, LedgerFault(position: LogPosition(segment: segment.name, line: number, seq: chain.seq + 1), reason: error.reason))
                        break segmentLoop
                    }
                case .unterminated:
                    stop = (ordinal, nil)
                    break segmentLoop
                case .overlong(_, let number):
                    stop = (ordinal, LedgerFault(
                        position: LogPosition(segment: segment.name, line: number, seq: chain.seq + 1),
                        reason: "the line runs past the \(EnvelopeRules.maxLineBytes)-byte limit without ending"))
                    break segmentLoop
                }
            }
            // A batch never spans segments: a segment must end where a batch does.
            if chain.seq != head.seq {
                stop = (ordinal, nil)
                break
            }
            ordinal += 1
            offset = 0
            lineNumber = 1
        }
        var unfinished: Unfinished? = nil
        if let stop {
            let segment = segments[stop.ordinal]
            let from: Int64 = head.seq > 0 && head.ordinal == stop.ordinal ? head.end : 0
            let line = head.seq > 0 && head.ordinal == stop.ordinal ? head.line + 1 : 1
            let position = stop.fault?.position ?? LogPosition(segment: segment.name, line: line, seq: head.seq + 1)
            if stop.ordinal < segments.count - 1 {
                throw damaged(position, (stop.fault?.reason ?? "the line is incomplete or its batch does not end")
                    + ", and a later segment exists, so it is not the unfinished tail of an interrupted run")
            }
            let size: Int64
            do throws(LedgerError) { size = try SystemFile.open(layout.path(of: segment), O_RDONLY).size() } catch { throw .io(error) }
            unfinished = Unfinished(ordinal: stop.ordinal, offset: from, length: size - from, position: position, fault: stop.fault?.reason)
        }
        var authorisations = chain.authorisations
        if start != nil, let state = MirrorState.load(root: root) {
            for (part, by) in state.pending where authorisations[part] == nil { authorisations[part] = by }
        }
        return MirrorScan(
            segments: segments, head: head, unfinished: unfinished, checkedFrom: (start?.seq ?? 0) + 1, fromState: start != nil,
            authorisations: authorisations)
    }

    /// The head the state names, when its line is in the mirror where the state says, verifies,
    /// closes a batch, and has the seq and hash the state gives; otherwise nil (the whole mirror
    /// is then checked).
    private static func headNamed(by state: MirrorState, layout: LedgerLayout, segments: [SegmentFile]) -> MirrorHead? {
        guard let ordinal = segments.firstIndex(where: { $0.name == state.segment }),
            segments[ordinal].firstSeq + Int64(state.line) - 1 == state.seq,
            let file = try? SystemFile.open(layout.path(of: segments[ordinal]), O_RDONLY)
        else { return nil }
        var reader = LineReader(file: file, offset: state.offset, lineNumber: state.line, bufferSize: 64 << 10)
        defer { reader.close() }
        guard case .line(let at, let number, let bytes)? = try? reader.next(),
            let event = try? EventLine.decode(bytes, verify: true, decodePayload: false),
            event.seq == state.seq, event.hash == state.hash, event.endsBatch
        else { return nil }
        return MirrorHead(
            seq: event.seq, hash: event.hash, recordedAt: event.recordedAt, ordinal: ordinal, lineOffset: at,
            end: at + Int64(bytes.count) + 1, line: number)
    }

    /// Whether `path` is a directory itself (not a link to one).
    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether `path` is a regular file itself (not a link to one).
    static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }
}

/// Reading one event's line by its seq in a ledger directory, without an index: the segment whose
/// first seq is the greatest not after it, then that many lines in. For comparing two histories
/// when they disagree (a rare path; each look-up reads at most one segment).
struct SeqLookup {
    let layout: LedgerLayout
    let segments: [SegmentFile]

    /// The bytes of the line of `seq` (without its newline), with where it is; nil when there is none.
    func line(of seq: Int64) -> (bytes: [UInt8], position: LogPosition)? {
        guard seq >= 1, let ordinal = segments.lastIndex(where: { $0.firstSeq <= seq }),
            let file = try? SystemFile.open(layout.path(of: segments[ordinal]), O_RDONLY)
        else { return nil }
        var reader = LineReader(file: file, bufferSize: 256 << 10)
        defer { reader.close() }
        var skip = seq - segments[ordinal].firstSeq
        while case .line(_, let number, let bytes)? = try? reader.next() {
            if skip > 0 {
                skip -= 1
                continue
            }
            return (Array(bytes), LogPosition(segment: segments[ordinal].name, line: number, seq: seq))
        }
        return nil
    }

    /// The hash the line of `seq` states (its first 64 hex digits), with where the line is; nil
    /// when there is no such line or it does not begin as an event's line.
    func statedHash(of seq: Int64) -> (hash: SHA256Digest, position: LogPosition)? {
        guard let (bytes, position) = line(of: seq), let hash = SeqLookup.statedHash(inLine: bytes) else { return nil }
        return (hash, position)
    }

    /// The hash an event's line states (its first 64 hex digits); nil when it does not begin as one.
    static func statedHash(inLine bytes: [UInt8]) -> SHA256Digest? {
        guard bytes.count > 73, bytes.starts(with: EventLine.prefix) else { return nil }
        return bytes.withUnsafeBytes { SHA256Digest(hexUTF8: UnsafeRawBufferPointer(rebasing: $0[9..<73])) }
    }
}
