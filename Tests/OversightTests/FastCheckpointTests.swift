import CaseAudit
import CaseDemo
import CaseLedger
import CaseLedgerTestSupport
import CaseService
import LedgerJSON
import LedgerStore
import Testing

// issue 18: fastload
/// A ledger opened from an oversight checkpoint (its head re-hashed, only the events after it
/// verified, every stream read matched against it) gives the same projection and reports as the
/// whole ledger verified and rebuilt from scratch, says exactly what it checked, and a ledger
/// changed under the checkpoint is caught, never trusted.
@Suite("Oversight: a report from a checkpoint without verifying the whole ledger")
struct FastCheckpointTests {
    /// The projection through `at`, saved as a run that verified the whole ledger saves it.
    static func saved(_ fx: OversightFixture, through at: Int64) throws -> OversightProjection {
        var p = try fx.rebuild(through: at).fromScratch()
        p.provenance = CheckpointProvenance(edge: try fx.ledger.ledger.merkleEdge(size: at), wholeVerifiedSeq: at, wholeVerifiedAt: .now())
        return try OversightCheckpoint.decode(OversightCheckpoint.encode(p))
    }

    static func anchored(_ path: String, _ checkpoint: OversightProjection) throws -> AuditLedger {
        try AuditLedger.open(at: path, checkpoint: checkpoint, provenance: #require(checkpoint.provenance), checkpointPath: "/outside/cp.bin")
    }

    @Test("from a checkpoint at a random seq, the same projection and reports as the whole ledger verified and rebuilt", arguments: [UInt64(1), 2])
    func fastPathEqualsFullPath(seed: UInt64) throws {
        var split = try OversightFixture.SeededSplit("fast-\(seed)", cases: 150, seed: seed)
        defer { split.dir.remove() }
        let (fx, dir, head) = (split.fx, split.dir, split.head)
        let scratch = try fx.rebuild().fromScratch()
        for at in split.splitPoints() {
            let checkpoint = try Self.saved(fx, through: at)
            let ledger = try Self.anchored(dir.path + "/l", checkpoint)
            let fast = try OversightFixture(ledger: ledger).rebuild().fromAnchoredCheckpoint()
            #expect(OversightCheckpoint.encode(fast) == OversightCheckpoint.encode(scratch), "checkpoint at seq \(at) of \(head)")
            for day in [OversightFixture.asOf, CalendarDate("2027-03-01")!] {
                #expect(try fx.reports(fast, on: day) == fx.reports(scratch, on: day))
            }
            // The statement says exactly what was checked, and the root is the whole verification's.
            let statement = try ledger.integrity()
            let anchor = try #require(statement.checkpointAnchor)
            #expect(anchor.headSeq == at && anchor.eventsSince == head - at)
            #expect(statement.merkleRoot == fx.ledger.verification?.root.hex)
            #expect(statement.eventsVerified == head - at)
            #expect(anchor.eventsMatched > 0 || at == head)
            let text = statement.lines.joined(separator: "\n")
            #expect(text.contains("Made from the oversight checkpoint /outside/cp.bin"))
            #expect(text.contains(at == head ? "nothing has been recorded since seq \(at)" : "seqs \(at + 1) to \(head)"))
            #expect(text.contains("--verify-whole"))
            #expect(!text.contains("Verification passed: all"), "never claims a whole verification it did not do")
        }
    }

    @Test("a checkpoint whose head the ledger no longer has is refused on opening")
    func changedHeadRefused() throws {
        let (fx, dir) = try OversightFixture.synthetic("fast-head", cases: 60, seed: 3)
        defer { dir.remove() }
        var checkpoint = try Self.saved(fx, through: fx.ledger.head.seq - 20)
        checkpoint.headHash = String(repeating: "0", count: 64)
        #expect(throws: CheckpointAnchorChanged.self) { try Self.anchored(dir.path + "/l", checkpoint) }
        checkpoint = try Self.saved(fx, through: fx.ledger.head.seq)
        checkpoint.headSeq += 5
        #expect(throws: CheckpointAnchorChanged.self) { try Self.anchored(dir.path + "/l", checkpoint) }
    }

    @Test("an earlier event of a case worked out again, replaced by a sound line of other content, is caught by the case's digest")
    func lineChangedUnderTheCheckpointCaught() throws {
        let dir = try TempDirectory("fast-forged")
        defer { dir.remove() }
        let path = dir.path + "/l"
        try SyntheticCaseload.write(to: path, cases: 80, seed: 4)
        let fx = try OversightFixture(path: path)
        let head = fx.ledger.head.seq
        let at = head - 40
        let checkpoint = try Self.saved(fx, through: at)
        // A case with events on both sides of the checkpoint: one of its earlier events, a batch of
        // its own after a batch that ends (so a copy of the ledger up to it can be appended to), is forged.
        let store = try fx.ledger.ledger
        var touched = Set<String>()
        try store.forEachEvent(from: at + 1) { e in if !Streams.isReserved(e.stream) { touched.insert(e.stream) } }
        var found: (caseId: String, event: StoredEvent)?
        for caseId in touched.sorted() where found == nil {
            for e in try store.events(inStream: caseId) where e.seq <= at && e.seq > 1 && e.endsBatch {
                if try store.event(seq: e.seq - 1).endsBatch {
                    found = (caseId, e)
                    break
                }
            }
        }
        let (caseId, original) = try #require(found)
        let forged = try Self.forgedLine(of: original, ledger: path, scratch: dir.path + "/scratch")
        #expect(forged.count == (try LedgerPrefix.line(seq: original.seq, in: path)).count, "same length: the index cache still fits")
        try LedgerPrefix.replace(seq: original.seq, in: path, with: forged, keepingIndex: true)

        let ledger = try Self.anchored(path, checkpoint)  // the head and the events after it are still sound
        #expect {
            _ = try OversightFixture(ledger: ledger).rebuild().fromAnchoredCheckpoint()
        } throws: { error in
            (error as? CheckpointAnchorChanged)?.reason.contains(caseId) == true
        }
        // The whole verification the caller then falls back to finds the broken link.
        #expect(throws: AuditError.self) { try AuditLedger.open(at: path) }
    }

    @Test("a case's digest in the checkpoint that does not match its events is caught")
    func digestMismatchCaught() throws {
        let (fx, dir) = try OversightFixture.synthetic("fast-digest", cases: 60, seed: 5)
        defer { dir.remove() }
        let head = fx.ledger.head.seq
        var checkpoint = try Self.saved(fx, through: head - 10)
        let last = try fx.ledger.ledger.event(seq: head)
        guard !Streams.isReserved(last.stream), checkpoint.cases[last.stream] != nil else {
            Issue.record("the last event is not of a case the checkpoint holds")
            return
        }
        checkpoint.cases[last.stream]?.eventsDigest = SHA256.hash([1, 2, 3])
        let ledger = try Self.anchored(dir.path + "/l", checkpoint)
        #expect(throws: CheckpointAnchorChanged.self) { try OversightFixture(ledger: ledger).rebuild().fromAnchoredCheckpoint() }
    }

    @Test("a version 2 checkpoint cut short or changed anywhere is refused by its checksum")
    func checksumRefusesDamage() throws {
        let (fx, dir) = try OversightFixture.synthetic("fast-sum", cases: 30, seed: 6)
        defer { dir.remove() }
        let bytes = OversightCheckpoint.encode(try Self.saved(fx, through: fx.ledger.head.seq))
        #expect(OversightCheckpoint.encode(try OversightCheckpoint.decode(bytes)) == bytes)
        for k in [9, bytes.count / 2, bytes.count - 1] {
            var changed = bytes
            changed[k] ^= 0x20
            #expect(throws: OversightCheckpoint.Unreadable.self) { try OversightCheckpoint.decode(changed) }
        }
        #expect(throws: OversightCheckpoint.Unreadable.self) { try OversightCheckpoint.decode(Array(bytes.dropLast(1))) }
    }

    // issue 18: fast18
    /// Strings are kept once each by their bytes: two names Swift compares equal because they are
    /// canonically equivalent (an accent composed, or a letter and a combining accent) are each
    /// read back as recorded. Failed before: the table was keyed by `String`, so the second name
    /// was written as the first's bytes and a report from the checkpoint showed other bytes than
    /// one from the ledger.
    @Test("canonically equivalent strings are each read back from a checkpoint byte for byte")
    func stringsAreKeptByTheirBytes() throws {
        let names = ["Ren\u{E9}e Smith", "Rene\u{301}e Smith", "A\u{30A}sa", "\u{C5}sa", "", "x"]
        var cases: [String: CaseOversight] = [:]
        for (n, name) in names.enumerated() {
            cases["C-\(n)"] = CaseOversight(
                caseId: "C-\(n)", lastSeq: Int64(n + 1), isOpen: true, customerName: name, stage: .contact, workerId: nil, deadlines: [], findings: [])
        }
        let basis = OversightBasis(asOf: CalendarDate("2026-11-01")!, inForceOn: nil, staffVersion: 0, configurationVersion: 0, deadlineConfigurationSeq: 0)
        let p = OversightProjection(headSeq: Int64(names.count), headHash: String(repeating: "ab", count: 32), basis: basis, cases: cases)
        let back = try OversightCheckpoint.decode(OversightCheckpoint.encode(p))
        for (n, name) in names.enumerated() {
            #expect(back.cases["C-\(n)"]?.customerName.map { Array($0.utf8) } == Array(name.utf8), "C-\(n)")
        }
        #expect(OversightCheckpoint.encode(back) == OversightCheckpoint.encode(p))
    }

    /// Event `original`'s line with one letter of a text in its payload changed, re-hashed and
    /// linked to the event before it: a sound line on its own, of the same length.
    static func forgedLine(of original: StoredEvent, ledger path: String, scratch: String) throws -> [UInt8] {
        #expect(try LedgerPrefix.copy(path, to: scratch, through: original.seq - 1) == original.seq - 1)
        var payload = try #require(original.payload?.objectValue)
        let key = try #require(payload.keys.sorted().first { payload[$0]?.stringValue?.isEmpty == false })
        let text = payload[key]!.stringValue!
        payload[key] = .string(String(text.dropLast()) + (text.last == "x" ? "y" : "x"))
        let store = try Ledger.open(at: scratch, mode: .readWrite)
        try store.append(
            [NewEvent(id: original.id, stream: original.stream, type: original.type, schema: original.schema, actor: original.actor, payload: .object(payload))],
            clock: { original.recordedAt })
        return try LedgerPrefix.line(seq: original.seq, in: scratch)
    }
}
