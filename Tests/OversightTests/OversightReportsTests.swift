import CaseAudit
import CaseLedger
import Testing

/// The choices `caseload` and `compliance` make, which used to live in the executable: the
/// method (projection or replay), checkpoint use, and the configuration chosen at a time.
@Suite("Oversight reports: method, checkpoint and configuration chosen in CaseAudit")
struct OversightReportsTests {
    /// "Now" for every report here: after every event of the demo ledger.
    static let now = Timestamp(rfc3339: "2026-12-01T12:00:00Z")!
    /// The demo ledger (events/demo, opened read-only): configurations published at seq 23
    /// (2025-03-03, in force from 2025-04-07) and seq 103 (2026-03-16, in force from 2026-04-06).
    let ledger: AuditLedger
    var reports: OversightReports { OversightReports(ledger: ledger, now: Self.now) }

    init() throws {
        ledger = try AuditLedger.open(at: TapeDecodingTests.demoLedger)
    }

    // MARK: the method

    @Test func caseloadAsTheLedgerStandsIsTheProjectionAndAsKnownAtATimeIsAReplay() {
        #expect(OversightMethod.caseload(asKnownAt: nil) == .projection)
        #expect(OversightMethod.caseload(asKnownAt: Self.now) == .replay)
    }

    @Test func complianceOfOneCaseIsAReplayUnlessACheckpointHoldsEveryCaseAlready() {
        #expect(OversightMethod.compliance(asKnownAt: nil, caseId: nil, checkpoint: false) == .projection)
        #expect(OversightMethod.compliance(asKnownAt: nil, caseId: "C-1001", checkpoint: false) == .replay)
        #expect(OversightMethod.compliance(asKnownAt: nil, caseId: "C-1001", checkpoint: true) == .projection)
        #expect(OversightMethod.compliance(asKnownAt: Self.now, caseId: nil, checkpoint: false) == .replay)
    }

    @Test func aCheckpointIsRefusedAsKnownAtATimeBecauseItReflectsTheLedgerAsItStands() {
        #expect(OversightMethod.checkpointRefusal(asKnownAt: nil) == nil)
        #expect(OversightMethod.checkpointRefusal(asKnownAt: Self.now) == "--checkpoint reflects the whole ledger as it stands: not with --as-known-at")
    }

    @Test func givenAsKnownAtTheCaseloadReplaysCasesWithoutAskingForTheProjection() throws {
        var asked = 0
        let replayed = try reports.caseload(asKnownAt: Self.now) { asked += 1; return try $0.fromScratch() }
        #expect(asked == 0)
        let projected = try reports.caseload(asKnownAt: nil) { asked += 1; return try $0.fromScratch() }
        #expect(asked == 1)
        // Known at a time after the last event, the replay lists what the projection lists.
        #expect(replayed.on == projected.on)
        #expect(replayed.rows == projected.rows)
        #expect(replayed.openCases == projected.openCases)
        #expect(!replayed.rows.isEmpty)
    }

    @Test func complianceAsksForTheProjectionOnlyForTheLedgerAsItStands() throws {
        var asked = 0
        let ask: (OversightRebuild) throws -> OversightProjection = { asked += 1; return try $0.fromScratch() }
        _ = try reports.compliance(view: TimeView(asKnownAt: Self.now), projection: ask)
        _ = try reports.compliance(view: TimeView(), caseId: "C-1001", projection: ask)
        #expect(asked == 0)
        let projected = try reports.compliance(view: TimeView(), caseId: "C-1001", checkpoint: true, projection: ask)
        let replayed = try reports.compliance(view: TimeView(), caseId: "C-1001")
        #expect(asked == 1)
        #expect(projected.findings == replayed.findings)
        #expect(projected.casesChecked == ["C-1001"])
    }

    @Test func complianceCountsMissingStepsToInForceOnThenTheDayKnownAtThenToday() {
        let known = Timestamp(rfc3339: "2026-06-01T10:00:00Z")!
        #expect(reports.complianceDay(view: TimeView(asKnownAt: known, inForceOn: CalendarDate("2026-05-01")!)) == CalendarDate("2026-05-01")!)
        #expect(reports.complianceDay(view: TimeView(asKnownAt: known)) == CalendarDate("2026-06-01")!)
        #expect(reports.complianceDay(view: TimeView()) == CalendarDate("2026-12-01")!)
    }

    @Test func complianceOfACaseTheLedgerDoesNotHoldFailsEvenFromTheProjection() throws {
        #expect(throws: AuditError.self) {
            try reports.compliance(view: TimeView(), caseId: "C-9999", checkpoint: true)
        }
    }

    // MARK: checkpoint use

    @Test func aSavedCheckpointThatCannotBeReadIsDiscardedSayingWhyAndTheProjectionBuiltFromScratch() throws {
        let rebuild = try reports.rebuild(asOf: CalendarDate("2026-12-01")!)
        let scratch = OversightCheckpoint.encode(try rebuild.fromScratch())
        let (none, noneDiscarded) = try rebuild.projection(saved: nil)
        #expect(noneDiscarded == nil)
        #expect(OversightCheckpoint.encode(none) == scratch)
        let (garbled, why) = try rebuild.projection(saved: Array("not a checkpoint\n".utf8))
        #expect(why != nil)
        #expect(OversightCheckpoint.encode(garbled) == scratch)
        let (reread, rereadDiscarded) = try rebuild.projection(saved: scratch)
        #expect(rereadDiscarded == nil)
        #expect(OversightCheckpoint.encode(reread) == scratch)
    }

    // MARK: the configuration chosen at a time

    @Test(arguments: [
        ("2025-06-01T00:00:00Z", Int64(23)),  // the 2025-26 configuration
        ("2026-03-20T00:00:00Z", 23),  // 2026-27 recorded, not yet in force
        ("2026-04-06T00:00:00Z", 129),  // 2026-27 in force from that day (issue 15: notices moved it from 103)
    ])
    func theConfigurationIsTheOneInForceAmongThoseRecordedByThen(time: String, seq: Int64) throws {
        let chosen = try ledger.configuration(asKnownAt: Timestamp(rfc3339: time)!, now: Self.now)
        #expect(chosen.seq == seq)
        #expect(chosen.source.hasPrefix("the configuration in force from "))
        #expect(chosen.source.hasSuffix("(seq \(seq))"))
    }

    @Test func withoutATimeTheConfigurationIsTheOneInForceNow() throws {
        #expect(try ledger.configuration(now: Self.now).seq == 129)
        #expect(try ledger.configuration(now: Timestamp(rfc3339: "2025-05-01T00:00:00Z")!).seq == 23)
    }

    @Test func beforeAnyIsPublishedTheDefaultsAreUsedAndTheReportSaysSo() throws {
        let before = Timestamp(rfc3339: "2025-03-03T08:00:00Z")!
        let chosen = try ledger.configuration(asKnownAt: before, now: Self.now)
        #expect(chosen.seq == 0)
        #expect(chosen.configuration == ReportConfiguration.defaults)
        #expect(chosen.source == "built-in defaults (no configuration in force at 3 March 2025, 08:00 GMT is published in the ledger)")
        #expect(chosen.deadlineSource == "built-in defaults, no bank holidays (no configuration was published by then)")
    }
}
