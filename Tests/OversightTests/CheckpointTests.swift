#if canImport(Glibc)
import Glibc
#endif
import CaseAudit
import CaseDemo
import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("Oversight projection: rebuild from a checkpoint equals rebuild from scratch")
struct CheckpointTests {
    /// A checkpoint saved at a random seq (after the last configuration, so it can be used),
    /// written and read back, then brought up to the head: byte for byte the projection rebuilt
    /// from scratch, and the same reports.
    @Test("from a checkpoint at a random seq, the same projection and reports as from scratch", arguments: [UInt64(1), 2, 3])
    func checkpointEqualsScratch(seed: UInt64) throws {
        var split = try OversightFixture.SeededSplit("cp-\(seed)", cases: 150, seed: seed)
        defer { split.dir.remove() }
        let (fx, head) = (split.fx, split.head)
        for at in split.splitPoints() {
            let saved = OversightCheckpoint.encode(try fx.rebuild(through: at).fromScratch())
            let checkpoint = try OversightCheckpoint.decode(saved)
            #expect(OversightCheckpoint.encode(checkpoint) == saved)
            let (updated, discarded) = try fx.rebuild().from(checkpoint: checkpoint)
            #expect(discarded == nil)
            let scratch = try fx.rebuild().fromScratch()
            #expect(OversightCheckpoint.encode(updated) == OversightCheckpoint.encode(scratch), "checkpoint at seq \(at) of \(head)")
            for day in [OversightFixture.asOf, CalendarDate("2027-03-01")!] {
                #expect(try fx.reports(updated, on: day) == fx.reports(scratch, on: day))
            }
        }
    }

    /// Findings count missing steps up to a day: a checkpoint counted to one day, brought up to
    /// the head and counted to another, equals a rebuild from scratch counted to that day.
    @Test("from a checkpoint counted to another day, the same as from scratch on the new day", arguments: [UInt64(5), 6])
    func checkpointOnAnotherDay(seed: UInt64) throws {
        let (fx, dir) = try OversightFixture.synthetic("day-\(seed)", cases: 120, seed: seed)
        defer { dir.remove() }
        let head = fx.ledger.head.seq
        let at = (try fx.lastConfigurationSeq + head) / 2
        let checkpoint = try OversightCheckpoint.decode(OversightCheckpoint.encode(try fx.rebuild(through: at).fromScratch()))
        for day in ["2026-07-01", "2026-11-01", "2026-11-02", "2027-02-14", "2027-06-30"].map({ CalendarDate($0)! }) {
            let (updated, discarded) = try fx.rebuild(asOf: day).from(checkpoint: checkpoint)
            #expect(discarded == nil)
            let scratch = try fx.rebuild(asOf: day).fromScratch()
            #expect(OversightCheckpoint.encode(updated) == OversightCheckpoint.encode(scratch), "counted to \(day)")
            #expect(try fx.reports(updated, on: day) == fx.reports(scratch, on: day))
        }
    }

    @Test("the projection gives the same reports as the commands' own folds over every case")
    func sameAsDirectReports() throws {
        let (fx, dir) = try OversightFixture.synthetic("direct", cases: 80, seed: 4)
        defer { dir.remove() }
        let projection = try fx.rebuild().fromScratch()
        let direct = ComplianceReport(histories: try fx.ledger.caseHistories(), asOf: OversightFixture.asOf, configuration: fx.configurationAt)
        #expect(try projection.compliance().findings == direct.findings)
        #expect(!direct.findings.isEmpty)
        var builder = CaseloadBuilder(
            on: OversightFixture.asOf, view: TimeView(), filter: CaseloadFilter(), staff: StaffRegister(try fx.ledger.staffEvents()),
            configuration: fx.deadlineConfiguration.configuration)
        for h in try fx.ledger.caseHistories() { builder.add(caseId: h.caseId, events: h.events) }
        let caseload = projection.caseload(
            on: OversightFixture.asOf, filter: CaseloadFilter(), staff: StaffRegister(try fx.ledger.staffEvents()),
            configuration: fx.deadlineConfiguration.configuration, configurationSource: "test")
        #expect(caseload == builder.build(configurationSource: "test"))
    }

    @Test("a checkpoint of another ledger, or whose hash was edited, is discarded, never trusted")
    func mismatchedCheckpointDiscarded() throws {
        let dir = try TempDirectory("mismatch")
        defer { dir.remove() }
        try SyntheticCaseload.write(to: dir.path + "/a", cases: 60, seed: 1)
        try SyntheticCaseload.write(to: dir.path + "/b", cases: 60, seed: 2)
        let a = try OversightFixture(path: dir.path + "/a"), b = try OversightFixture(path: dir.path + "/b")
        let fromA = try a.rebuild(through: min(a.ledger.head.seq, b.ledger.head.seq) - 5).fromScratch()
        let scratchB = try b.rebuild().fromScratch()

        let (other, why) = try b.rebuild().from(checkpoint: fromA)
        #expect(why?.contains("hash") == true)
        #expect(OversightCheckpoint.encode(other) == OversightCheckpoint.encode(scratchB))

        var edited = try b.rebuild(through: b.ledger.head.seq - 3).fromScratch()
        edited.headHash = String(repeating: "0", count: 64)
        edited.cases[SyntheticCaseload.caseId(0)]?.findings = []
        let (rebuilt, why2) = try b.rebuild().from(checkpoint: edited)
        #expect(why2?.contains("hash") == true)
        #expect(OversightCheckpoint.encode(rebuilt) == OversightCheckpoint.encode(scratchB))

        let ahead = try b.rebuild().fromScratch()
        var beyond = ahead
        beyond.headSeq += 10
        #expect(try b.rebuild().from(checkpoint: beyond).discarded != nil)

        let otherDay = try b.rebuild(asOf: CalendarDate("2026-10-01")!).fromScratch()
        let (rejudged, why3) = try b.rebuild().from(checkpoint: otherDay)
        #expect(why3 == nil)
        #expect(OversightCheckpoint.encode(rejudged) == OversightCheckpoint.encode(ahead))
        let otherYear = try b.rebuild(asOf: CalendarDate("2026-01-01")!).fromScratch()
        let (rebuilt2, why4) = try b.rebuild().from(checkpoint: otherYear)
        #expect(why4?.contains("another configuration") == true)
        #expect(OversightCheckpoint.encode(rebuilt2) == OversightCheckpoint.encode(ahead))

        #expect(throws: OversightCheckpoint.Unreadable.self) { try OversightCheckpoint.decode(Array("{\"format\":\"x\"}\n".utf8)) }
        var cut = OversightCheckpoint.encode(ahead)
        cut.removeLast(40)
        #expect(throws: OversightCheckpoint.Unreadable.self) { try OversightCheckpoint.decode(cut) }
    }

    @Test("progress is drawn only when standard error is a terminal")
    func progressQuietWhenNotATerminal() throws {
        var written: [String] = []
        let quiet = ProgressBar(label: "reading", isShown: false) { written.append($0) }
        quiet.start(total: 1000)
        quiet.update(500)
        quiet.finish()
        #expect(written.isEmpty)
        let shown = ProgressBar(label: "reading", isShown: true) { written.append($0) }
        shown.start(total: 1000)
        shown.update(500)
        shown.update(501)
        shown.finish()
        #expect(written.count == 3)
        #expect(written[1].contains("50%"))
        #expect(ProgressBar(label: "reading").isShown == (isatty(2) == 1))
    }
}
