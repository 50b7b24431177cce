import CaseLedger
import Dispatch
import LedgerStore
#if canImport(Glibc)
import Glibc
#endif

/// A checkpoint: an `OversightProjection` saved so a later run reads only the events after it.
///
/// issue 18: fastload. Version 2 is binary, made to be read in one read and decoded without
/// parsing JSON (version 1, JSON Lines, took longer to read than the rest of a run): the magic
/// `CLOVCP02`, then the strings it uses, each once (a table: every other string is an index into
/// it), then the header — `headSeq` and `headHash` (the ledger's last event it reflects), the
/// basis (`asOf`, `inForceOn`, `staffVersion`, `configurationVersion`,
/// `deadlineConfigurationSeq`, the staff register's and configuration stream's digests), the
/// provenance when the run that saved it verified what it says (the Merkle tree's right edge at
/// `headSeq`, the last whole verification's seq and time) — then one record per case, by case
/// reference, with its results and the digest of its events (never the events), and last the
/// SHA-256 of everything before it, so a file cut short or garbled is refused, never half read.
/// A case's record holds its caseload facts, its deadlines with their due dates (judged again on
/// the day asked), its findings, and `passedDue`/`aheadDue`, the due dates its findings' `asOf`
/// fell between (so a run counting to another day judges again only the cases whose findings
/// could change). Integers are little-endian; events/FORMAT.md, "Oversight checkpoint", has the layout.
public enum OversightCheckpoint {
    /// What the format is called in messages.
    public static let format = "caseledger-oversight-checkpoint"
    /// The format version this code writes and reads. issue 18: fold18. Version 3 adds a case's
    /// `findingsPending` flag; a version 2 checkpoint is refused (and rebuilt) like any unreadable one.
    public static let version: Int64 = 3
    /// The first 8 bytes of a version 3 checkpoint.
    static let magic = Array("CLOVCP03".utf8)

    /// A checkpoint that cannot be read, in words.
    public struct Unreadable: Error, Hashable, Sendable {
        /// What is wrong.
        public let reason: String
    }

    /// The checkpoint's bytes.
    public static func encode(_ p: OversightProjection) -> [UInt8] {
        Array(encodedParts(p).joined())
    }

    // issue 18: fast18
    /// The checkpoint's bytes in the parts it is made of (magic and string table, body, checksum),
    /// to be written one after another: a large checkpoint is not copied into one buffer first.
    public static func encodedParts(_ p: OversightProjection) -> [[UInt8]] {
        var w = CheckpointWriter(bodyBytes: bodySize(p))
        writeHeader(p, &w)
        w.int(Int64(p.cases.count))
        for id in p.cases.keys.sorted() { writeCase(p.cases[id]!, &w) }
        return w.finish(magic: magic)
    }

    /// `headSeq`, `headHash`, the basis and the provenance.
    private static func writeHeader(_ p: OversightProjection, _ w: inout CheckpointWriter) {
        let b = p.basis
        w.int(p.headSeq)
        w.digest(SHA256Digest(hex: p.headHash))
        w.date(b.asOf)
        w.date(b.inForceOn)
        w.int(b.staffVersion)
        w.int(b.configurationVersion)
        w.int(b.deadlineConfigurationSeq)
        w.string(b.staffDigest)
        w.string(b.configurationDigest)
        if let pv = p.provenance {
            w.byte(1)
            w.int(pv.edge.size)
            w.int(Int64(pv.edge.hashes.count))
            for h in pv.edge.hashes { w.digest(h) }
            w.int(pv.wholeVerifiedSeq)
            w.int(pv.wholeVerifiedAt.microsecondsSinceEpoch)
        } else {
            w.byte(0)
        }
    }

    /// One case's record.
    private static func writeCase(_ c: CaseOversight, _ w: inout CheckpointWriter) {
        w.string(c.caseId)
        w.int(c.lastSeq)
        w.byte(c.isOpen ? 1 : 0)
        w.byte(c.findingsPending ? 1 : 0)  // issue 18: fold18
        w.date(c.passedDue)
        w.date(c.aheadDue)
        w.string(c.customerName)
        w.string(c.stage.rawValue)
        w.string(c.workerId)
        w.digest(c.eventsDigest)
        w.int(Int64(c.deadlines.count))
        for d in c.deadlines {
            w.string(d.kind.rawValue)
            w.date(d.due)
            w.int(d.seq)
            w.string(d.eventId)
            w.string(d.subject)
            w.string(d.basis)
        }
        w.int(Int64(c.findings.count))
        for f in c.findings {
            w.string(f.rule.rawValue)
            w.int(Int64(f.refs.count))
            for r in f.refs { w.int(r) }
            w.int(Int64(f.eventIds.count))
            for e in f.eventIds { w.string(e) }
            w.date(f.date)
            w.string(f.sentence)
            w.int(f.status.correctedBy ?? -1)
        }
    }

    /// The size of `p`'s body at most (every string in it an index of 4 bytes): room made at once.
    private static func bodySize(_ p: OversightProjection) -> Int {
        var n = 8 + 33 + 8 * 5 + 4 * 2 + 1 + (p.provenance.map { 8 + 8 + 33 * $0.edge.hashes.count + 16 } ?? 0) + 8
        for c in p.cases.values {
            n += 4 + 8 + 1 + 1 + 8 + 8 + 4 + 4 + 4 + 33 + 8 + c.deadlines.count * 32 + 8
            for f in c.findings { n += 4 + 8 + 8 * f.refs.count + 8 + 4 * f.eventIds.count + 8 + 4 + 8 }
        }
        return n
    }

    /// Reads a checkpoint's bytes; throws `Unreadable` saying what is wrong.
    public static func decode(_ bytes: [UInt8]) throws(Unreadable) -> OversightProjection {
        try bytes.withUnsafeBytes { raw in Result { () throws(Unreadable) in try decode(raw) } }.get()
    }

    /// `decode(_:)` of bytes in place (issue 18: fold18: a checkpoint mapped, never copied into an array).
    static func decode(_ bytes: UnsafeRawBufferPointer) throws(Unreadable) -> OversightProjection {
        // issue 18: fold18. The checksum is worked out on another core while the records are read:
        // the same first fault (magic, then checksum, then the records), and nothing read is
        // returned unless the checksum matches.
        try CheckpointReader.checkMagic(bytes, magic)
        let shared = SharedBytes(bytes: bytes)
        let results = ChunkResults<Result<OversightProjection?, Unreadable>>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            if k == 0 {
                results.put(0, CheckpointReader.checksumMatches(shared.bytes) ? .success(nil) : .failure(CheckpointReader.checksumFault))
            } else {
                results.put(1, Result { () throws(Unreadable) in try decodeRecords(shared.bytes) })
            }
        }
        let (sum, read) = { (r: [Result<OversightProjection?, Unreadable>]) in (r[0], r[1]) }(results.take())
        if case .failure(let fault) = sum { throw fault }
        // The records' part always gives a projection or throws; the checksum's part never gives one.
        guard let p = try read.get() else { preconditionFailure("the records' part gave no projection") }
        return p
    }

    /// `decode(_:)`'s records, its magic checked and its checksum checked apart.
    private static func decodeRecords(_ bytes: UnsafeRawBufferPointer) throws(Unreadable) -> OversightProjection {
        var r = try CheckpointReader(bytes, magic: magic, checksum: false)
        var p = try readHeader(&r)
        let count = try r.count()
        p.cases.reserveCapacity(count)
        for n in 0..<count {
            guard let c = try oversight(&r) else { throw Unreadable(reason: "case record \(n + 1) is not a case's results") }
            p.cases[c.caseId] = c
        }
        guard r.atEnd else { throw Unreadable(reason: "bytes follow the last case's results") }
        return p
    }

    /// The header (`writeHeader`) as a projection with no cases yet.
    private static func readHeader(_ r: inout CheckpointReader) throws(Unreadable) -> OversightProjection {
        let seq = try r.int()
        let hash = try r.digest()?.hex ?? ""
        guard let asOf = try r.date() else { throw Unreadable(reason: "the header has no asOf date") }
        let inForceOn = try r.date()
        let staff = try r.int(), config = try r.int(), deadlineSeq = try r.int()
        let staffDigest = try r.string() ?? "", configurationDigest = try r.string() ?? ""
        var provenance: CheckpointProvenance?
        if try r.byte() == 1 {
            let size = try r.int()
            let count = try r.int()
            guard count >= 0, count <= 64 else { throw Unreadable(reason: "the Merkle tree edge is malformed") }
            var hashes: [SHA256Digest] = []
            for _ in 0..<count {
                guard let h = try r.digest() else { throw Unreadable(reason: "the Merkle tree edge is malformed") }
                hashes.append(h)
            }
            guard let edge = MerkleCompactRange(size: size, hashes: hashes) else { throw Unreadable(reason: "the Merkle tree edge does not fit its size") }
            provenance = CheckpointProvenance(
                edge: edge, wholeVerifiedSeq: try r.int(), wholeVerifiedAt: Timestamp(microsecondsSinceEpoch: try r.int()))
        }
        let basis = OversightBasis(
            asOf: asOf, inForceOn: inForceOn, staffVersion: staff, configurationVersion: config, deadlineConfigurationSeq: deadlineSeq,
            staffDigest: staffDigest, configurationDigest: configurationDigest)
        var p = OversightProjection(headSeq: seq, headHash: hash, basis: basis, cases: [:])
        p.provenance = provenance
        return p
    }

    private static func oversight(_ r: inout CheckpointReader) throws(Unreadable) -> CaseOversight? {
        guard let id = try r.string() else { return nil }
        let last = try r.int()
        let open = try r.byte() == 1
        // issue 18: fold18. Keeps events/INVARIANTS.md rule 64: pending findings are none yet; a record saying otherwise is not one this code writes.
        let flag = try r.byte()
        guard flag <= 1 else { return nil }
        let pending = flag == 1
        let passedDue = try r.date(), aheadDue = try r.date()
        let customerName = try r.string()
        guard let stage = try r.stage() else { return nil }
        let workerId = try r.string()
        let eventsDigest = try r.digest()
        var deadlines: [Deadline] = []
        let nd = try r.count()
        deadlines.reserveCapacity(nd)
        for _ in 0..<nd {
            guard let kind = try r.kind(), let due = try r.date() else { return nil }
            let seq = try r.int()
            guard let eventId = try r.string(), let subject = try r.string(), let basis = try r.string() else { return nil }
            deadlines.append(Deadline(kind: kind, due: due, status: .dueToday, seq: seq, eventId: eventId, subject: subject, basis: basis))
        }
        var findings: [Finding] = []
        let nf = try r.count()
        findings.reserveCapacity(nf)
        for _ in 0..<nf {
            guard let rule = try r.rule() else { return nil }
            var refs: [Int64] = []
            for _ in 0..<(try r.count()) { refs.append(try r.int()) }
            var ids: [String] = []
            for _ in 0..<(try r.count()) {
                guard let e = try r.string() else { return nil }
                ids.append(e)
            }
            guard let date = try r.date(), let sentence = try r.string() else { return nil }
            var finding = Finding(caseId: id, rule: rule, refs: refs, eventIds: ids, date: date, sentence: sentence)
            let by = try r.int()
            if by >= 0 { finding.status = .corrected(by: by) }
            findings.append(finding)
        }
        var c = CaseOversight(
            caseId: id, lastSeq: last, isOpen: open, customerName: customerName, stage: stage, workerId: workerId, deadlines: deadlines,
            findings: findings, passedDue: passedDue, aheadDue: aheadDue)
        c.eventsDigest = eventsDigest
        guard !pending || (findings.isEmpty && passedDue == nil && aheadDue == nil) else { return nil }
        c.findingsPending = pending
        return c
    }
}

// issue 18: delta18
// Keeps events/INVARIANTS.md rule 60: a checkpoint's delta is bound to the base it was saved against.
/// A checkpoint saved as a delta: the file beside the checkpoint (`deltaPath(of:)`) that holds only
/// what changed since the checkpoint file itself (the base) was written, so a run that works out a
/// few thousand cases again writes those, not every case.
///
/// The delta is cumulative: it holds the header of the projection it was saved from (`headSeq`,
/// `headHash`, basis, provenance) and the record of every case that may differ from the base's
/// (those worked out again since the base was written), in full, and the references of cases the
/// base has and the projection no longer does. It names the base by the base's own checksum (its
/// last 32 bytes), so a delta read beside any other file — another checkpoint, a base written
/// again since — is refused, never merged. Each save replaces the delta atomically (a temporary
/// file renamed over it); the base is written again whole (`shouldCompact`) when the delta would
/// be more than a quarter of the base's size, and the delta is then removed first, so a crash
/// between the two leaves the old base alone, itself a valid checkpoint.
extension OversightCheckpoint {
    /// The first 8 bytes of a delta.
    static let deltaMagic = Array("CLOVCD03".utf8)

    /// The path of the delta of the checkpoint at `path`.
    public static func deltaPath(of path: String) -> String { path + ".delta" }

    /// What a projection read from a checkpoint rests on: the base file, and the cases its delta
    /// (if any) holds. What the next save needs to write a delta against the same base.
    public struct Base: Hashable, Sendable {
        /// The base's checksum: its last 32 bytes, the SHA-256 of the rest.
        public let checksum: [UInt8]
        /// The base's size in bytes.
        public let size: Int
        /// The base's `headSeq`.
        public let headSeq: Int64
        /// The references of the cases the delta read held or removed (none without a delta).
        public let changed: Set<String>

        /// A base (`checksum`, `size` and `headSeq` of the base file; `changed`, the cases its delta holds).
        public init(checksum: [UInt8], size: Int, headSeq: Int64, changed: Set<String>) {
            self.checksum = checksum
            self.size = size
            self.headSeq = headSeq
            self.changed = changed
        }
    }

    /// A checkpoint read from its base and, when there is one, its delta: the projection and what
    /// it rests on. Throws `Unreadable` when either cannot be read, or the delta is not one of
    /// this base (the reason names which).
    public static func decode(base bytes: [UInt8], delta: [UInt8]?) throws(Unreadable) -> (projection: OversightProjection, base: Base) {
        try bytes.withUnsafeBytes { base in
            guard let delta else { return Result { () throws(Unreadable) in try decode(base: base, delta: nil) } }
            return delta.withUnsafeBytes { delta in Result { () throws(Unreadable) in try decode(base: base, delta: delta) } }
        }.get()
    }

    // issue 18: fold18
    /// `decode(base:delta:)` of bytes in place: a checkpoint and its delta mapped from their files
    /// (`FileAccess.Mapped`), never copied into arrays. The bytes are read only during the call.
    public static func decode(
        base bytes: UnsafeRawBufferPointer, delta: UnsafeRawBufferPointer?
    ) throws(Unreadable) -> (projection: OversightProjection, base: Base) {
        var p = try decode(bytes)
        let checksum = Array(bytes[(bytes.count - 32)...])
        let baseSeq = p.headSeq
        guard let delta else { return (p, Base(checksum: checksum, size: bytes.count, headSeq: baseSeq, changed: [])) }
        var changed = Set<String>()
        do throws(Unreadable) {
            var r = try CheckpointReader(delta, magic: deltaMagic)
            guard let bound = try r.digest(), bound.bytes.elementsEqual(checksum), try r.int() == baseSeq else {
                throw Unreadable(reason: "it was saved against another checkpoint than the one beside it")
            }
            var header = try readHeader(&r)
            guard header.headSeq >= baseSeq else {
                throw Unreadable(reason: "it reflects seq \(header.headSeq), before its checkpoint's seq \(baseSeq)")
            }
            var last: String?
            let count = try r.count()
            for n in 0..<count {
                guard let c = try oversight(&r) else { throw Unreadable(reason: "case record \(n + 1) is not a case's results") }
                // By case reference, each once (as the base): a delta never says two things of one case.
                guard last.map({ $0.utf8.lexicographicallyPrecedes(c.caseId.utf8) }) ?? true else {
                    throw Unreadable(reason: "its case records are not in order")
                }
                last = c.caseId
                changed.insert(c.caseId)
                p.cases[c.caseId] = c
            }
            let removed = try r.count()
            for _ in 0..<removed {
                guard let id = try r.string(), changed.insert(id).inserted else { throw Unreadable(reason: "a removed case is malformed or also kept") }
                p.cases[id] = nil
            }
            guard r.atEnd else { throw Unreadable(reason: "bytes follow the removed cases") }
            swap(&header.cases, &p.cases)  // the cases moved, never copied
            p = header
        } catch {
            throw Unreadable(reason: "its delta is unreadable: \(error.reason)")
        }
        return (p, Base(checksum: checksum, size: bytes.count, headSeq: baseSeq, changed: changed))
    }

    /// The delta of `p` against `base`: `p`'s header, the record `p` holds of every case in
    /// `changed` (in `base.changed` or worked out again since), and the references of those `p`
    /// no longer holds. Every case not in `changed` must be in `p` as the base holds it.
    public static func encodedDeltaParts(_ p: OversightProjection, changed: Set<String>, base: Base) -> [[UInt8]] {
        let ids = changed.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let kept = ids.filter { p.cases[$0] != nil }
        var w = CheckpointWriter(bodyBytes: 1 << 16)
        w.digest(SHA256Digest(bytes: base.checksum))
        w.int(base.headSeq)
        writeHeader(p, &w)
        w.int(Int64(kept.count))
        for id in kept { writeCase(p.cases[id]!, &w) }
        let removed = ids.filter { p.cases[$0] == nil }
        w.int(Int64(removed.count))
        for id in removed { w.string(id) }
        return w.finish(magic: deltaMagic)
    }

    /// What saving `p` writes: a delta against `base` when `p` was brought up to date from the
    /// checkpoint read from it (`reworked`: the cases worked out again since it was read) and the
    /// delta is small enough (`shouldCompact`), otherwise the whole checkpoint.
    public static func saving(_ p: OversightProjection, against base: Base?, reworked: [String]?) -> Saving {
        if let base, let reworked {
            let parts = encodedDeltaParts(p, changed: base.changed.union(reworked), base: base)
            if !shouldCompact(deltaBytes: parts.reduce(0) { $0 + $1.count }, base: base) { return .delta(parts) }
        }
        return .whole(encodedParts(p))
    }

    /// A checkpoint to be written (`saving(_:against:reworked:)`), in parts.
    public enum Saving: Sendable {
        /// The whole checkpoint, for the checkpoint's path (its delta removed first).
        case whole([[UInt8]])
        /// A delta, for `deltaPath(of:)`.
        case delta([[UInt8]])
    }

    /// Whether a delta of `deltaBytes` should instead be saved as a whole checkpoint (and the delta
    /// removed): when it is more than a quarter of its base's size. So reading a checkpoint never
    /// reads more than 1.25 times a whole one, a delta never costs more than a quarter of a whole
    /// save, and the base is written again at most once per a quarter of its size in deltas — a
    /// rule of the checkpoint's own sizes, whatever the number of events between runs.
    public static func shouldCompact(deltaBytes: Int, base: Base) -> Bool { deltaBytes * 4 > base.size }
}

/// Writes a version 2 checkpoint: values into a body, each string once into a table (strings in
/// the body are indexes into it, or `0xFFFFFFFF` for none).
private struct CheckpointWriter {
    private var body: [UInt8] = []
    private var table = CheckpointStringTable()

    init(bodyBytes: Int = 1 << 20) { body.reserveCapacity(bodyBytes) }

    mutating func byte(_ b: UInt8) { body.append(b) }

    mutating func int(_ v: Int64) {
        withUnsafeBytes(of: v.littleEndian) { body.append(contentsOf: $0) }
    }

    mutating func u32(_ v: UInt32) {
        withUnsafeBytes(of: v.littleEndian) { body.append(contentsOf: $0) }
    }

    mutating func string(_ s: String?) {
        guard let s else { return u32(.max) }
        u32(table.index(of: s))
    }

    /// A date as its day number (`Int64.min` for none).
    mutating func date(_ d: CalendarDate?) { int(d?.daysSinceEpoch ?? .min) }

    mutating func digest(_ d: SHA256Digest?) {
        guard let d else { return byte(0) }
        byte(1)
        body.append(contentsOf: d.bytes)
    }

    /// `magic` and table, body, and the SHA-256 of them both.
    func finish(magic: [UInt8]) -> [[UInt8]] {
        var head = CheckpointWriter(bodyBytes: 8 + 8 + table.count * 4 + table.utf8.count)
        head.body = magic
        head.int(Int64(table.count))
        for k in 0..<table.count {
            let range = table.range(k)
            head.u32(UInt32(range.count))
            head.body.append(contentsOf: table.utf8[range])
        }
        var sum = SHA256()
        sum.update(head.body)
        sum.update(body)
        return [head.body, body, sum.finalize().bytes]
    }
}

// issue 18: fast18
/// The checkpoint's string table as it is written: each distinct string once, found by its UTF-8
/// bytes (an open-addressing table over one buffer, hashed a word at a time). Keyed by bytes, not
/// by `String` equality: two strings Swift compares equal because they are canonically equivalent
/// ("é" composed and "e" with a combining accent) are different bytes, and each is read back as
/// it was recorded.
struct CheckpointStringTable {
    /// Every string's UTF-8, one after another.
    private(set) var utf8: [UInt8] = []
    /// Where string k starts in `utf8` (and, at k + 1, where it ends).
    private var starts: [Int] = [0]
    /// Per slot: 0 for empty, else the string's index + 1 and 32 bits of its hash.
    private var slots: [UInt64] = Array(repeating: 0, count: 1 << 16)

    /// The number of distinct strings.
    var count: Int { starts.count - 1 }

    /// Where string `k`'s bytes are in `utf8`.
    func range(_ k: Int) -> Range<Int> { starts[k]..<starts[k + 1] }

    /// The index of `s`, added when it is new.
    mutating func index(of s: String) -> UInt32 {
        var s = s
        return s.withUTF8 { index(of: $0) }
    }

    private mutating func index(of bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = Self.hash(bytes)
        let tag = h >> 32
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != 0 {
            let slot = slots[i]
            if slot >> 32 == tag {
                let k = Int(slot & 0xFFFF_FFFF) - 1
                let start = starts[k], end = starts[k + 1]
                if end - start == bytes.count && utf8.withUnsafeBufferPointer({ Self.equal($0, at: start, bytes) }) {
                    return UInt32(k)
                }
            }
            i = (i + 1) & mask
        }
        let k = count
        utf8.append(contentsOf: bytes)
        starts.append(utf8.count)
        slots[i] = tag << 32 | UInt64(k + 1)
        if count * 2 > slots.count { grow() }
        return UInt32(k)
    }

    /// issue 18: fast18b. Whether the `bytes.count` bytes of `stored` from `start` (there are as
    /// many) are `bytes`: one `memcmp`.
    private static func equal(_ stored: UnsafeBufferPointer<UInt8>, at start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 0 else { return true }
        guard let base = bytes.baseAddress, let all = stored.baseAddress else { return false }
        return memcmp(all + start, base, bytes.count) == 0
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        utf8.withUnsafeBufferPointer { all in
            for k in 0..<count {
                let h = Self.hash(UnsafeBufferPointer(rebasing: all[starts[k]..<starts[k + 1]]))
                var i = Int(truncatingIfNeeded: h) & mask
                while bigger[i] != 0 { i = (i + 1) & mask }
                bigger[i] = (h >> 32) << 32 | UInt64(k + 1)
            }
        }
        slots = bigger
    }

    /// A 64-bit hash of `bytes`, eight at a time (not for adversaries: a collision only costs a comparison).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var at = 0
        while at + 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            at += 8
        }
        var last: UInt64 = 0
        var shift: UInt64 = 0
        while at < bytes.count {
            last |= UInt64(bytes[at]) << shift
            shift += 8
            at += 1
        }
        h = (h ^ last) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 29
        return h
    }
}

/// issue 18: fold18. Bytes read on two threads at once (`OversightCheckpoint.decode(_:)`): valid
/// for the whole call that shares them, never written.
private struct SharedBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
}

/// Reads a version 3 checkpoint: checks the magic and the trailing SHA-256 first, then reads the
/// string table; every read is bounds-checked and throws `Unreadable` past the end.
private struct CheckpointReader {
    private let bytes: UnsafeRawBufferPointer
    private var at = 0
    private let end: Int
    private var strings: [String] = []

    /// A reader of `bytes`, which must stay valid while it is used: the magic checked, then
    /// (unless the caller checks it apart, issue 18: fold18) the checksum, then the string table read.
    init(_ bytes: UnsafeRawBufferPointer, magic: [UInt8], checksum: Bool = true) throws(OversightCheckpoint.Unreadable) {
        typealias U = OversightCheckpoint.Unreadable
        try Self.checkMagic(bytes, magic)
        self.bytes = bytes
        end = bytes.count - 32
        guard !checksum || Self.checksumMatches(bytes) else { throw Self.checksumFault }
        at = 8
        let n = try count()
        strings.reserveCapacity(n)
        for _ in 0..<n {
            let length = Int(try u32())
            guard length <= end - at else { throw U(reason: "the string table runs past the end") }
            strings.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<at + length]), as: UTF8.self))
            at += length
        }
    }

    /// Throws when `bytes` do not begin with `magic` (or are too short to be a checkpoint), saying what they are.
    static func checkMagic(_ bytes: UnsafeRawBufferPointer, _ magic: [UInt8]) throws(OversightCheckpoint.Unreadable) {
        typealias U = OversightCheckpoint.Unreadable
        guard bytes.count >= 8 + 8 + 32, bytes[0..<8].elementsEqual(magic) else {
            if bytes.starts(with: Array("{".utf8)) { throw U(reason: "format version 1 (JSON Lines), this tool reads version 3") }
            // issue 18: fold18. A version 2 file (base or delta) is read by no code now: rebuilt, and saved as version 3.
            if bytes.count >= 8, bytes[0..<6].elementsEqual(magic[0..<6]), bytes[6..<8].elementsEqual("02".utf8) {
                throw U(reason: "format version 2, this tool reads version 3")
            }
            throw U(reason: "not a caseledger oversight checkpoint")
        }
    }

    /// Whether the last 32 bytes of `bytes` (at least that long) are the SHA-256 of the rest.
    static func checksumMatches(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let end = bytes.count - 32
        return SHA256.hash(UnsafeRawBufferPointer(rebasing: bytes[0..<end])).bytes.elementsEqual(bytes[end...])
    }

    /// What a checksum that does not match says.
    static let checksumFault = OversightCheckpoint.Unreadable(reason: "its checksum does not match: the file is cut short or was changed")

    var atEnd: Bool { at == end }

    private mutating func take(_ n: Int) throws(OversightCheckpoint.Unreadable) -> Int {
        guard n <= end - at else { throw OversightCheckpoint.Unreadable(reason: "the file is cut short") }
        defer { at += n }
        return at
    }

    mutating func byte() throws(OversightCheckpoint.Unreadable) -> UInt8 { bytes[try take(1)] }

    mutating func int() throws(OversightCheckpoint.Unreadable) -> Int64 {
        let i = try take(8)
        return Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: Int64.self))
    }

    mutating func u32() throws(OversightCheckpoint.Unreadable) -> UInt32 {
        let i = try take(4)
        return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt32.self))
    }

    /// A count: not negative, and not more than the bytes left could hold.
    mutating func count() throws(OversightCheckpoint.Unreadable) -> Int {
        let n = try int()
        guard n >= 0, n <= Int64(end - at) else { throw OversightCheckpoint.Unreadable(reason: "a count of \(n) does not fit the file") }
        return Int(n)
    }

    mutating func string() throws(OversightCheckpoint.Unreadable) -> String? {
        try stringIndex().map { strings[$0] }
    }

    /// The index in the table of the next string, or nil for none.
    private mutating func stringIndex() throws(OversightCheckpoint.Unreadable) -> Int? {
        let k = try u32()
        if k == .max { return nil }
        guard Int(k) < strings.count else { throw OversightCheckpoint.Unreadable(reason: "a string index is out of range") }
        return Int(k)
    }

    // issue 18: fold18
    /// Stages, deadline kinds and rules by string index: each string in the table is matched
    /// against an enumeration's words once, not once per record naming it.
    private var stages = Words<Stage>(), kinds = Words<DeadlineKind>(), rules = Words<ComplianceRule>()

    /// The next string as a stage (nil for none, or a string that is not one).
    mutating func stage() throws(OversightCheckpoint.Unreadable) -> Stage? {
        guard let k = try stringIndex() else { return nil }
        let table = strings
        return stages.value(at: k, of: table)
    }

    /// The next string as a deadline kind (nil for none, or a string that is not one).
    mutating func kind() throws(OversightCheckpoint.Unreadable) -> DeadlineKind? {
        guard let k = try stringIndex() else { return nil }
        let table = strings
        return kinds.value(at: k, of: table)
    }

    /// The next string as a compliance rule (nil for none, or a string that is not one).
    mutating func rule() throws(OversightCheckpoint.Unreadable) -> ComplianceRule? {
        guard let k = try stringIndex() else { return nil }
        let table = strings
        return rules.value(at: k, of: table)
    }

    /// The values of one enumeration named by the table's strings, each matched on first use
    /// (by `init(rawValue:)`, so every value, listed in `allCases` or not).
    struct Words<T: RawRepresentable> where T.RawValue == String {
        private var values: [T?] = []
        private var matched: [Bool] = []

        mutating func value(at k: Int, of strings: [String]) -> T? {
            if matched.isEmpty {
                values = Array(repeating: nil, count: strings.count)
                matched = Array(repeating: false, count: strings.count)
            }
            if !matched[k] {
                values[k] = T(rawValue: strings[k])
                matched[k] = true
            }
            return values[k]
        }
    }

    mutating func date() throws(OversightCheckpoint.Unreadable) -> CalendarDate? {
        let d = try int()
        return d == .min ? nil : CalendarDate(daysSinceEpoch: d)
    }

    mutating func digest() throws(OversightCheckpoint.Unreadable) -> SHA256Digest? {
        guard try byte() == 1 else { return nil }
        let i = try take(32)
        return SHA256Digest(bytes: bytes[i..<i + 32])
    }
}
