import CaseAudit
import CaseDemo
import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 18: delta18
/// A checkpoint saved as a base and a delta (INVARIANTS.md rule 60): read together they are
/// exactly the projection saved, for random ledgers and random points, brought up to date event by
/// event or at once; and a delta that is damaged, cut short, of another base or stale is refused.
@Suite("Oversight: a checkpoint saved as a delta beside its base")
struct DeltaCheckpointTests {
    /// The two files of a checkpoint, saved as the audit tool saves them (`OversightCheckpoint.saving`).
    struct Files {
        var base: [UInt8]
        var delta: [UInt8]?
        var wholeSaves = 0, deltaSaves = 0

        init(_ p: OversightProjection) { base = OversightCheckpoint.encode(p) }

        func read() throws -> (projection: OversightProjection, base: OversightCheckpoint.Base) {
            try OversightCheckpoint.decode(base: base, delta: delta)
        }

        mutating func save(_ p: OversightProjection, against read: OversightCheckpoint.Base?, reworked: [String]?) {
            switch OversightCheckpoint.saving(p, against: read, reworked: reworked) {
            case .whole(let parts):
                base = Array(parts.joined())
                delta = nil
                wholeSaves += 1
            case .delta(let parts):
                delta = Array(parts.joined())
                deltaSaves += 1
            }
        }

        /// One run from these files: the checkpoint read, brought up to date by `rebuild`, saved
        /// as the tool saves it (delta or whole), and read back.
        mutating func run(_ rebuild: OversightRebuild) throws -> (read: OversightProjection, update: CheckpointUpdate, back: OversightProjection) {
            let (read, base) = try self.read()
            let update = try rebuild.updating(checkpoint: read)
            save(update.projection, against: base, reworked: update.reworked)
            return (read, update, try self.read().projection)
        }
    }

    /// From a base at a random seq, brought up to date through random seqs (some one event at a
    /// time, some many, on two days), each time read back from base and delta: the projection
    /// saved, byte for byte, and the projection rebuilt from scratch; and at once from the base to
    /// the head, the same.
    @Test("base and deltas give the projection saved and the one from scratch, event by event and at once", arguments: [UInt64(11), 12, 13])
    func deltasEqualScratch(seed: UInt64) throws {
        var split = try OversightFixture.SeededSplit("delta-\(seed)", cases: 120, seed: seed)
        defer { split.dir.remove() }
        let start = split.startInFirstHalf()
        let (fx, head) = (split.fx, split.head)
        var random = split.random
        var files = Files(try fx.rebuild(through: start).fromScratch())
        var at = start
        var step = 0
        let days = [OversightFixture.asOf, CalendarDate("2026-11-20")!]
        while at < head {
            // The first steps one event each, then random lengths.
            at = min(head, at + (step < 12 ? 1 : 1 + Int64(random.next() % 200)))
            let day = days[Int(random.next() % 2)]
            let (_, update, back) = try files.run(fx.rebuild(through: at, asOf: day))
            #expect(update.discarded == nil)
            #expect(same(OversightCheckpoint.encode(back), OversightCheckpoint.encode(update.projection)), "seq \(at)")
            let scratch = try fx.rebuild(through: at, asOf: day).fromScratch()
            #expect(same(OversightCheckpoint.encode(back), OversightCheckpoint.encode(scratch)), "base and delta at seq \(at) (from \(start)), counted to \(day)")
            step += 1
        }
        #expect(files.deltaSaves > 0)
        // At once: from the first base straight to the head.
        var once = Files(try fx.rebuild(through: start).fromScratch())
        let back = try once.run(fx.rebuild()).back
        #expect(once.deltaSaves + once.wholeSaves == 1)
        let scratch = try fx.rebuild().fromScratch()
        #expect(same(OversightCheckpoint.encode(back), OversightCheckpoint.encode(scratch)))
        #expect(same(try fx.reports(back, on: OversightFixture.asOf), try fx.reports(scratch, on: OversightFixture.asOf)))
    }

    /// A base and a delta from ten events later, and the reads that must refuse them.
    static func pair(_ fx: OversightFixture) throws -> (files: Files, base: OversightCheckpoint.Base, first: OversightProjection, second: OversightProjection) {
        let head = fx.ledger.head.seq
        let at = head - 30
        let first = try fx.rebuild(through: at).fromScratch()
        var files = Files(first)
        let (read, base) = try files.read()
        let update = try fx.rebuild(through: head - 20).updating(checkpoint: read)
        files.save(update.projection, against: base, reworked: update.reworked)
        return (files, base, first, update.projection)
    }

    @Test("a delta cut short, changed anywhere, or followed by more bytes is refused, never half read")
    func damagedDeltaRefused() throws {
        let (fx, dir) = try OversightFixture.synthetic("delta-damaged", cases: 80, seed: 21)
        defer { dir.remove() }
        let (files, _, _, second) = try Self.pair(fx)
        let delta = try #require(files.delta)
        #expect(same(OversightCheckpoint.encode(try OversightCheckpoint.decode(base: files.base, delta: delta).projection), OversightCheckpoint.encode(second)))
        var random = SeededGenerator(seed: 21)
        var damaged: [[UInt8]] = [Array(delta.dropLast()), Array(delta.prefix(delta.count / 2)), [], delta + [0]]
        for _ in 0..<40 {
            var d = delta
            d[Int(random.next() % UInt64(d.count))] ^= UInt8(1 + random.next() % 255)
            damaged.append(d)
        }
        for d in damaged {
            #expect(throws: OversightCheckpoint.Unreadable.self) { try OversightCheckpoint.decode(base: files.base, delta: d) }
        }
        // The base alone (the delta lost) is the first projection: valid, only older.
        #expect(same(try OversightCheckpoint.decode(base: files.base, delta: nil).projection, try OversightCheckpoint.decode(files.base)))
    }

    @Test("a delta beside another base, another ledger's, a base written again since, or behind its base is refused")
    func foreignOrStaleDeltaRefused() throws {
        let (fx, dir) = try OversightFixture.synthetic("delta-foreign", cases: 80, seed: 31)
        defer { dir.remove() }
        let (other, otherDir) = try OversightFixture.synthetic("delta-other", cases: 80, seed: 32)
        defer { otherDir.remove() }
        let (files, base, first, second) = try Self.pair(fx)
        let (otherFiles, _, _, _) = try Self.pair(other)
        let delta = try #require(files.delta)
        func refused(base: [UInt8], delta: [UInt8]) -> Bool {
            do {
                _ = try OversightCheckpoint.decode(base: base, delta: delta)
                return false
            } catch {
                return error.reason.contains("delta")
            }
        }
        // Another ledger's delta beside this base, and this delta beside the other's base.
        #expect(refused(base: files.base, delta: try #require(otherFiles.delta)))
        #expect(refused(base: otherFiles.base, delta: delta))
        // The base written again since (a whole save at the delta's head) beside the old delta.
        #expect(refused(base: OversightCheckpoint.encode(second), delta: delta))
        // The base from another point of the same ledger.
        let elsewhere = try fx.rebuild(through: first.headSeq - 1).fromScratch()
        #expect(refused(base: OversightCheckpoint.encode(elsewhere), delta: delta))
        // A delta naming this base but reflecting a seq before it.
        let behind = try fx.rebuild(through: first.headSeq - 5).fromScratch()
        let stale = Array(OversightCheckpoint.encodedDeltaParts(behind, changed: Set(behind.cases.keys), base: base).joined())
        #expect(refused(base: files.base, delta: stale))
        // A base given as a delta, and a delta as a base.
        #expect(refused(base: files.base, delta: files.base))
        #expect(throws: OversightCheckpoint.Unreadable.self) { try OversightCheckpoint.decode(base: delta, delta: nil) }
    }

    @Test("cases the projection no longer holds are removed by the delta; a large delta is saved whole")
    func removedCasesAndCompaction() throws {
        let (fx, dir) = try OversightFixture.synthetic("delta-removed", cases: 60, seed: 41)
        defer { dir.remove() }
        let p = try fx.rebuild().fromScratch()
        let files = Files(p)
        let (_, base) = try files.read()
        let ids = p.cases.keys.sorted()
        var fewer = p
        fewer.cases[ids[0]] = nil
        fewer.cases[ids[1]]!.lastSeq += 1
        let delta = Array(OversightCheckpoint.encodedDeltaParts(fewer, changed: [ids[0], ids[1]], base: base).joined())
        let (back, read) = try OversightCheckpoint.decode(base: files.base, delta: delta)
        #expect(same(OversightCheckpoint.encode(back), OversightCheckpoint.encode(fewer)))
        #expect(read.changed == [ids[0], ids[1]])
        guard case .delta = OversightCheckpoint.saving(fewer, against: base, reworked: [ids[0], ids[1]]) else {
            Issue.record("two cases of sixty are saved as a delta")
            return
        }
        // Every case worked out again: more than a quarter of the base, so the whole checkpoint.
        guard case .whole(let parts) = OversightCheckpoint.saving(p, against: base, reworked: ids) else {
            Issue.record("every case changed is saved whole")
            return
        }
        #expect(same(Array(parts.joined()), files.base))
        // Nothing read to save a delta against: whole.
        guard case .whole = OversightCheckpoint.saving(p, against: nil, reworked: []) else {
            Issue.record("without a base read, saved whole")
            return
        }
        guard case .whole = OversightCheckpoint.saving(p, against: base, reworked: nil) else {
            Issue.record("a projection not brought up to date from the base is saved whole")
            return
        }
    }
}

/// Whether `a` and `b` are equal (a plain Boolean, so a failure does not print two whole projections).
private func same<T: Equatable>(_ a: T, _ b: T) -> Bool { a == b }
