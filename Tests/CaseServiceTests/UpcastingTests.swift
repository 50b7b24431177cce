import CaseLedger
import CaseLedgerTestSupport
import CaseService
import LedgerStore
import Testing

/// The mechanism, demonstrated with test-only steps: this build stores every event type at its
/// current schema, so `Upcaster.standard` has no steps yet.
@Suite struct UpcastingTests {
    /// A made-up history of `workerAllocated`: first stored as `allocatedWorkerNamed` schema 1
    /// (`staffId`, no team), then schema 2 (a `team`, possibly null), then renamed to the current
    /// `workerAllocated` schema 1 with `workerId`.
    static let history = Upcaster([
        UpcastStep(type: "allocatedWorkerNamed", schema: 1) { old in
            old.setting("team", old["team"] ?? nil)
        },
        UpcastStep(type: "allocatedWorkerNamed", schema: 2, toType: "workerAllocated", toSchema: 1) { (old) throws(PayloadDecodingError) in
            guard let staffId = old["staffId"] else { throw PayloadDecodingError(field: "staffId", problem: "is missing") }
            return old.removing("staffId").setting("workerId", staffId)
        },
    ])

    static let oldPayload = json(#"{"actingRole": "socialWorker", "effectiveDate": "2026-04-02", "reasons": [], "references": [], "notes": [], "restricted": [], "staffId": "S-1"}"#)

    @Test func stepsChainFromTheStoredSchemaToTheCurrentOne() throws {
        let current = try Self.history.upcast(type: "allocatedWorkerNamed", schema: 1, payload: Self.oldPayload)
        #expect(current.type == "workerAllocated")
        #expect(current.schema == 1)
        #expect(current.payload["workerId"] == "S-1")
        #expect(current.payload["staffId"] == nil)
        #expect(current.payload["team"] == .null)
    }

    @Test func anEventWithNoStepIsReadAsStored() throws {
        let current = try Self.history.upcast(type: "workerAllocated", schema: 1, payload: ["workerId": "S-1"])
        #expect(current.type == "workerAllocated")
        #expect(current.payload == ["workerId": "S-1"])
    }

    @Test func aStepThatCannotReadThePayloadNamesTheField() {
        #expect(throws: PayloadDecodingError(field: "staffId", problem: "is missing")) {
            try Self.history.upcast(type: "allocatedWorkerNamed", schema: 2, payload: [:])
        }
    }

    @Test func stepsThatGoRoundInACircleAreAnErrorNotAHang() {
        let circle = Upcaster([
            UpcastStep(type: "a", schema: 1, toType: "b", toSchema: 1) { $0 },
            UpcastStep(type: "b", schema: 1, toType: "a", toSchema: 1) { $0 },
        ])
        #expect(throws: PayloadDecodingError.self) { try circle.upcast(type: "a", schema: 1, payload: [:]) }
    }

    @Test func theStandardUpcasterHasNoStepsBecauseEveryStoredSchemaIsCurrent() {
        #expect(Upcaster.standard.isEmpty)
    }

    @Test func givenAnOldSchemaEventInTheLedgerWhenTheCaseIsReadThenItIsUpcastAndTheStoredBytesAreUnchanged() throws {
        let f = try ServiceFixture.ready()
        try f.recordJoe(through: "receiveReferral")
        try f.service.ledger.append([
            NewEvent(stream: "C-1001", type: "allocatedWorkerNamed", schema: 1, actor: "S-1", payload: Self.oldPayload)
        ], clock: { at("2026-05-11T09:30:00Z") })
        let before = try f.service.ledger.events(inStream: "C-1001")

        let reader = try f.anotherService(upcaster: Self.history)
        let view = try reader.caseState("C-1001")

        #expect(view.summary.allocatedWorker == "S-1")
        #expect(view.state.history.last?.event.typeName == "workerAllocated")
        let after = try reader.ledger.events(inStream: "C-1001")
        #expect(after == before)
        #expect(after.last?.type == "allocatedWorkerNamed")
        #expect(after.last?.payload == Self.oldPayload)
    }

    @Test func givenAnOldSchemaEventAndNoStepForItThenReadingNamesTheEventAndItsSchema() throws {
        let f = try ServiceFixture.ready()
        try f.recordJoe(through: "receiveReferral")
        let appended = try f.service.ledger.append([
            NewEvent(stream: "C-1001", type: "allocatedWorkerNamed", schema: 1, actor: "S-1", payload: Self.oldPayload)
        ], clock: { at("2026-05-11T09:30:00Z") })

        #expect {
            try f.service.caseState("C-1001")
        } throws: { error in
            guard let e = error as? ServiceError, case .unreadableEvent(let stream, let seq, let type, let schema, _) = e else { return false }
            return stream == "C-1001" && seq == appended[0].seq && type == "allocatedWorkerNamed" && schema == 1
                && e.code == "event-unreadable" && e.message.contains("seq \(appended[0].seq)")
        }
    }

    @Test func givenAnOldSchemaEventWhenANewDecisionIsMadeThenItIsDecidedOnTheUpcastState() throws {
        let f = try ServiceFixture.ready()
        try f.recordJoe(through: "receiveReferral")
        try f.service.ledger.append([
            NewEvent(stream: "C-1001", type: "allocatedWorkerNamed", schema: 1, actor: "S-1", payload: Self.oldPayload)
        ], clock: { at("2026-05-11T09:30:00Z") })
        let writer = try f.anotherService(upcaster: Self.history)
        let assess = Repository.joe.first { $0.command == "assessNeeds" }!

        let appended = try writer.record(commandNamed: assess.command, input: assess.input, case: "C-1001", actor: "S-1", now: at("2026-05-11T10:00:00Z"))

        #expect(appended.map(\.type) == ["needsAssessed"])
        #expect(try writer.caseState("C-1001").eventCount == 3)
    }

    @Test func aCorrectionHoldingAnOldSchemaPayloadHasThatPayloadUpcastToo() throws {
        let correction = json(#"{"actingRole": "socialWorker", "effectiveDate": "2026-04-03", "reasons": ["wrong worker"], "references": [], "notes": [], "restricted": [], "supersedes": "e-1", "correctedType": "allocatedWorkerNamed", "correctedSchema": 1, "corrected": {"actingRole": "socialWorker", "effectiveDate": "2026-04-02", "reasons": [], "references": [], "notes": [], "restricted": [], "staffId": "S-2"}}"#)
        let current = try Self.history.upcastCaseEvent(type: "eventCorrected", schema: 1, payload: correction)
        let event = try CaseEvent.decode(type: current.type, schema: current.schema, payload: current.payload)
        guard case .eventCorrected(let c) = event, case .workerAllocated(let w) = c.corrected else {
            Issue.record("expected a correction of workerAllocated, got \(event)")
            return
        }
        #expect(w.workerId == "S-2")
    }
}
