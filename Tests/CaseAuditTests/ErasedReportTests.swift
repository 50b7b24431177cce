import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import LedgerJSON
import Testing

// issue 17: retention
/// Reports over a case whose personal content was erased: each erased event is read as what
/// remains of it (built here in memory, as format version 2's readers will give it), and every
/// report shows the erasure plainly, never as damage.
@Suite("Reports show erasure plainly")
struct ErasedReportTests {
    /// Mr D's case as recorded, then as read once erased: every event's personal members removed
    /// under an erasure decision recorded on 3 March 2035.
    static let cases: (original: CaseHistory, erased: CaseHistory) = {
        let fx = try! FixtureLedger()
        _ = try! Stories.mrD(fx)
        let original = try! fx.history("C-1001")
        let state = CaseState(rebuiltFrom: original.events)
        let decision = ErasureAuthorised(
            metadata: meta(.teamManager, "2035-03-03", reasons: ["the retention period for the case's records has run"]),
            erases: RetentionRules.erasureTargets(state), basis: .retentionPeriod,
            retentionRule: "adult case: 8 years after the last contact (council retention schedules seen [check])",
            retentionFrom: day("2026-07-20"), dueOn: day("2034-07-20"))
        var events: [RecordedCaseEvent] = original.events.map { e in
            guard let parts = decision.erases.first(where: { Int64($0.seq) == e.seq })?.parts else { return e }
            var payload = e.event.payload.objectValue!
            for p in parts { payload[String(p.dropFirst())] = nil }
            let event = try! CaseEvent.decode(type: e.event.typeName, schema: e.event.schemaVersion, payload: .object(payload), erasedParts: parts)
            return RecordedCaseEvent(seq: e.seq, id: e.id, stream: e.stream, recordedAt: e.recordedAt, actor: e.actor, event: event)
        }
        let last = events.last!
        events.append(RecordedCaseEvent(
            seq: last.seq + 1, id: "00000000-0000-4000-8000-0000000009ff", stream: last.stream, recordedAt: at("2035-03-03T10:00:00Z"),
            actor: FixtureStaff.teamManager, event: .erasureAuthorised(decision)))
        return (original, CaseHistory(caseId: original.caseId, events: events, staffEvents: original.staffEvents))
    }()

    @Test("given an erased case, when its trail is made, then each erased decision says when and under which rule its details were erased, and that the record of it remains")
    func trailSaysSo() throws {
        let trail = DecisionTrail(history: Self.cases.erased, view: TimeView(), copy: .staff, configuration: FixtureConfiguration.standard)
        let erased = trail.entries.filter { $0.title.hasSuffix("(details erased)") }
        #expect(erased.count == Self.cases.original.events.count)
        let referral = try #require(erased.first)
        #expect(referral.title == "Referral received (details erased)")
        #expect(referral.eventType == "referralReceived")
        #expect(referral.what.first?.contains("were erased on 3 March 2035 under the retention rule adult case: 8 years after the last contact") == true,
            "\(referral.what)")
        #expect(referral.what.first?.hasSuffix("the record that a decision was made remains.") == true)
        #expect(referral.effectiveDate.iso == "2026-04-01")
        #expect(!referral.what.joined().contains("Mr D"))
        #expect(trail.entries.last?.title == "Erasure of the case's personal content authorised")
        let text = TextRenderer.render(trail.document(integrity: try FixtureLedger().integrity()))
        #expect(!text.contains("a neighbour at number 12"))
    }

    @Test("given an erased case, when compliance is checked, then no finding is made of the erased decisions")
    func complianceIsQuiet() {
        let report = ComplianceReport(
            histories: [Self.cases.erased], view: TimeView(), asOf: day("2035-03-04"), configuration: { _ in FixtureConfiguration.standard })
        #expect(report.findings.isEmpty, "\(report.findings.map(\.sentence))")
    }

    @Test("given an erased case, when the caseload is made, then it is not listed as open")
    func caseloadLeavesItOut() {
        var builder = CaseloadBuilder(
            on: day("2035-03-04"), view: TimeView(), filter: CaseloadFilter(), staff: Self.cases.erased.staffRegister(asKnownAt: nil),
            configuration: FixtureConfiguration.standard)
        builder.add(caseId: "C-1001", events: Self.cases.erased.events)
        #expect(builder.build(configurationSource: "the fixture's").openCases == 0)
    }

    @Test("given an erased case, when the CLD export covers its period, then its erased events give no row, and the export says so")
    func cldSaysSo() {
        let before = CLDExport(cases: [Self.cases.original], from: day("2026-04-01"), to: day("2026-09-30"))
        let after = CLDExport(cases: [Self.cases.erased], from: day("2026-04-01"), to: day("2026-09-30"))
        #expect(!before.rows.isEmpty)
        #expect(after.rows.isEmpty)
        #expect(after.erased.count >= before.rows.map(\.seq).reduce(into: Set<Int64>()) { $0.insert($1) }.count)
        #expect(after.summary.contains("whose details were erased under the retention schedule gave no row"))
    }
}
