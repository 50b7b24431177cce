import LedgerJSON

#if canImport(Glibc)
import Glibc
#endif

// Keeps events/INVARIANTS.md rules 32, 33: a mirror only ever extends a prefix of the ledger, and
// copies only committed, verified batches, leaving the ledger untouched.
/// Keeps a second ledger directory (an off-site copy: a mounted network share or object-storage
/// path) holding the ledger's committed prefix, segment file for segment file, and refuses to
/// extend a copy whose history is not a prefix of the ledger's: so the copy is also a witness.
///
/// A run: (1) checks the paths (the mirror is neither the ledger nor inside it, nor holds it);
/// (2) with the mirror's writer lock held, reads the mirror: from the line its state file names, or
/// from seq 1, every line to the end is verified; (3) opens the ledger read-only and proves the
/// mirror's head (seq, hash) is the ledger's event at that seq, or finds the first seq where they
/// differ and refuses; (4) verifies every ledger line after the mirror's head up to the ledger's
/// last committed batch. Only then does it write: it cuts an unfinished tail an interrupted run
/// left (when it is a copy of the ledger's bytes), copies the new bytes into segment files named
/// as the ledger's (each line verified again as it is copied), syncs each file and the directory,
/// and replaces the state file. Any refusal before writing changes nothing in either directory;
/// a failure while writing takes back what the run wrote. The ledger is only ever read.
public enum LedgerMirror {
    /// Mirrors the ledger at `ledger` into `mirror` (created when it does not exist or is empty).
    /// With `full`, the whole mirror is verified, not only what follows the head its state file
    /// names, and compared byte for byte with the ledger's files (which finds a ledger line changed
    /// without changing its hash, such as a payload replaced with null).
    ///
    /// An erasure in the ledger (issue 17) is carried to the mirror: where the ledger's line is
    /// exactly the mirror's with parts erased that an `erasureAuthorised` event in the log names
    /// (`Ledger.erasureCheck`, the storage's own check), the mirror's line is erased the same way
    /// by `Ledger.erase` after the new batches are copied; any other difference is refused.
    @discardableResult
    public static func mirror(ledger: String, to mirror: String, full: Bool = false) throws(MirrorError) -> MirrorReport {
        try self.mirror(ledger: ledger, to: mirror, full: full, erasureFault: nil)
    }

    /// `mirror(ledger:to:full:)`, with a test's fault injection in the mirror's erasure.
    static func mirror(
        ledger: String, to mirror: String, full: Bool, erasureFault: ((ErasureStep) throws(LedgerError) -> Void)?
    ) throws(MirrorError) -> MirrorReport {
        let paths = try MirrorPaths.resolve(ledger: ledger, mirror: mirror)
        let version: Int
        do throws(LedgerError) { version = try LedgerLayout(root: ledger).checkManifest() } catch { throw .ledger(error) }
        var lock: SystemFile? = nil
        let lockPath = LedgerLayout(root: mirror).lockFile
        if paths.target == .ledger, FileSystem.exists(lockPath).exists {
            lock = try takeLock(lockPath, create: false)
        }
        defer { lock?.unlock() }
        let scan: MirrorScan? = paths.target == .ledger ? try MirrorScan.read(root: mirror, full: full) : nil
        let plan = try MirrorPlan.make(ledger: ledger, mirror: mirror, scan: scan, compare: full)
        let newState = plan.newState
        if plan.ranges.isEmpty, plan.checkpoints.isEmpty, scan?.unfinished == nil, paths.target == .ledger, plan.carry.isEmpty,
            newState == nil || MirrorState.load(root: mirror) == newState
        {
            return plan.report(created: false, written: 0, carried: [])
        }

        // Everything is checked: from here on the run writes, in the mirror only.
        do throws(LedgerError) {
            if paths.target == .absent {
                try FileSystem.makeDirectory(mirror)
                try FileSystem.syncDirectory(MirrorPaths.realPath(mirror + "/..") ?? ".")
            }
            if paths.target != .ledger {
                let manifest = try SystemFile.open(LedgerLayout(root: mirror).manifest, O_WRONLY | O_EXCL | O_NOFOLLOW, create: true)
                try manifest.writeAll(LedgerLayout.manifestBytes(version: version))
                try manifest.dataSync()
                try FileSystem.syncDirectory(mirror)
            }
        } catch { throw .io(error) }
        if lock == nil {
            lock = try takeLock(lockPath, create: true)
            // Another run may have been making or extending the mirror meanwhile: it must be as read.
            let again = try MirrorScan.read(root: mirror, full: false)
            if again.head != (scan?.head ?? MirrorHead()) || again.unfinished != scan?.unfinished {
                throw .changedMeanwhile(path: mirror, reason: "another run wrote to the mirror while this one was reading it")
            }
        }
        let written = try MirrorCopy.run(plan, scan: scan, ledger: ledger, mirror: mirror)
        if let newState {
            do throws(LedgerError) { try newState.save(root: mirror) } catch { throw .io(error) }
        }
        let carried = try carryErasures(plan, mirror: mirror, erasureFault: erasureFault)
        return plan.report(created: paths.target != .ledger, written: written, carried: carried)
    }

    // Keeps events/INVARIANTS.md rule 56: an erasure reaches the mirror by the storage's own erasure, crash-safely.
    /// Erases in the mirror the parts the ledger has erased (the plan checked each one), with
    /// `Ledger.erase` under the lock this run holds: each rewritten segment synced and renamed,
    /// the directory synced, the mirror's index moved to the rewritten lines (given the plan's map
    /// of decisions when the run read the whole mirror). The state saved before this still lists
    /// them as pending, so a run cut short here is finished by the next; once they are erased the
    /// state is saved again, naming the head where the mirror now holds it.
    private static func carryErasures(
        _ plan: MirrorPlan, mirror: String, erasureFault: ((ErasureStep) throws(LedgerError) -> Void)?
    ) throws(MirrorError) -> [ErasedPart] {
        guard !plan.carry.isEmpty else { return [] }
        do throws(LedgerError) {
            let handle = try Ledger.open(at: mirror, mode: .readWrite, lockHeldByCaller: true)
            handle.erasureFault = erasureFault
            let outcome = try handle.erase(plan.carry, known: plan.knownAuthorisations)
            if var state = plan.newState, let at = try handle.loadIndex().location(of: plan.target.seq) {
                state.offset = Int64(at.offset)
                state.pending = plan.pending.filter { !plan.carry.contains($0.key) }
                try state.save(root: mirror)
            }
            return outcome.erased
        } catch { throw .io(error) }
    }

    /// Opens (or creates) the mirror's writer lock, never through a link, and takes it.
    private static func takeLock(_ path: String, create: Bool) throws(MirrorError) -> SystemFile {
        do throws(LedgerError) {
            let file = try SystemFile.open(path, O_RDWR | O_NOFOLLOW, create: create)
            try file.lockExclusive()
            return file
        } catch { throw .io(error) }
    }
}

/// What a run will copy, worked out and checked before anything is written.
struct MirrorPlan {
    /// One source segment's bytes to copy: `from..<to` of the segment with that ordinal (the mirror's
    /// segment of the same ordinal has the same name).
    struct Range {
        var ordinal: Int
        var segment: SegmentFile
        var from: Int64
        var to: Int64
        var firstLine: Int
        /// Where the range goes in the mirror's segment: `from`, unless the ledger erased parts of
        /// that segment's earlier lines the mirror has not erased yet (then the offsets differ).
        var mirrorFrom: Int64
    }

    var ledgerLayout: LedgerLayout
    var ranges: [Range]
    /// Where the mirror stands before the run, and where it will stand after.
    var start: MirrorHead
    var target: MirrorHead
    var checkedFrom: Int64
    var usedState: Bool
    var events: Int64
    var batches: Int64
    var unfinishedBytes: Int64
    /// Checkpoint files to copy (events/FORMAT.md, "Checkpoints"), after the segments.
    var checkpoints: [(name: String, bytes: [UInt8])] = []
    /// issue 17: mirror17. The parts the ledger has erased that the mirror still holds, each
    /// checked (`MirrorPlan.erasedForm`): erased in the mirror after the copy.
    var carry: [ErasedPart] = []
    /// The erasures authorised in the log (up to the target) whose parts the ledger still holds,
    /// and those being carried, each with the seq of the event naming it: kept in the state.
    var pending: [ErasedPart: Int] = [:]
    /// issue 16/17: mend16. Those of `pending` that can never be erased (`UnerasablePart`): kept
    /// in the state, so the first decision naming each stays known, but not waited for.
    var unerasable: [UnerasablePart] = []
    /// issue 16/17: mend16. The first decision naming each part in the mirror's whole log once
    /// copied, when this run read all of it (no state used): the mirror's lines up to its head
    /// verified and the ledger's after it, and a decision's `erases` is never erased, so it is the
    /// map `erase` would build by reading the mirror again. Nil when the run started from the
    /// state, whose pending list is only a hint (`erase` then reads the mirror's headers itself).
    var knownAuthorisations: KnownAuthorisations? = nil
    /// The mirror's offset of a line in the head's segment after the head, less the ledger's.
    var shift: Int64 = 0

    /// The state the mirror keeps after the copy (nil for an empty ledger): the head where the
    /// mirror holds it (before any erasure is carried), and the erasures still pending.
    var newState: MirrorState? {
        guard target.seq > 0 else { return nil }
        let offset = target.seq == start.seq || target.ordinal != start.ordinal ? target.lineOffset : target.lineOffset + shift
        return MirrorState(
            seq: target.seq, hash: target.hash, segment: SegmentFile.name(firstSeq: segmentFirstSeq), offset: offset,
            line: target.line, pending: pending)
    }
    var segmentFirstSeq: Int64

    func report(created: Bool, written: Int, carried: [ErasedPart]) -> MirrorReport {
        MirrorReport(
            created: created, previousHeadSeq: start.seq, headSeq: target.seq, headHash: target.hash, mirrorCheckedFrom: checkedFrom,
            usedState: usedState, copiedEvents: events, copiedBatches: batches, copiedBytes: ranges.reduce(0) { $0 + $1.to - $1.from },
            segmentsWritten: written, unfinishedBytesCut: unfinishedBytes, checkpointFilesCopied: checkpoints.count,
            erasuresCarried: carried,
            erasuresPending: pending.keys.filter { p in !carried.contains(p) && !unerasable.contains { $0.part == p } }.sorted(),
            erasuresUnerasable: unerasable)
    }

    /// Proves the mirror (as `scan` read it; nil for a new one) is a prefix of the ledger, and
    /// verifies every ledger line after the mirror's head up to the ledger's last committed batch.
    /// With `compare`, every mirrored byte is also compared with the ledger's.
    static func make(ledger: String, mirror: String, scan: MirrorScan?, compare: Bool = false) throws(MirrorError) -> MirrorPlan {
        let layout = LedgerLayout(root: ledger)
        // Read only regular files inside the ledger directory: never a link out of it, never a FIFO.
        func segmentFiles() throws(MirrorError) -> [SegmentFile] {
            let segments: [SegmentFile]
            do throws(LedgerError) { segments = try layout.segments() } catch { throw .ledger(error) }
            for segment in segments where !MirrorScan.isRegularFile(layout.path(of: segment)) {
                throw .ledgerDamaged(ledger: ledger, at: LogPosition(segment: segment.name, line: 1, seq: segment.firstSeq),
                    reason: "the segment is not a regular file (a link or a special file)")
            }
            return segments
        }
        _ = try segmentFiles()
        let source: Ledger
        do throws(LedgerError) { source = try Ledger.open(at: ledger, mode: .readOnly) } catch {
            if case .damaged(let at, let reason) = error { throw .ledgerDamaged(ledger: ledger, at: at, reason: reason) }
            throw .ledger(error)
        }
        let ledgerHead = (seq: source.headSeq, hash: source.headHash)
        let segments = try segmentFiles()  // again: a writer may have started a segment meanwhile
        let mirrorSegments = scan?.segments ?? []
        let head = scan?.head ?? MirrorHead()
        // The same files: the mirror's segments are the ledger's first ones, and the ledger's next
        // segment (if any) begins after the mirror's head.
        let sameLayout = mirrorSegments.count <= segments.count && zip(mirrorSegments, segments).allSatisfy { $0 == $1 }
            && (mirrorSegments.count == segments.count || segments[mirrorSegments.count].firstSeq > head.seq)
        let lookup = (mirror: SeqLookup(layout: LedgerLayout(root: mirror), segments: mirrorSegments), ledger: SeqLookup(layout: layout, segments: segments))

        // Keeps events/INVARIANTS.md rule 32: the mirror's history must be a prefix of the ledger's.
        if head.seq > ledgerHead.seq {
            if ledgerHead.seq == 0 || lookup.mirror.statedHash(of: ledgerHead.seq)?.hash == ledgerHead.hash {
                throw .mirrorAhead(mirror: mirror, ledger: ledger, mirrorSeq: head.seq, ledgerSeq: ledgerHead.seq)
            }
            throw try firstDifference(below: ledgerHead.seq, lookup.mirror, lookup.ledger, mirror: mirror, ledger: ledger)
        }
        // The ledger's line of a seq, found through its index (the ledger's offsets differ from the
        // mirror's after an erasure the mirror has not carried yet).
        let sourceIndex: StreamIndex
        do throws(LedgerError) { sourceIndex = try source.loadIndex() } catch { throw .ledger(error) }
        func ledgerLine(_ seq: Int64) throws(MirrorError) -> (bytes: [UInt8], position: LogPosition, end: Int64) {
            guard let at = sourceIndex.location(of: seq), Int(at.segmentOrdinal) < segments.count,
                let file = try? SystemFile.open(layout.path(of: segments[Int(at.segmentOrdinal)]), O_RDONLY),
                let bytes = try? file.read(count: Int(at.length), at: Int64(at.offset)), bytes.count == Int(at.length)
            else {
                throw .ledgerDamaged(ledger: ledger, at: LogPosition(segment: segments.last?.name ?? "-", line: 0, seq: seq),
                    reason: "the line of seq \(seq) is missing or unreadable")
            }
            return (bytes, LogPosition(segment: segments[Int(at.segmentOrdinal)].name, line: Int(at.line), seq: seq),
                Int64(at.offset) + Int64(at.length) + 1)
        }
        var headLines: (ours: [UInt8], theirs: [UInt8], position: LogPosition)? = nil
        var sourceHeadEnd: Int64 = 0
        if head.seq > 0 {
            let there = try ledgerLine(head.seq)
            guard SeqLookup.statedHash(inLine: there.bytes) == head.hash else {
                throw try firstDifference(below: head.seq, lookup.mirror, lookup.ledger, mirror: mirror, ledger: ledger)
            }
            if !sameLayout { throw layoutError(mirror: mirror, mirrorSegments, segments) }
            let count = Int(head.end - head.lineOffset) - 1
            guard let mirrorFile = try? SystemFile.open(LedgerLayout(root: mirror).path(of: mirrorSegments[head.ordinal]), O_RDONLY),
                let ours = try? mirrorFile.read(count: count, at: head.lineOffset), ours.count == count
            else { throw .changedMeanwhile(path: mirror, reason: "the line of seq \(head.seq) could not be read again") }
            if ours != there.bytes { headLines = (ours, there.bytes, there.position) }
            sourceHeadEnd = there.end
        }
        if !sameLayout { throw layoutError(mirror: mirror, mirrorSegments, segments) }
        let shift = head.end - sourceHeadEnd
        var unfinishedBytes: Int64 = 0
        if let unfinished = scan?.unfinished {
            let ledgerOffset = head.seq > 0 && unfinished.ordinal == head.ordinal ? unfinished.offset - shift : unfinished.offset
            try checkUnfinished(unfinished, ledgerSegment: layout.path(of: segments[unfinished.ordinal]), ledgerOffset: ledgerOffset, mirror: mirror)
            unfinishedBytes = unfinished.length
        }

        // Keeps events/INVARIANTS.md rule 33: only committed batches, each line verified, are copied.
        var chain = head.chain
        var target = head
        var ranges: [Range] = []
        var batches: Int64 = 0
        var ordinal = head.seq > 0 ? head.ordinal : 0
        var offset = head.seq > 0 ? sourceHeadEnd : 0
        var lineNumber = head.seq > 0 ? head.line + 1 : 1
        func damaged(_ at: LogPosition, _ reason: String) -> MirrorError { .ledgerDamaged(ledger: ledger, at: at, reason: reason) }
        while chain.seq < ledgerHead.seq {
            guard ordinal < segments.count else {
                throw .changedMeanwhile(path: ledger, reason: "events up to seq \(ledgerHead.seq) were there when it was opened, but no segment holds seq \(chain.seq + 1) now")
            }
            let segment = segments[ordinal]
            if offset == 0 && segment.firstSeq != chain.seq + 1 {
                throw damaged(LogPosition(segment: segment.name, line: 1, seq: chain.seq + 1),
                    "the segment is named for seq \(segment.firstSeq) but seq \(chain.seq + 1) should come next")
            }
            let file: SystemFile
            do throws(LedgerError) { file = try SystemFile.open(layout.path(of: segment), O_RDONLY) } catch { throw .ledger(error) }
            var reader = LineReader(file: file, offset: offset, lineNumber: lineNumber, bufferSize: 1 << 20)
            defer { reader.close() }
            var range = Range(ordinal: ordinal, segment: segment, from: offset, to: offset, firstLine: lineNumber, mirrorFrom: offset == 0 ? 0 : offset + shift)
            var pending = false
            pieces: while chain.seq < ledgerHead.seq {
                let piece: LineReader.Piece?
                do throws(LedgerError) { piece = try reader.next() } catch { throw .ledger(error) }
                guard let piece else { break }
                switch piece {
                case .line(let at, let number, let bytes):
                    let position = LogPosition(segment: segment.name, line: number, seq: chain.seq + 1)
                    do throws(LineFault) {
                        pending = !(try chain.absorb(bytes))
                    } catch { throw damaged(position, error.reason) }
                    if !pending {
                        batches += 1
                        range.to = at + Int64(bytes.count) + 1
                        target = MirrorHead(
                            seq: chain.seq, hash: chain.hash, recordedAt: chain.recordedAt, ordinal: ordinal, lineOffset: at,
                            end: range.to, line: number)
                    }
                case .unterminated(_, let number, _):
                    throw damaged(LogPosition(segment: segment.name, line: number, seq: chain.seq + 1),
                        "the line is incomplete although later events up to seq \(ledgerHead.seq) are committed")
                case .overlong(_, let number):
                    throw damaged(LogPosition(segment: segment.name, line: number, seq: chain.seq + 1),
                        "the line runs past the \(EnvelopeRules.maxLineBytes)-byte limit without ending")
                }
            }
            if pending {
                throw damaged(LogPosition(segment: segment.name, line: reader.lineNumber, seq: chain.seq + 1),
                    chain.seq == ledgerHead.seq
                        ? "the ledger's last committed event, seq \(ledgerHead.seq), does not close a batch here"
                        : "the segment ends inside a batch (its last event is not batchEnd), but a later segment exists")
            }
            if range.to > range.from { ranges.append(range) }
            if chain.seq < ledgerHead.seq {
                ordinal += 1
                offset = 0
                lineNumber = 1
            }
        }
        guard chain.hash == ledgerHead.hash else {
            throw .changedMeanwhile(path: ledger, reason: "seq \(chain.seq) has another hash than when the ledger was opened")
        }

        // issue 17: mirror17. Erasures: every part an authorisation in the log names (those read in
        // the mirror this run, those its state kept pending, those in the new lines), looked up in
        // both logs; every line a full check finds different; and the head's line, if it differs.
        var authorisations = scan?.authorisations ?? [:]
        for (part, by) in chain.authorisations where authorisations[part] == nil { authorisations[part] = by }
        var carry: [Int64: Set<JSONKey>] = [:]
        func check(_ seq: Int64, ours: [UInt8], theirs: [UInt8], at position: LogPosition) throws(MirrorError) {
            guard let parts = erasedForm(ours: ours, theirs: theirs, seq: seq, authorisations: authorisations) else {
                throw .ledgerAltered(ledger: ledger, mirror: mirror, at: position)
            }
            carry[seq] = parts
        }
        if let headLines { try check(head.seq, ours: headLines.ours, theirs: headLines.theirs, at: headLines.position) }
        if compare, head.seq > 0 {
            try compareLines(upTo: head, mirrorSegments, ledger: ledger, mirror: mirror) { (seq, ours, theirs, position) throws(MirrorError) in
                try check(seq, ours: ours, theirs: theirs, at: position)
            }
        }
        var pending: [ErasedPart: Int] = [:]
        var unerasable: [UnerasablePart] = []
        let named = Dictionary(grouping: authorisations.keys.filter { Int64($0.seq) <= target.seq }, by: { Int64($0.seq) })
        for seq in named.keys.sorted() {
            let theirs = try ledgerLine(seq)
            if seq <= head.seq, carry[seq] == nil, let ours = lookup.mirror.line(of: seq), ours.bytes != theirs.bytes {
                try check(seq, ours: ours.bytes, theirs: theirs.bytes, at: theirs.position)
            }
            let event = theirs.bytes.withUnsafeBytes { try? EventLine.decode($0, verify: false, decodePayload: false) }
            let erased = Set(event?.erasedPartDigests.keys ?? [:].keys)
            for part in named[seq]! where !erased.contains(JSONKey(part.pointer)) || carry[seq]?.contains(JSONKey(part.pointer)) == true {
                pending[part] = authorisations[part]
                // Keeps events/INVARIANTS.md rule 63: never pending, kept as the first decision naming it.
                // issue 16/17: mend16. A part the storage's check refuses for good is kept in the
                // state (it stays the first authorisation naming the part) but never waited for.
                if carry[seq]?.contains(JSONKey(part.pointer)) != true, let event, let by = authorisations[part],
                    case .refused(let reason) = Ledger.erasureCheck(of: part, in: event, holding: target.seq, authorisedBy: by)
                {
                    unerasable.append(UnerasablePart(part: part, authorisedBy: by, reason: reason))
                }
            }
        }
        // Parts named of a seq the ledger does not hold (yet): never erasable either (any later
        // event comes after the decision naming it).
        for (part, by) in authorisations where Int64(part.seq) > target.seq && Int64(by) <= target.seq {
            pending[part] = by
            if case .refused(let reason) = Ledger.erasureCheck(of: part, in: nil, holding: target.seq, authorisedBy: by) {
                unerasable.append(UnerasablePart(part: part, authorisedBy: by, reason: reason))
            }
        }
        return MirrorPlan(
            ledgerLayout: layout, ranges: ranges, start: head, target: target, checkedFrom: scan?.checkedFrom ?? 1,
            usedState: scan?.fromState ?? false, events: target.seq - head.seq, batches: batches, unfinishedBytes: unfinishedBytes,
            checkpoints: try MirrorCheckpoints.plan(ledger: ledger, mirror: mirror, upTo: target.seq),
            carry: carry.flatMap { seq, parts in parts.map { ErasedPart(seq: Int(seq), pointer: $0.string) } }.sorted(), pending: pending,
            unerasable: unerasable.sorted(),
            knownAuthorisations: scan?.fromState == true || target.seq == 0 ? nil
                : KnownAuthorisations(through: target.seq, hash: target.hash,
                    firstNaming: authorisations.filter { Int64($0.value) <= target.seq }.mapValues { Int64($0) }),
            shift: shift, segmentFirstSeq: target.seq > 0 ? segments[target.ordinal].firstSeq : 1)
    }

    // Keeps events/INVARIANTS.md rule 56: a mirror accepts only an authorised erasure as a difference.
    /// The parts the ledger's line `theirs` has erased and the mirror's line `ours` still holds,
    /// when `theirs` is exactly `ours` with those parts erased (`EventLine.erasing`, the bytes
    /// `Ledger.erase` writes: the same hash, header and part digests, only the values and salts
    /// gone) and each may be erased by the storage's own check (`Ledger.erasureCheck`: a part of
    /// a version 2 line, not an erasure decision's own `erases`, named by an `erasureAuthorised`
    /// event later in the log, whose first such event for each part is in `authorisations`).
    /// Nil for any other difference: a changed value, a changed header, an unauthorised removal.
    static func erasedForm(ours: [UInt8], theirs: [UInt8], seq: Int64, authorisations: [ErasedPart: Int]) -> Set<JSONKey>? {
        guard let mine = ours.withUnsafeBytes({ try? EventLine.decode($0, verify: true) }),
            let their = theirs.withUnsafeBytes({ try? EventLine.decode($0, verify: true) })
        else { return nil }
        // Pointers compared by their code units (rule 65).
        let parts = Set(their.erasedPartDigests.keys).subtracting(mine.erasedPartDigests.keys)
        guard !parts.isEmpty, Set(mine.erasedPartDigests.keys).isSubset(of: their.erasedPartDigests.keys) else { return nil }
        for pointer in parts {
            let part = ErasedPart(seq: Int(seq), pointer: pointer.string)
            guard Ledger.erasureCheck(of: part, in: mine, holding: seq, authorisedBy: authorisations[part]) == .erase else { return nil }
        }
        let made = ours.withUnsafeBytes { raw in try? EventLine.erasing(parts, inLine: raw) }
        return made == theirs ? parts : nil
    }

    /// The refusal naming the first seq where the two histories differ, found by halving: once two
    /// hash chains differ at a seq they differ at every later one (each hash covers the one before).
    private static func firstDifference(
        below limit: Int64, _ mirrorLog: SeqLookup, _ ledgerLog: SeqLookup, mirror: String, ledger: String
    ) throws(MirrorError) -> MirrorError {
        func differs(_ seq: Int64) -> Bool {
            guard let m = mirrorLog.statedHash(of: seq), let l = ledgerLog.statedHash(of: seq) else { return true }
            return m.hash != l.hash
        }
        var low: Int64 = 1, high = limit
        guard differs(high) else { return .changedMeanwhile(path: ledger, reason: "the two histories agreed when compared again") }
        while low < high {
            let mid = low + (high - low) / 2
            if differs(mid) { high = mid } else { low = mid + 1 }
        }
        guard let m = mirrorLog.statedHash(of: low) else {
            return .mirrorDamaged(mirror: mirror, at: LogPosition(segment: "-", line: 0, seq: low), reason: "the line of seq \(low) is missing or unreadable")
        }
        guard let l = ledgerLog.statedHash(of: low) else {
            return .ledgerDamaged(ledger: ledger, at: LogPosition(segment: "-", line: 0, seq: low), reason: "the line of seq \(low) is missing or unreadable")
        }
        return .notAPrefix(mirror: mirror, ledger: ledger, seq: low, mirrorHash: m.hash, ledgerHash: l.hash)
    }

    /// Compares the mirror's committed lines (every segment up to the head's line) with the
    /// ledger's, line for line (an erasure changes a line's length), and hands each pair that
    /// differs to `differs` (seq, the mirror's line, the ledger's, where the ledger's is).
    private static func compareLines(
        upTo head: MirrorHead, _ segments: [SegmentFile], ledger: String, mirror: String,
        _ differs: (Int64, [UInt8], [UInt8], LogPosition) throws(MirrorError) -> Void
    ) throws(MirrorError) {
        for (ordinal, segment) in segments.enumerated() where ordinal <= head.ordinal {
            let ours: SystemFile, theirs: SystemFile
            do throws(LedgerError) {
                ours = try SystemFile.open(LedgerLayout(root: mirror).path(of: segment), O_RDONLY)
                theirs = try SystemFile.open(LedgerLayout(root: ledger).path(of: segment), O_RDONLY)
            } catch { throw .io(error) }
            var a = LineReader(file: ours, limit: ordinal == head.ordinal ? head.end : nil, bufferSize: 1 << 20)
            var b = LineReader(file: theirs, bufferSize: 1 << 20)
            defer {
                a.close()
                b.close()
            }
            var seq = segment.firstSeq
            while true {
                let mine: LineReader.Piece?, their: LineReader.Piece?
                do throws(LedgerError) { mine = try a.next() } catch { throw .io(error) }
                guard case .line(_, let number, let x)? = mine else { break }
                do throws(LedgerError) { their = try b.next() } catch { throw .ledger(error) }
                let position = LogPosition(segment: segment.name, line: number, seq: seq)
                guard case .line(_, _, let y)? = their else { throw .ledgerAltered(ledger: ledger, mirror: mirror, at: position) }
                if !x.elementsEqual(y) { try differs(seq, Array(x), Array(y), position) }
                seq += 1
            }
        }
    }

    private static func layoutError(mirror: String, _ mirrorSegments: [SegmentFile], _ segments: [SegmentFile]) -> MirrorError {
        let names = { (s: [SegmentFile]) in s.isEmpty ? "none" : s.map(\.name).joined(separator: ", ") }
        return .layoutDiffers(mirror: mirror, reason: "its segment files (\(names(mirrorSegments))) are not the first of the ledger's (\(names(segments)))")
    }

    /// An unfinished tail in the mirror is cut only when it is what an interrupted run leaves: every
    /// byte equal to the ledger's byte at the same place in the same segment, or zero (a hole an
    /// unsynced write leaves after a power loss). Anything else was not written by a mirror run.
    /// The ledger's bytes are read from `ledgerOffset`: where the ledger's copy of those bytes begins.
    private static func checkUnfinished(
        _ unfinished: MirrorScan.Unfinished, ledgerSegment: String, ledgerOffset: Int64, mirror: String
    ) throws(MirrorError) {
        let reason = (unfinished.fault.map { $0 + "; " } ?? "")
            + "the \(unfinished.length) bytes after the mirror's last committed line are not a copy of the ledger's bytes at the same place, "
            + "so they were not left by an interrupted mirror run"
        guard let file = try? SystemFile.open(mirror + "/" + unfinished.position.segment, O_RDONLY),
            let ledgerFile = try? SystemFile.open(ledgerSegment, O_RDONLY)
        else { throw .mirrorDamaged(mirror: mirror, at: unfinished.position, reason: reason) }
        var done: Int64 = 0
        let step: Int64 = 1 << 20
        while done < unfinished.length {
            let count = Int(min(step, unfinished.length - done))
            guard let ours = try? file.read(count: count, at: unfinished.offset + done),
                let theirs = try? ledgerFile.read(count: count, at: ledgerOffset + done),
                ours.count == count, theirs.count == count,
                zip(ours, theirs).allSatisfy({ $0 == $1 || $0 == 0 })
            else { throw .mirrorDamaged(mirror: mirror, at: unfinished.position, reason: reason) }
            done += Int64(count)
        }
    }
}
