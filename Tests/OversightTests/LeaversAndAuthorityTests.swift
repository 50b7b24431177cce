import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

/// A member of staff who left: the caseload flags their cases, compliance lists what they
/// recorded after leaving; and compliance lists decisions by a role the configuration does not
/// allow and closures with services in force (issue 14, item 4).
@Suite("Leavers, roles and closures in the caseload and compliance")
struct LeaversAndAuthorityTests {
    /// The test register with S-1 (Sam Patel, the allocated worker) leaving on `left`, recorded
    /// at `recorded`.
    static func staff(leftOn left: String = "2026-06-01", recorded: String = "2026-06-01T09:00:00Z") -> [RecordedStaffEvent] {
        let events = TestStaff.events
        return events + [RecordedStaffEvent(
            seq: Int64(events.count + 1), id: "ST-LEFT", recordedAt: at(recorded), actor: TestStaff.administrator,
            event: .staffLeft(StaffLeft(metadata: meta(.registerAdministrator, left, reasons: ["resigned"]), staffId: TestStaff.socialWorker)))]
    }

    /// The caseload of the delivered case on `on`, with the register of `staff`.
    static func caseload(on: String, staff: [RecordedStaffEvent]) -> Caseload {
        let c = TestCase.adult(upTo: .delivered)
        var builder = CaseloadBuilder(on: day(on), view: TimeView(), filter: CaseloadFilter(), staff: StaffRegister(staff),
            configuration: c.configuration)
        builder.add(caseId: c.stream, events: c.recorded)
        return builder.build(configurationSource: "the test configuration")
    }

    /// Compliance's findings of `rule` over `c` with the register of `staff`.
    static func findings(_ rule: ComplianceRule, _ c: TestCase, staff: [RecordedStaffEvent]) -> [Finding] {
        let configuration = c.configuration
        let input = ComplianceInput(caseId: c.stream, events: c.recorded, staffEvents: staff, asOf: day("2027-12-31"),
            configuration: { _ in configuration })
        return ComplianceCheck.of(rule).check(input)
    }

    @Test("given the allocated worker left on 1 June, when the caseload is judged on 2 June, then the case is flagged in every format")
    func leaverIsFlagged() throws {
        let load = Self.caseload(on: "2026-06-02", staff: Self.staff())
        let row = try #require(load.rows.first)
        #expect(row.workerLeftOn == day("2026-06-01"))
        #expect(row.workerText == "Sam Patel (S-1) — left on 1 June 2026: allocate a new worker")
        #expect(load.workerLeftCount == 1)
        let integrity = IntegrityStatement(ledgerPath: "/l", headSeq: 1, headHash: "h", verified: true, eventsVerified: 1, segments: 1)
        for format in [ReportFormat.text, .md, .html] {
            // Words only, as wrapped text joins them again.
            let out = load.render(RenderOptions(format: format), integrity: integrity).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(out.contains("left on 1 June 2026: allocate a new worker"), "\(format)")
            #expect(out.contains("Allocated worker has left"), "\(format)")
        }
        #expect(load.render(RenderOptions(format: .csv), integrity: integrity).contains("\"2026-06-01\""))
        let json = load.render(RenderOptions(format: .json), integrity: integrity)
        #expect(json.contains("\"leftOn\": \"2026-06-01\""), "\(json)")
        #expect(json.contains("\"workerLeft\": 1"))
    }

    @Test("given the allocated worker leaves on 1 June, when the caseload is judged on 31 May, then nothing is flagged")
    func notYetLeft() throws {
        let load = Self.caseload(on: "2026-05-31", staff: Self.staff())
        #expect(try #require(load.rows.first).workerLeftOn == nil)
        #expect(load.workerLeftCount == 0)
    }

    @Test("given S-1 left on 1 June, when compliance reads a review S-1 recorded in September, then it lists it; decisions before leaving are not listed")
    func decisionAfterLeavingIsListed() {
        let c = TestCase.adult(upTo: .delivered).givenFact(Make.completeReview().recordedAsEvent, by: TestStaff.socialWorker)
        let found = Self.findings(.staffUnknown, c, staff: Self.staff())
        #expect(found.count == 1, "\(found.map(\.sentence))")
        #expect(found.first?.sentence.contains("who left the staff register on 1 June 2026") == true, "\(found.map(\.sentence))")
        #expect(Self.findings(.staffUnknown, TestCase.adult(upTo: .delivered), staff: Self.staff()).isEmpty)
    }

    @Test("given a leaving recorded in October dated 1 June, when compliance reads a review recorded in September, then it lists it as a leaving recorded later")
    func backDatedLeavingIsListed() {
        let c = TestCase.adult(upTo: .delivered).givenFact(Make.completeReview().recordedAsEvent, by: TestStaff.socialWorker)
        let found = Self.findings(.staffUnknown, c, staff: Self.staff(recorded: "2026-10-15T09:00:00Z"))
        #expect(found.count == 1)
        #expect(found.first?.sentence.contains("whose leaving on 1 June 2026 was recorded later") == true, "\(found.map(\.sentence))")
    }

    @Test("given a Risk Enablement Panel decision recorded by a social worker as a fact, when compliance reads it, then it is listed as a role not allowed")
    func panelDecisionByASocialWorkerIsListed() {
        let atPanel = TestCase.adult(upTo: .delivered).then(Make.challenge(), Make.escalate(to: .lineManager))
            .then(Make.escalate(to: .riskEnablementPanel, date: "2026-05-27", role: .teamManager), by: TestStaff.teamManager)
        guard case .recordPanelDecision(var p) = Make.panel() else { return }
        p.metadata.actingRole = .socialWorker
        let forged = atPanel.givenFact(.riskEnablementPanelDecided(p))
        let found = Self.findings(.decisionRoleNotAllowed, forged, staff: TestStaff.events)
        #expect(found.count == 1, "\(found.map(\.sentence))")
        #expect(found.first?.sentence.contains("the configuration allows panelChair") == true)
        let proper = atPanel.then(Make.panel(), by: TestStaff.panelChair)
        #expect(Self.findings(.decisionRoleNotAllowed, proper, staff: TestStaff.events).isEmpty)
    }

    @Test("given a case with services in force closed as no eligible needs (as a fact), when compliance reads it, then it is listed; closed for death, it is not")
    func closureWithServicesInForceIsListed() {
        let delivered = TestCase.adult(upTo: .delivered)
        guard case .closeCase(let bad) = Make.close(.noEligibleNeeds), case .closeCase(let died) = Make.close(.died) else { return }
        let found = Self.findings(.closureWithServicesInForce, delivered.givenFact(.caseClosed(bad)), staff: TestStaff.events)
        #expect(found.count == 1)
        #expect(found.first?.sentence.contains("with services in force") == true)
        #expect(Self.findings(.closureWithServicesInForce, delivered.givenFact(.caseClosed(died)), staff: TestStaff.events).isEmpty)
    }
}

extension CaseCommand {
    /// The event a command whose input is its event's payload records (here: a completed review).
    var recordedAsEvent: CaseEvent {
        guard case .completeReview(let p) = self else { fatalError("only completeReview is used") }
        return .reviewCompleted(p)
    }
}

extension TestCase {
    /// This case after recording `commands` (each by `actor`).
    func then(_ commands: CaseCommand..., by actor: String = TestStaff.socialWorker) -> TestCase {
        var c = self
        for command in commands { c.record(command, by: actor) }
        return c
    }
}

/// decide and compliance agree on the closing and role rules, on both sides of each boundary.
@Suite("Closing and roles: decide and compliance agree")
struct ClosingAndRoleAgreementTests {
    @Test("given services in force, decide refuses a closure exactly when compliance finds one", arguments: [
        (ClosureReason.noEligibleNeeds, nil as String?, true), (.supportDeclined, nil, true), (.movedAway, nil, true),
        (.movedAway, "Coventry City Council", false), (.transferredToAnotherCouncil, "Coventry City Council", false), (.died, nil, false),
    ])
    func closure(reason: ClosureReason, council: String?, breaks: Bool) {
        let delivered = TestCase.adult(upTo: .delivered)
        let command = Make.close(reason, receivingCouncil: council)
        guard case .closeCase(let closed) = command else { return }
        expectAgreement(delivered.when(command), delivered.givenFact(.caseClosed(closed)).findings(.closureWithServicesInForce),
            breaks: breaks, .closureWithServicesInForce)
    }

    @Test("given a challenge at the panel, decide refuses a resolution by role exactly when compliance finds one", arguments: [
        (StaffRole.socialWorker, TestStaff.socialWorker, false, true), (.panelChair, TestStaff.panelChair, false, false),
        (.socialWorker, TestStaff.socialWorker, true, false), (.teamManager, TestStaff.teamManager, false, true),
    ])
    func resolution(role: StaffRole, actor: String, panelDecided: Bool, breaks: Bool) {
        var c = TestCase.adult(upTo: .delivered).then(Make.challenge(), Make.escalate(to: .lineManager))
            .then(Make.escalate(to: .riskEnablementPanel, date: "2026-05-27", role: .teamManager), by: TestStaff.teamManager)
        if panelDecided { c = c.then(Make.panel(), by: TestStaff.panelChair) }
        let command = Make.resolve(role: role)
        guard case .resolveChallenge(let r) = command else { return }
        let resolved = ChallengeResolved(metadata: r.metadata, challengeId: r.challengeId, level: .riskEnablementPanel, outcome: r.outcome, actions: r.actions)
        expectAgreement(c.when(command, by: actor), c.givenFact(.challengeResolved(resolved), by: actor).findings(.decisionRoleNotAllowed),
            breaks: breaks, .decisionRoleNotAllowed)
    }
}
