import CaseAudit
import CaseDemo
import CaseLedger
import CaseService
import Testing

/// Issue 14, readers that cannot be poisoned: a ledger holding events the domain cannot read,
/// written with the storage API, gives a full caseload and compliance report, listing those events
/// and every other case as before, the same whether built at once, from a checkpoint, on every
/// core or by replaying each case. On the old code every one of these threw `unreadable-event`.
@Suite("Oversight: an event that cannot be read is listed, and every other case reported")
struct UnreadableEventTests {
    static let poisoned = [3, 10, 41]

    /// A synthetic ledger of `cases` cases, its projection before any poison, and the seqs of the
    /// poison appended after it.
    struct Poisoned {
        let dir: TempDirectory
        let before: OversightProjection
        let seqs: [String: Int64]
        let fx: OversightFixture

        init(_ name: String, cases: Int, seed: UInt64) throws {
            dir = try TempDirectory(name)
            try SyntheticCaseload.write(to: dir.path + "/l", cases: cases, seed: seed)
            before = try OversightFixture(path: dir.path + "/l").rebuild().fromScratch()
            seqs = try Poison.append(to: dir.path + "/l", cases: UnreadableEventTests.poisoned)
            fx = try OversightFixture(path: dir.path + "/l")
        }
    }

    @Test("given a poison event on three cases, the projection lists each and every other case is as before")
    func projectionListsThePoisonAndKeepsEveryOtherCase() throws {
        let p = try Poisoned("poison", cases: 120, seed: 3)
        defer { p.dir.remove() }
        let after = try p.fx.rebuild().fromScratch()
        #expect(after.cases.count == p.before.cases.count)
        for (id, c) in p.before.cases where p.seqs[id] == nil { #expect(after.cases[id] == c, "case \(id)") }
        for (id, seq) in p.seqs {
            let c = try #require(after.cases[id])
            #expect(c.unreadable.map(\.refs) == [[seq]])
            #expect(c.findings == c.unreadable)
            #expect(!c.isOpen && c.deadlines.isEmpty)
        }

        // The caseload: every open case but the poisoned ones, and those listed.
        let staff = StaffRegister(try p.fx.ledger.staffEvents())
        func caseload(_ projection: OversightProjection) -> Caseload {
            projection.caseload(
                on: OversightFixture.asOf, filter: CaseloadFilter(), staff: staff, configuration: p.fx.deadlineConfiguration.configuration,
                configurationSource: "test")
        }
        let was = caseload(p.before), now = caseload(after)
        #expect(now.rows == was.rows.filter { p.seqs[$0.caseId] == nil })
        #expect(now.unreadableCases == p.seqs.keys.sorted())
        #expect(now.unreadable.map { $0.refs[0] } == p.seqs.keys.sorted().map { p.seqs[$0]! })
        let text = now.render(RenderOptions(format: .text), integrity: try p.fx.ledger.integrity())
        for (id, seq) in p.seqs { #expect(text.contains("event seq \(seq) of case \(id)")) }
        #expect(text.contains("field `reasons`: is missing") || text.contains("field `actingRole`: is missing"))
        #expect(text.contains("field `effectiveDate`"))

        // Compliance: every other case's findings as before, and one finding per poison event.
        let findings = try after.compliance().findings
        #expect(findings.filter { p.seqs[$0.caseId] == nil } == (try p.before.compliance()).findings.filter { p.seqs[$0.caseId] == nil })
        #expect(findings.filter { $0.rule == .eventUnreadable }.map(\.caseId) == p.seqs.keys.sorted())
        #expect(try after.compliance(rules: [.reviewOverdue]).findings.filter { $0.rule == .eventUnreadable }.count == p.seqs.count)
    }

    @Test("an unreadable event is named alike read from its tape (the audit's fast path) and from its value (case show)")
    func tapeAndValueNameTheSameProblem() throws {
        let p = try Poisoned("poison-tape", cases: 60, seed: 6)
        defer { p.dir.remove() }
        let service = CaseService(ledger: try p.fx.ledger.ledger)
        for (id, seq) in p.seqs {
            let taped = try p.fx.ledger.read(id).unreadable
            #expect(taped.map(\.seq) == [seq])
            do {
                _ = try service.caseEvents(id)
                Issue.record("case \(id) was read whole")
            } catch .unreadableEvent(let stream, let s, let type, let schema, let problem) {
                #expect(stream == id && s == seq && type == taped[0].type && schema == taped[0].schema)
                #expect(problem == taped[0].problem)
            } catch {
                Issue.record("wrong error \(error)")
            }
        }
    }

    @Test("with poison events, a checkpoint before or after them, and a concurrent rebuild, give byte for byte the rebuild from scratch")
    func checkpointAndConcurrentAgreeWithPoison() throws {
        let p = try Poisoned("poison-cp", cases: 200, seed: 4)
        defer { p.dir.remove() }
        let scratch = try p.fx.rebuild().fromScratch()
        var serial = p.fx.rebuild()
        serial.concurrent = false
        #expect(OversightCheckpoint.encode(try serial.fromScratch()) == OversightCheckpoint.encode(scratch))
        let head = p.fx.ledger.head.seq
        for at in [head - Int64(p.seqs.count) - 20, head - 1, head] {
            let saved = OversightCheckpoint.encode(try p.fx.rebuild(through: at).fromScratch())
            let checkpoint = try OversightCheckpoint.decode(saved)
            #expect(OversightCheckpoint.encode(checkpoint) == saved)
            let (updated, discarded) = try p.fx.rebuild().from(checkpoint: checkpoint)
            #expect(discarded == nil)
            #expect(OversightCheckpoint.encode(updated) == OversightCheckpoint.encode(scratch), "checkpoint at seq \(at) of \(head)")
            #expect(try p.fx.reports(updated, on: OversightFixture.asOf) == p.fx.reports(scratch, on: OversightFixture.asOf))
        }
        let (fromSaved, why) = try p.fx.rebuild().projection(saved: OversightCheckpoint.encode(scratch))
        #expect(why == nil)
        #expect(OversightCheckpoint.encode(fromSaved) == OversightCheckpoint.encode(scratch))
    }

    @Test("the replayed caseload and compliance (as known at a time) list the poison as the projection does, and not before it was recorded")
    func replayAgreesWithTheProjection() throws {
        let p = try Poisoned("poison-replay", cases: 80, seed: 5)
        defer { p.dir.remove() }
        let last = try p.fx.ledger.ledger.event(seq: p.fx.ledger.head.seq).recordedAt
        let now = Timestamp(microsecondsSinceEpoch: last.microsecondsSinceEpoch + 1)
        let reports = OversightReports(ledger: p.fx.ledger, now: now)
        let projected = try reports.caseload(asKnownAt: nil)
        let replayed = try reports.caseload(asKnownAt: now)
        #expect(replayed.rows == projected.rows)
        #expect(replayed.unreadable == projected.unreadable)
        #expect(replayed.unreadableCases == p.seqs.keys.sorted())

        let all = try reports.compliance(view: TimeView())
        let asKnown = try reports.compliance(view: TimeView(asKnownAt: now))
        #expect(all.findings == asKnown.findings)
        #expect(all.casesChecked == asKnown.casesChecked)
        #expect(all.unreadableCases == p.seqs.keys.sorted())
        let one = p.seqs.keys.sorted()[0]
        let single = try reports.compliance(view: TimeView(), caseId: one)
        #expect(single.findings == all.findings.filter { $0.caseId == one })

        // As known before the poison was recorded, nothing is unreadable.
        let earlier = Timestamp(microsecondsSinceEpoch: last.microsecondsSinceEpoch - 1)
        #expect(try reports.caseload(asKnownAt: earlier).unreadable.isEmpty)
        #expect(try reports.compliance(view: TimeView(asKnownAt: earlier)).unreadableCases.isEmpty)
    }
}
