import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Testing

@Suite struct RecordingTests {
    @Test func givenStaffAndConfigurationWhenJoesStoryIsRecordedThenTheCaseIsInDeliveryWithEveryFigure() throws {
        let f = try ServiceFixture.ready()
        try f.recordJoe()

        let view = try f.service.caseState("C-1001")
        let s = view.summary
        #expect(s.stage == .delivery)
        #expect(s.allocatedWorker == "S-1")
        #expect(s.eligibility?.value?.eligible == true)
        #expect(s.contribution?.value?.weeklyContribution == Money(pence: 2310))
        #expect(s.contribution?.effectiveDate == day("2026-04-13"))
        #expect(s.personalBudget?.value?.weeklyCouncilContribution == Money(pence: 21690))
        #expect(s.currentPlanId == "P-1")
        #expect(s.currentPlanVersion == 1)
        #expect(s.currentPlanSignOff?.signer == "S-2")
        #expect(s.delivery?.value?.arrangements.count == 2)
        #expect(s.nextReviewDue == ReviewDue(date: day("2026-06-15"), reason: .newOrChangedPlan))  // 6 weeks after services started on 4 May
        #expect(view.eventCount == Repository.joe.count)
    }

    @Test func whenACommandIsRecordedThenItReturnsTheEventsAppendedWithTheirSeqIdTypeAndTime() throws {
        let f = try ServiceFixture.ready()
        let before = f.service.ledger.headSeq
        let appended = try f.recordJoe(through: "receiveReferral")
        #expect(appended.count == 1)
        #expect(appended[0].seq == before + 1)
        #expect(appended[0].type == "referralReceived")
        #expect(appended[0].stream == "C-1001")
        #expect(appended[0].recordedAt == at("2026-05-11T09:00:00Z"))
        #expect(try f.service.ledger.event(seq: appended[0].seq).id.description == appended[0].id)
    }

    @Test func eachEventIsRecordedUnderTheStaffIdWithTheActingRoleInItsPayload() throws {
        let f = try ServiceFixture.ready()
        let appended = try f.recordJoe(through: "signOffPlan")
        let signOff = try f.service.ledger.event(seq: appended.last!.seq)
        #expect(signOff.type == "planSignedOff")
        #expect(signOff.actor == "S-2")
        #expect(signOff.payload?["actingRole"] == "teamManager")
    }

    @Test func givenACommandNamedByItsEventTypeThenItIsRecordedAsTheCommand() throws {
        let f = try ServiceFixture.ready()
        let step = Repository.joe[0]
        let appended = try f.service.record(commandNamed: "referralReceived", input: step.input, case: "C-7", actor: "S-1", now: at("2026-05-11T09:00:00Z"))
        #expect(appended.map(\.type) == ["referralReceived"])
    }

    @Test func whenARuleIsBrokenThenTheRejectionNamesTheRuleAndNothingIsWritten() throws {
        let f = try ServiceFixture.ready()
        try f.recordJoe(through: "setPersonalBudget")
        let head = f.service.ledger.headSeq
        let signOff = Repository.joe.first { $0.command == "signOffPlan" }!.input.setting("actingRole", "socialWorker")
        #expect {
            try f.service.record(commandNamed: "signOffPlan", input: signOff, case: "C-1001", actor: "S-1", now: at("2026-05-12T09:00:00Z"))
        } throws: { error in
            guard case .rejected(let r) = error as? ServiceError else { return false }
            return r.rule == .decisionRoleNotAllowed
        }
        #expect(f.service.ledger.headSeq == head)
    }

    @Test func whenTheInputDoesNotReadAsTheCommandThenTheErrorNamesTheField() throws {
        let f = try ServiceFixture.ready()
        let input = Repository.joe[0].input.setting("caseKind", "dog")
        #expect {
            try f.service.record(commandNamed: "receiveReferral", input: input, case: "C-1001", actor: "S-1", now: at("2026-05-11T09:00:00Z"))
        } throws: { error in
            guard let e = error as? ServiceError, case .invalidCommand(_, let d) = e else { return false }
            return d.field == "caseKind" && e.code == "invalid-command"
        }
    }

    @Test(arguments: ["staff", "configuration"])
    func aCaseCannotUseAStreamTheLedgerKeepsForItself(stream: String) throws {
        let f = try ServiceFixture.ready()
        #expect {
            try f.service.record(commandNamed: "receiveReferral", input: Repository.joe[0].input, case: stream, actor: "S-1", now: at("2026-05-11T09:00:00Z"))
        } throws: { error in
            (error as? ServiceError)?.code == "case-id-reserved"
        }
        #expect(throws: ServiceError.self) { try f.service.caseState(stream) }
    }

    @Test func givenNoEventsOnACaseThenReadingItSaysThereIsNoSuchCase() throws {
        let f = try ServiceFixture.ready()
        #expect {
            try f.service.caseState("C-404")
        } throws: { error in
            (error as? ServiceError)?.code == "case-not-found"
        }
    }
}
