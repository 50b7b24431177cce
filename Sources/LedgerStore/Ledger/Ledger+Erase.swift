import LedgerJSON

#if canImport(Glibc)
import Glibc
#endif

// issue 17: v2 — the storage side of erasure (the ERASURE CONTRACT).

/// One part of one event's payload to erase: the event's seq and the part's RFC 6901 pointer
/// (`/member`, or `/member/3` for element 3 of a top-level list; events/FORMAT.md, "Format version 2").
public struct ErasedPart: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The seq of the event holding the part.
    public var seq: Int
    /// The part's pointer into that event's payload.
    public var pointer: String

    /// The part `pointer` of the event with `seq`.
    public init(seq: Int, pointer: String) {
        self.seq = seq
        self.pointer = pointer
    }

    // Keeps events/INVARIANTS.md rule 65: two pointers are one part only when their code units are equal.
    /// The same seq and the same pointer, byte for byte (`/e\u{301}` and `/\u{E9}` are two parts).
    public static func == (a: ErasedPart, b: ErasedPart) -> Bool { a.seq == b.seq && JSONKey(a.pointer) == JSONKey(b.pointer) }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(seq)
        hasher.combine(JSONKey(pointer))
    }

    /// In seq order, then by the pointer's UTF-16 code units.
    public static func < (a: ErasedPart, b: ErasedPart) -> Bool { a.seq != b.seq ? a.seq < b.seq : JSONKey(a.pointer) < JSONKey(b.pointer) }

    /// `/member of seq N`.
    public var description: String { "\(pointer) of seq \(seq)" }
}

// issue 16/17: mend16
/// A part an `erasureAuthorised` event names that can never be erased (the storage's one check,
/// `Ledger.erasureCheck`, refuses it whatever is done later): its event does not hold such a part,
/// there is no event with its seq, it is an erasure decision's own `erases`, or the first event
/// naming it is not later in the log than the part. Only a raw append (a program writing the
/// storage directly, not `caseledger record`, which checks the parts first) can write such a
/// decision. It authorises nothing: `verify` accepts the log (events/FORMAT.md rule 11 constrains
/// erased parts, not what a decision names), `erase` never removes anything for it, and a mirror
/// never waits for it.
public struct UnerasablePart: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The part named.
    public var part: ErasedPart
    /// The seq of the first `erasureAuthorised` event naming it.
    public var authorisedBy: Int
    /// Why it can never be erased, in words.
    public var reason: String

    /// `part`, first named by the event with seq `authorisedBy`, which can never be erased for `reason`.
    public init(part: ErasedPart, authorisedBy: Int, reason: String) {
        self.part = part
        self.authorisedBy = authorisedBy
        self.reason = reason
    }

    /// In the order of their parts.
    public static func < (a: UnerasablePart, b: UnerasablePart) -> Bool { (a.part, a.authorisedBy) < (b.part, b.authorisedBy) }

    /// `/x of seq N (named by seq M): reason`.
    public var description: String { "\(part) (named by seq \(authorisedBy)): \(reason)" }

    /// The words for the person running a command that met these parts: what they are and what to do.
    public static func explanation(_ parts: [UnerasablePart]) -> String {
        "\(parts.count) part\(parts.count == 1 ? "" : "s") named by an erasureAuthorised event can never be erased, so "
            + "\(parts.count == 1 ? "that decision authorises" : "those decisions authorise") nothing (events/FORMAT.md rule 11): "
            + parts.map(\.description).joined(separator: "; ")
            + ". Such a decision was not written by 'caseledger record' or 'retention apply', which check the parts first, "
            + "but by a program appending to the storage directly: nothing waits on it and nothing needs doing for it; "
            + "if a part was meant to be erased, record a new decision naming it ('caseledger record authoriseErasure')"
    }
}

// issue 16/17: mend16
/// The first `erasureAuthorised` event naming each part among a ledger's events 1 to `through`,
/// as a whole verification found them (`VerificationReport.authorisations`): handed to
/// `Ledger.erase` so that it reads only the events after `through` for decisions, not the whole
/// log again. The map is used only when the ledger's event `through` still has `hash` (the hash
/// chain then says events 1 to `through` are the ones verified); otherwise `erase` reads the
/// whole log as it would without it. Never the decisions a caller gathered itself: a decision
/// naming a part counts only when it is the first naming it (events/FORMAT.md rule 11).
public struct KnownAuthorisations: Sendable, Equatable {
    /// The last event the map covers.
    public var through: Int64
    /// That event's hash.
    public var hash: SHA256Digest
    /// Each part named, with the seq of the first event naming it.
    public var firstNaming: [ErasedPart: Int64]

    /// What `report` found, when it found no fault (nil otherwise).
    public init?(_ report: VerificationReport) {
        guard report.fault == nil else { return nil }
        self.init(through: report.events, hash: report.headHash, firstNaming: report.authorisations)
    }

    init(through: Int64, hash: SHA256Digest, firstNaming: [ErasedPart: Int64]) {
        self.through = through
        self.hash = hash
        self.firstNaming = firstNaming
    }
}

/// What `Ledger.erase` did.
public struct ErasureOutcome: Sendable, Equatable {
    /// The parts whose values and salts it removed, in seq order.
    public var erased: [ErasedPart]
    /// The parts asked for that were already erased (nothing to do: erasing is idempotent, so a
    /// run cut short by a crash can simply be run again).
    public var alreadyErased: [ErasedPart]
    /// The segment files rewritten, in order.
    public var segmentsRewritten: [String]
    /// The bytes of the rewritten segments before and after (an erased part's 64-digit digest
    /// replaces its 32-digit salt and its value, so erasing a very short value can lengthen a line).
    public var bytesBefore: Int64
    /// See `bytesBefore`.
    public var bytesAfter: Int64
    /// issue 16/17: mend16. With `leavingUnerasable`, the parts asked for that can never be
    /// erased, left as they are (without it, such a part refuses the whole call).
    public var unerasable: [UnerasablePart] = []
}

/// A step of an erasure's segment rewrite, where a test's fault injection may stop it as a crash would.
enum ErasureStep: Equatable, Sendable {
    /// The new segment written to its temporary file.
    case wroteTemporary(String)
    /// The temporary file synced.
    case syncedTemporary(String)
    /// The index cache's head removed (its byte offsets are about to change).
    case removedIndexHead
    /// The index directory synced after that.
    case syncedIndexDirectory
    /// The temporary file renamed over the segment.
    case renamed(String)
    /// The ledger directory synced after the rename.
    case syncedDirectory(String)
}

extension Ledger {
    /// The name of the temporary file a segment is rewritten to: it begins with a dot, so it is
    /// never taken for a segment (events/FORMAT.md, "Directory").
    static func erasureTemporaryName(_ segment: SegmentFile) -> String { ".erase-" + segment.name + ".tmp" }

    // Keeps events/INVARIANTS.md rule 39: bytes are removed only as an erasure event in the log authorised them, crash-safely.
    /// Erases `parts`: removes each one's value and salt from its event's line, keeping its digest,
    /// so the event's hash, the chain, the Merkle tree and every checkpoint stay as they were
    /// (events/FORMAT.md, "Format version 2"). Each part must be a part of its event and named by an
    /// `erasureAuthorised` event later in the log (FORMAT.md rule 11); otherwise, or on a version 1
    /// ledger, the whole call is refused (`.erasureRefused`) and nothing changes, byte for byte.
    /// A part already erased is reported, not refused. With `leavingUnerasable`, a part that can
    /// never be erased (`UnerasablePart`: named by a decision that authorises nothing) is reported
    /// in `unerasable` and left, not refused; a part no decision names is refused all the same.
    /// With `known` (a whole verification's map of decisions), only the events after it are read
    /// for decisions, when the ledger still holds the events it covers; the outcome is the same.
    ///
    /// Each affected segment is rewritten whole under the writer lock: written to a temporary
    /// file, synced, renamed over the segment, the directory synced; the index cache's head is
    /// removed (and its directory synced) before the first rename, because byte offsets change,
    /// and the index is moved to the new offsets and saved after the last. A crash at any point leaves every
    /// segment either as it was or erased, and either verifies.
    public func erase(_ parts: [ErasedPart], leavingUnerasable: Bool = false, known: KnownAuthorisations? = nil) throws(LedgerError) -> ErasureOutcome {
        guard mode == .readWrite else { throw .io(operation: "erase in", path: path, errno: EROFS) }
        guard formatVersion >= 2 else {
            throw .erasureRefused(part: parts.first, reason: "the ledger is of format version 1, which has no erasure (events/FORMAT.md)")
        }
        let wanted = Array(Set(parts)).sorted()
        if wanted.isEmpty { return ErasureOutcome(erased: [], alreadyErased: [], segmentsRewritten: [], bytesBefore: 0, bytesAfter: 0) }
        return try withWriterLock { () throws(LedgerError) -> ErasureOutcome in
            try catchUp(asWriter: true, setAside: false)
            try loadIndex()
            // Every check before any byte changes.
            var authorised: [ErasedPart: Int] = [:]
            var from: Int64 = 1
            if let known, known.through >= 1, known.through <= tail.seq, try self.event(seq: known.through).hash == known.hash {
                authorised = known.firstNaming.mapValues { Int($0) }
                from = known.through + 1
            }
            // Keeps events/INVARIANTS.md rule 63: the log read once at most.
            // issue 16/17: mend16. The decisions are found by their headers' type (the log read
            // without payloads), then each decision's payload read by its seq, in seq order.
            if from <= tail.seq {
                var decisions: [Int64] = []
                var cursor = EventCursor(ledger: self, from: from, through: tail.seq, payloads: false)
                defer { cursor.close() }
                while let event = try cursor.next() {
                    if event.type == EnvelopeRules.erasureAuthorisedType { decisions.append(event.seq) }
                }
                for seq in decisions {
                    let event = try self.event(seq: seq)
                    guard let named = EnvelopeRules.authorisedErasures(type: event.type, payload: event.payload) else { continue }
                    for part in named where authorised[part] == nil { authorised[part] = Int(seq) }
                }
            }
            // issue 16: tidy16. Each segment holding a named part read once: its parts checked
            // from those bytes, and its new bytes built from them (no line read apart first).
            var plan: ErasurePlan
            switch try planErasure(wanted, authorised: authorised, leavingUnerasable: leavingUnerasable) {
            case .plan(let made): plan = made
            case .indexDisagrees:
                // A line not where the index says: the index rebuilt from the log, as any read does, and every check made again.
                try rebuildIndex()
                switch try planErasure(wanted, authorised: authorised, leavingUnerasable: leavingUnerasable) {
                case .plan(let made): plan = made
                case .indexDisagrees(let seq): throw .invalidEvent(batchIndex: 0, reason: "there is no event with seq \(seq) (the ledger holds 1 to \(tail.seq))")
                }
            }
            let (already, unerasable, rewrites, newLengths) = (plan.alreadyErased, plan.unerasable, plan.rewrites, plan.newLengths)
            if plan.erased.isEmpty {
                return ErasureOutcome(erased: [], alreadyErased: already, segmentsRewritten: [], bytesBefore: 0, bytesAfter: 0, unerasable: unerasable)
            }
            let erased = plan.erased
            // Now the writes, each step one a crash may stop.
            var headRemoved = false
            for rewrite in rewrites {
                let name = rewrite.segment.name
                let temporary = path + "/" + Ledger.erasureTemporaryName(rewrite.segment)
                unlink(temporary)
                let file = try SystemFile.open(temporary, O_WRONLY | O_EXCL, create: true)
                try file.writeAll(rewrite.bytes)
                try erasureStep(.wroteTemporary(name))
                try file.fullSync()
                try erasureStep(.syncedTemporary(name))
                if !headRemoved {
                    // The index cache's offsets are about to change: its head goes first, so no
                    // reader adopts offsets of the old segment against the new one.
                    let head = IndexCache.headPath(in: layout)
                    if FileSystem.kind(of: head) != nil {
                        guard unlink(head) == 0 else { throw .io(operation: "remove", path: head, errno: errno) }
                        try erasureStep(.removedIndexHead)
                        try FileSystem.syncDirectory(layout.indexDirectory)
                        try erasureStep(.syncedIndexDirectory)
                    }
                    headRemoved = true
                }
                guard rename(temporary, layout.path(of: rewrite.segment)) == 0 else {
                    throw .io(operation: "rename \(temporary) over", path: layout.path(of: rewrite.segment), errno: errno)
                }
                try erasureStep(.renamed(name))
                try FileSystem.syncDirectory(path)
                try erasureStep(.syncedDirectory(name))
            }
            // issue 16/17: mend16. The handle's view, without reading the log again: the rewritten
            // segments' files are new (descriptors of the old ones are closed), and in the index only
            // the rewritten lines' lengths and the offsets after them in their segments change
            // (`StreamIndex.relocate`; equal to an index rebuilt from the log, tested byte for byte).
            // The index cache is then saved whole again.
            openFiles = [:]
            openOrder = []
            appendFile = nil
            cacheAtOpen = nil
            savedCache = nil
            savedIndexCount = 0
            for (ordinal, lengths) in newLengths {
                let first = segments[Int(ordinal)].firstSeq
                let last = Int(ordinal) + 1 < segments.count ? segments[Int(ordinal) + 1].firstSeq - 1 : tail.seq
                let shift = index!.relocate(first...min(last, tail.seq), newLengths: lengths)
                if ordinal == tail.segmentOrdinal { tail.endOffset += shift }
            }
            saveIndexLocked()
            return ErasureOutcome(
                erased: erased, alreadyErased: already, segmentsRewritten: rewrites.map(\.segment.name),
                bytesBefore: rewrites.reduce(0) { $0 + $1.before }, bytesAfter: rewrites.reduce(0) { $0 + Int64($1.bytes.count) },
                unerasable: unerasable)
        }
    }

    // issue 16: tidy16
    /// What `erase` will do, decided before any byte changes.
    struct ErasurePlan {
        /// The parts to erase, already erased, and never erasable (left), in part order.
        var erased: [ErasedPart] = [], alreadyErased: [ErasedPart] = [], unerasable: [UnerasablePart] = []
        /// Each segment to rewrite, with its new bytes and its size before.
        var rewrites: [(segment: SegmentFile, bytes: [UInt8], before: Int64)] = []
        /// The new length of each rewritten line, by segment ordinal and seq.
        var newLengths: [UInt32: [Int64: UInt32]] = [:]
    }

    /// A plan, or the seq whose line the index put where the log does not hold it (the index is then rebuilt).
    enum PlannedErasure {
        case plan(ErasurePlan)
        case indexDisagrees(seq: Int64)
    }

    /// Reads each segment holding a part of `wanted` (sorted, no repeats) once, in order, and
    /// from its bytes checks each part (`erasureCheck`, in part order, the first refusal thrown
    /// as `erase` documents) and builds the segment's new bytes. A fault building a new segment
    /// (a line erased past the length limit, a line that cannot be erased) is thrown only once
    /// every part has been checked: a refused part is reported first, as when every check came
    /// before any segment was built. Gives `.indexDisagrees` when the index disagrees with the log.
    func planErasure(
        _ wanted: [ErasedPart], authorised: [ErasedPart: Int], leavingUnerasable: Bool
    ) throws(LedgerError) -> PlannedErasure {
        var plan = ErasurePlan()
        var current: (ordinal: UInt32, bytes: [UInt8])? = nil
        var lines: [(seq: Int64, location: EventLocation, pointers: Set<JSONKey>)] = []
        var deferred: LedgerError? = nil
        func finish() {
            guard let (ordinal, old) = current else { return }
            current = nil
            defer { lines = [] }
            guard deferred == nil, !lines.isEmpty else { return }
            let segment = segments[Int(ordinal)]
            var new: [UInt8] = []
            new.reserveCapacity(old.count)
            var at = 0
            for (seq, location, pointers) in lines {
                let start = Int(location.offset), end = start + Int(location.length)
                new += old[at..<start]
                let result = old.withUnsafeBytes { raw in
                    Result { () throws(LineFault) in try EventLine.erasing(pointers, inLine: UnsafeRawBufferPointer(rebasing: raw[start..<end])) }
                }
                switch result {
                case .success(let line):
                    guard line.count < EnvelopeRules.maxLineBytes else {
                        deferred = .erasureRefused(part: ErasedPart(seq: Int(seq), pointer: pointers.sorted()[0].string), reason: "the line of seq \(seq) would be \(line.count + 1) bytes with its newline once erased (each erased part keeps a 64-digit digest), over the \(EnvelopeRules.maxLineBytes)-byte limit for one line")
                        return
                    }
                    new += line
                    plan.newLengths[ordinal, default: [:]][seq] = UInt32(line.count)
                case .failure(let error):
                    deferred = .damaged(at: LogPosition(segment: segment.name, line: Int(location.line), seq: seq), reason: error.reason)
                    return
                }
                at = end
            }
            new += old[at...]  // the rest, an uncommitted tail included, as it was
            plan.rewrites.append((segment, new, Int64(old.count)))
        }
        var k = wanted.startIndex
        while k < wanted.endIndex {
            let seq = Int64(wanted[k].seq)
            var next = k + 1
            while next < wanted.endIndex && wanted[next].seq == wanted[k].seq { next += 1 }
            defer { k = next }
            var event: StoredEvent? = nil
            var location: EventLocation? = nil
            if seq >= 1 && seq <= tail.seq {
                guard let at = try loadIndex().location(of: seq) else {
                    throw .invalidEvent(batchIndex: 0, reason: "there is no event with seq \(seq) (the ledger holds 1 to \(tail.seq))")
                }
                if current?.ordinal != at.segmentOrdinal {
                    finish()
                    let segment = segments[Int(at.segmentOrdinal)]
                    let file = try SystemFile.open(layout.path(of: segment), O_RDONLY)
                    let size = try file.size()
                    let bytes = try file.read(count: Int(size), at: 0)
                    guard Int64(bytes.count) == size else { throw .io(operation: "read", path: layout.path(of: segment), errno: EIO) }
                    current = (at.segmentOrdinal, bytes)
                }
                let start = Int(at.offset), end = start + Int(at.length)
                let decoded = current!.bytes.withUnsafeBytes { raw -> StoredEvent? in
                    guard end < raw.count, raw[end] == 0x0A else { return nil }
                    return try? EventLine.decode(UnsafeRawBufferPointer(rebasing: raw[start..<end]), verify: false, keys: keyCache)
                }
                guard let decoded, decoded.seq == seq else { return .indexDisagrees(seq: seq) }
                event = decoded
                location = at
            }
            var pointers = Set<JSONKey>()
            for part in wanted[k..<next] {
                switch Ledger.erasureCheck(of: part, in: event, holding: tail.seq, authorisedBy: authorised[part]) {
                case .erase:
                    pointers.insert(JSONKey(part.pointer))
                    plan.erased.append(part)
                case .alreadyErased:
                    plan.alreadyErased.append(part)
                case .refused(let reason):
                    guard leavingUnerasable, let by = authorised[part] else { throw .erasureRefused(part: part, reason: reason) }
                    plan.unerasable.append(UnerasablePart(part: part, authorisedBy: by, reason: reason))
                }
            }
            if !pointers.isEmpty, let location { lines.append((seq, location, pointers)) }
        }
        finish()
        if let deferred { throw deferred }
        return .plan(plan)
    }

    // issue 16/17: mend16
    // Keeps events/INVARIANTS.md rule 63: which named parts can never be erased, from the one check.
    /// The parts of `authorisations` (each part an `erasureAuthorised` event names, with the seq of
    /// the first such event: `VerificationReport.authorisations`) that can never be erased, by the
    /// storage's one check (`erasureCheck`), in part order. Reads the line of each seq named.
    public func unerasableParts(among authorisations: [ErasedPart: Int64]) throws(LedgerError) -> [UnerasablePart] {
        var events: [Int: StoredEvent?] = [:]
        var out: [UnerasablePart] = []
        for (part, by) in authorisations {
            if events[part.seq] == nil {
                events[part.seq] = part.seq >= 1 && Int64(part.seq) <= tail.seq ? .some(try event(seq: Int64(part.seq))) : .some(nil)
            }
            if case .refused(let reason) = Ledger.erasureCheck(of: part, in: events[part.seq]!, holding: tail.seq, authorisedBy: Int(by)) {
                out.append(UnerasablePart(part: part, authorisedBy: Int(by), reason: reason))
            }
        }
        return out.sorted()
    }

    /// What erasing one part would do: remove it, nothing (already erased), or be refused.
    enum ErasureCheck: Equatable {
        case erase
        case alreadyErased
        case refused(String)
    }

    // Keeps events/INVARIANTS.md rule 39: the one check of whether a part may be erased, for `erase` and for a mirror carrying an erasure.
    /// Whether `part` of `event` (its seq's event, as stored) may be erased when the first
    /// `erasureAuthorised` event naming it has seq `authorisedBy` (nil: none does): the line must
    /// be of format version 2, the part must not be an erasure decision's own `erases`, must be
    /// one of the event's parts, and must be named by an authorisation later in the log
    /// (events/FORMAT.md rule 11). A part already erased needs nothing.
    ///
    /// `event` is nil when the ledger, holding seqs 1 to `holding`, has no event with the part's
    /// seq. Every refusal but the last (no authorisation, or none later than the part) is for good
    /// whatever is appended later, and so is that one once an authorisation names the part: the
    /// first authorisation naming a part never changes (issue 16/17: mend16, `UnerasablePart`).
    static func erasureCheck(of part: ErasedPart, in event: StoredEvent?, holding: Int64, authorisedBy: Int?) -> ErasureCheck {
        guard let event else {
            return .refused("there is no event with seq \(part.seq) (the ledger holds 1 to \(holding))")
        }
        guard let salts = event.partSalts else {
            return .refused("seq \(part.seq) is a line of format version 1, which has no erasure")
        }
        if let p = EnvelopeRules.problem(erasedParts: [part.pointer], ofType: event.type) { return .refused(p) }
        if event.erasedPartDigests[JSONKey(part.pointer)] != nil { return .alreadyErased }
        guard salts[JSONKey(part.pointer)] != nil else {
            let names = salts.keys.sorted().map(\.string).joined(separator: ", ")
            return .refused("seq \(part.seq) has no part \(part.pointer) (its parts are \(names.isEmpty ? "none" : names))")
        }
        guard let by = authorisedBy, by > part.seq else {
            return .refused("no erasureAuthorised event later in the log names it: record the erasure decision first (events/FORMAT.md rule 11)")
        }
        return .erase
    }

    /// Runs the fault injection of a test at `step` (nothing outside tests).
    private func erasureStep(_ step: ErasureStep) throws(LedgerError) {
        if let erasureFault { try erasureFault(step) }
    }
}
