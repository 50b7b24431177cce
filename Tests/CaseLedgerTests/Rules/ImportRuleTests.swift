import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 14: one way in for domain events.
/// The rules of importing history from an older system (`ImportRules`), given/when/then: who
/// may import, into which cases, and that only the import marks an event as imported.
@Suite("Importing history from an older system")
struct ImportRuleTests {
    /// The rules these tests break and keep (besides `imported-marker-reserved`, in the rule table).
    static let rules: Set<Rule> = [.importAuthorityMissing, .importIntoLiveCase, .importedMarkerReserved]

    static let marker = ImportedFrom(from: "CareFirst", sourceRef: "CF-88123/1")
    static let today = day("2026-04-01")

    /// Given a case's events, each marked imported or not.
    static func history(imported: [Bool]) -> [RecordedCaseEvent] {
        imported.enumerated().map { i, isImported in
            var m = meta()
            if isImported { m.imported = ImportedFrom(from: "CareFirst", sourceRef: "CF-\(i)") }
            let event: CaseEvent = i == 0
                ? .referralReceived(ReferralReceived(metadata: m, customerName: "Joe", caseKind: .adult, routeOfAccess: .communityOrOtherRoute, source: .family, presentingNeed: "help at home"))
                : .workerAllocated(WorkerAllocated(metadata: m, workerId: "S-1"))
            return RecordedCaseEvent(seq: Int64(i + 1), id: "e\(i)", stream: "C-1001", recordedAt: at("2026-04-01T08:00:00Z"), actor: "S-9", event: event)
        }
    }

    @Test func aRegisterAdministratorMayImport() throws {
        try ImportRules.checkImporter(TestStaff.administrator, register: TestStaff.register, configuration: TestConfiguration.standard, on: Self.today)
    }

    @Test func aSocialWorkerMayNotImport() {
        #expect(throws: Rejection.self) {
            try ImportRules.checkImporter(TestStaff.socialWorker, register: TestStaff.register, configuration: TestConfiguration.standard, on: Self.today)
        }
        do {
            try ImportRules.checkImporter(TestStaff.socialWorker, register: TestStaff.register, configuration: TestConfiguration.standard, on: Self.today)
        } catch {
            #expect(error.rule == .importAuthorityMissing)
            #expect(error.message.contains("registerAdministrator"))
        }
    }

    @Test func someoneNotOnTheRegisterMayNotImport() {
        do {
            try ImportRules.checkImporter("S-99", register: TestStaff.register, configuration: TestConfiguration.standard, on: Self.today)
            Issue.record("S-99 imported")
        } catch {
            #expect(error.rule == .staffUnknown)
        }
    }

    @Test func historyGoesIntoANewCaseOrOneHoldingOnlyImportedHistory() throws {
        try ImportRules.checkBeforeLiveUse(caseId: "C-1001", existing: [])
        try ImportRules.checkBeforeLiveUse(caseId: "C-1001", existing: Self.history(imported: [true, true]))
    }

    @Test func historyIsNeverImportedIntoACaseHoldingALiveDecision() {
        do {
            try ImportRules.checkBeforeLiveUse(caseId: "C-1001", existing: Self.history(imported: [true, false]))
            Issue.record("imported into a live case")
        } catch {
            #expect(error.rule == .importIntoLiveCase)
            #expect(error.message.contains("seq 2"))
        }
    }

    @Test func aDecisionRecordedLiveCannotCarryTheImportedMarker() {
        var m = meta()
        m.imported = Self.marker
        TestCase.adult(upTo: .opened)
            .when(.allocateWorker(WorkerAllocated(metadata: m, workerId: "S-1")))
            .thenRejected(.importedMarkerReserved, containing: "caseledger import")
    }

    @Test func aCorrectionCannotPutAnImportedMarkerInPlace() {
        let given = TestCase.adult(upTo: .opened).then(Make.allocate())
        var m = meta()
        m.imported = Self.marker
        let corrected = CaseEvent.workerAllocated(WorkerAllocated(metadata: m, workerId: "S-1"))
        given.when(.correctEvent(EventCorrected(metadata: meta(reasons: ["wrong worker"]), supersedes: given.lastEventId, corrected: corrected)))
            .thenRejected(.importedMarkerReserved, containing: "corrected payload")
    }

    @Test func aStaffRegisterChangeCannotCarryTheImportedMarker() {
        var m = meta(.registerAdministrator)
        m.imported = Self.marker
        do {
            _ = try decide(
                .addStaff(StaffAdded(metadata: m, staffId: "S-20", name: "New Person")), TestStaff.register,
                actor: TestStaff.administrator, now: at("2026-04-01T08:00:00Z"), configuration: TestConfiguration.standard)
            Issue.record("an imported staff change was decided")
        } catch {
            #expect(error.rule == .importedMarkerReserved)
        }
    }
}
