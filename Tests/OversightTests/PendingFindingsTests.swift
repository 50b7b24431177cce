import CaseAudit
import CaseDemo
import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 18: fold18
/// A `caseload` run from a checkpoint works out only the caseload facts of the cases it works out
/// again and leaves their findings pending (checkpoint format version 3, INVARIANTS.md rule 64);
/// the next run that needs findings works those cases out again whole. Whatever order caseload
/// and compliance runs come in, from whatever points, on whatever days, through base and delta:
/// every report, in every format, is byte for byte the report of a rebuild from scratch.
@Suite("Oversight: findings left pending by caseload runs, worked out by the next compliance run")
struct PendingFindingsTests {
    /// Every report of `projection` in every format: the caseload always, compliance when its findings are all worked out.
    static func reports(_ fx: OversightFixture, _ projection: OversightProjection, on day: CalendarDate, compliance: Bool) throws -> [String] {
        let staff = StaffRegister(try fx.ledger.staffEvents())
        let caseload = projection.caseload(
            on: day, filter: CaseloadFilter(), staff: staff, configuration: fx.deadlineConfiguration.configuration, configurationSource: "test")
        let integrity = try fx.ledger.integrity()
        var out = ReportFormat.allCases.map { caseload.render(RenderOptions(format: $0), integrity: integrity) }
        if compliance {
            let report = try projection.compliance()
            out += ReportFormat.allCases.map { report.render(RenderOptions(format: $0), integrity: integrity) }
        }
        return out
    }

    /// A case's caseload facts (all a caseload reads of it).
    static func facts(_ c: CaseOversight) -> [String] {
        [c.caseId, "\(c.lastSeq)", "\(c.isOpen)", c.customerName ?? "-", c.stage.rawValue, c.workerId ?? "-", c.eventsDigest?.hex ?? "-"]
            + c.deadlines.map { "\($0.kind.rawValue) \($0.due) \($0.seq) \($0.eventId) \($0.subject) \($0.basis)" }
    }

    /// From a base at a random seq, through random seqs (one event at a time at first, then many),
    /// each step a caseload run or a compliance run chosen at random, on one of two days, each
    /// saved as the tool saves it (delta or whole) and read back: a caseload run's projection has
    /// the caseload of a rebuild from scratch (every format) and each case's caseload facts, its
    /// findings pending where it was worked out again; a compliance run's projection is byte for
    /// byte the one from scratch, with every report in every format the same.
    @Test("caseload and compliance runs in any order give the reports of a rebuild from scratch", arguments: [UInt64(41), 42, 43])
    func runsInAnyOrderEqualScratch(seed: UInt64) throws {
        var split = try OversightFixture.SeededSplit("pending-\(seed)", cases: 120, seed: seed)
        defer { split.dir.remove() }
        let start = split.startInFirstHalf()
        let (fx, head) = (split.fx, split.head)
        var random = split.random
        var files = DeltaCheckpointTests.Files(try fx.rebuild(through: start).fromScratch())
        var at = start
        var step = 0
        var pendingSeen = 0, pendingWorkedOut = 0
        let days = [OversightFixture.asOf, CalendarDate("2026-11-20")!]
        while at < head || step < 4 {
            at = min(head, at + (step < 10 ? 1 : 1 + Int64(random.next() % 150)))
            let day = days[Int(random.next() % 2)]
            let caseloadRun = random.next() % 3 != 0
            var rebuild = fx.rebuild(through: at, asOf: day)
            rebuild.findingsNeeded = !caseloadRun
            let (read, update, back) = try files.run(rebuild)
            let pendingBefore = read.cases.values.filter(\.findingsPending).count
            #expect(update.discarded == nil)
            #expect(OversightCheckpoint.encode(back) == OversightCheckpoint.encode(update.projection), "read back at seq \(at)")
            let scratch = try fx.rebuild(through: at, asOf: day).fromScratch()
            if caseloadRun {
                #expect(try Self.reports(fx, back, on: day, compliance: false) == Self.reports(fx, scratch, on: day, compliance: false), "caseload at seq \(at)")
                #expect(Set(back.cases.keys) == Set(scratch.cases.keys))
                for (id, c) in back.cases {
                    let s = try #require(scratch.cases[id])
                    #expect(Self.facts(c) == Self.facts(s), "case \(id) at seq \(at)")
                    if c.findingsPending {
                        #expect(c.findings.isEmpty && c.passedDue == nil && c.aheadDue == nil)
                    } else {
                        #expect(c.findings == s.findings && c.passedDue == s.passedDue && c.aheadDue == s.aheadDue, "case \(id) at seq \(at): findings kept are those from scratch")
                    }
                }
                pendingSeen += back.cases.values.filter(\.findingsPending).count
            } else {
                #expect(!back.cases.values.contains { $0.findingsPending })
                #expect(OversightCheckpoint.encode(back) == OversightCheckpoint.encode(scratch), "compliance at seq \(at) (from \(start)), counted to \(day)")
                #expect(try Self.reports(fx, back, on: day, compliance: true) == Self.reports(fx, scratch, on: day, compliance: true))
                pendingWorkedOut += pendingBefore
            }
            step += 1
        }
        #expect(pendingSeen > 0 && pendingWorkedOut > 0, "the walk left findings pending and worked them out again")
        // At once: a caseload run from the first base to the head, then a compliance run with no new events.
        var once = DeltaCheckpointTests.Files(try fx.rebuild(through: start).fromScratch())
        var caseload = fx.rebuild()
        caseload.findingsNeeded = false
        let afterCaseload = try once.run(caseload).back
        let scratch = try fx.rebuild().fromScratch()
        #expect(try Self.reports(fx, afterCaseload, on: OversightFixture.asOf, compliance: false)
            == Self.reports(fx, scratch, on: OversightFixture.asOf, compliance: false))
        let (again, second, afterCompliance) = try once.run(fx.rebuild())
        #expect(again.cases.values.contains { $0.findingsPending })
        #expect(Set(second.reworked ?? []) == Set(again.cases.filter { $0.value.findingsPending }.map(\.key)), "no new events: only the pending cases worked out")
        #expect(OversightCheckpoint.encode(afterCompliance) == OversightCheckpoint.encode(scratch))
        #expect(try Self.reports(fx, afterCompliance, on: OversightFixture.asOf, compliance: true)
            == Self.reports(fx, scratch, on: OversightFixture.asOf, compliance: true))
    }

    /// The flag is part of the record the checksum covers, and a record holding findings, or the
    /// due dates they compared, while saying they are pending is not one this code writes: refused.
    @Test("a checkpoint holding pending findings is refused when changed, and a pending record holding findings is refused")
    func pendingRecordsAreChecked() throws {
        let (fx, dir) = try OversightFixture.synthetic("pending-damaged", cases: 60, seed: 44)
        defer { dir.remove() }
        let head = fx.ledger.head.seq
        var caseload = fx.rebuild()
        caseload.findingsNeeded = false
        let update = try caseload.updating(checkpoint: try fx.rebuild(through: head - 40).fromScratch())
        let saved = OversightCheckpoint.encode(update.projection)
        let pending = update.projection.cases.values.filter(\.findingsPending)
        #expect(!pending.isEmpty)
        #expect(OversightCheckpoint.encode(try OversightCheckpoint.decode(saved)) == saved)
        var random = SeededGenerator(seed: 44)
        for _ in 0..<40 {
            var d = saved
            d[Int(random.next() % UInt64(d.count))] ^= UInt8(1 + random.next() % 255)
            #expect(throws: OversightCheckpoint.Unreadable.self) { try OversightCheckpoint.decode(d) }
        }
        let scratch = try fx.rebuild().fromScratch()
        let withFindings = try #require(scratch.cases.values.first { !$0.findings.isEmpty })
        for forged in [
            { (c: inout CaseOversight) in c.findings = withFindings.findings },
            { (c: inout CaseOversight) in c.passedDue = OversightFixture.asOf },
            { (c: inout CaseOversight) in c.aheadDue = OversightFixture.asOf },
        ] {
            var p = scratch
            var c = try #require(p.cases[withFindings.caseId])
            c.findings = []
            c.passedDue = nil
            c.aheadDue = nil
            forged(&c)
            c.findingsPending = true
            p.cases[c.caseId] = c
            #expect(throws: OversightCheckpoint.Unreadable.self) { try OversightCheckpoint.decode(OversightCheckpoint.encode(p)) }
        }
    }

    // issue 16: tidy16
    /// A compliance report asked of a projection a caseload run left with findings pending is an
    /// error value naming the cases (it was a `precondition`, a crash), and the same projection
    /// worked out for compliance reports as a rebuild does.
    @Test("compliance from a projection with findings pending is refused with an error naming the cases")
    func complianceFromPendingIsAnError() throws {
        let (fx, dir) = try OversightFixture.synthetic("pending-refused", cases: 60, seed: 46)
        defer { dir.remove() }
        let head = fx.ledger.head.seq
        let checkpoint = try fx.rebuild(through: head - 40).fromScratch()
        var caseload = fx.rebuild()
        caseload.findingsNeeded = false
        let projection = try caseload.updating(checkpoint: checkpoint).projection
        let pending = projection.cases.filter(\.value.findingsPending).map(\.key).sorted()
        #expect(!pending.isEmpty)
        do {
            _ = try projection.compliance()
            Issue.record("a compliance report was made from a projection holding cases whose findings are pending")
        } catch {
            #expect(error == FindingsPending(cases: pending, headSeq: head))
            #expect(error.code == "findings-pending")
            #expect(error.message.hasPrefix("no compliance report is made: the oversight projection at seq \(head) holds \(pending.count) case"))
            #expect(error.message.contains(pending[0]))
        }
        let worked = try fx.rebuild().updating(checkpoint: projection).projection
        #expect(try worked.compliance().findings == (try fx.rebuild().fromScratch().compliance()).findings)
    }

    /// A version 2 checkpoint or delta (the format before the flag) is refused with its version
    /// named, so the command rebuilds and saves version 3: never read as version 3.
    @Test("a version 2 checkpoint or delta is refused, naming its version")
    func version2Refused() throws {
        let (fx, dir) = try OversightFixture.synthetic("pending-v2", cases: 40, seed: 45)
        defer { dir.remove() }
        let (files, _, _, _) = try DeltaCheckpointTests.pair(fx)
        var base = files.base
        base.replaceSubrange(0..<8, with: Array("CLOVCP02".utf8))
        func reason(_ decode: () throws -> Void) -> String? {
            do {
                try decode()
                return nil
            } catch let error as OversightCheckpoint.Unreadable {
                return error.reason
            } catch {
                return "\(error)"
            }
        }
        #expect(reason { _ = try OversightCheckpoint.decode(base) } == "format version 2, this tool reads version 3")
        var delta = try #require(files.delta)
        delta.replaceSubrange(0..<8, with: Array("CLOVCD02".utf8))
        #expect(reason { _ = try OversightCheckpoint.decode(base: files.base, delta: delta) } == "its delta is unreadable: format version 2, this tool reads version 3")
    }
}
