import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Testing

@Suite struct ConcurrencyTests {
    @Test func givenTwoWritersReadingTheSameCaseWhenBothRecordThenTheSecondFailsWithAVersionConflictAndWritesNothing() throws {
        let f = try ServiceFixture.ready()
        try f.recordJoe(through: "allocateWorker")
        let other = try f.anotherService()
        let assess = Repository.joe.first { $0.command == "assessNeeds" }!

        try other.record(commandNamed: assess.command, input: assess.input, case: "C-1001", actor: "S-1", now: at("2026-05-12T09:00:00Z"))
        let head = try f.anotherService().ledger.headSeq
        #expect {
            try f.service.record(commandNamed: assess.command, input: assess.input, case: "C-1001", actor: "S-1", now: at("2026-05-12T09:01:00Z"))
        } throws: { error in
            guard let e = error as? ServiceError, case .store(.wrongExpectedVersion(let stream, let expected, let actual, _)) = e else { return false }
            return stream == "C-1001" && expected == .exactly(2) && actual == 3 && e.code == "version-conflict"
        }
        #expect(try f.anotherService().ledger.headSeq == head)
    }

    @Test func givenAVersionConflictWhenTheWriterRefreshesThenItDecidesOnTheNewStateAndRecords() throws {
        let f = try ServiceFixture.ready()
        try f.recordJoe(through: "allocateWorker")
        let other = try f.anotherService()
        let assess = Repository.joe.first { $0.command == "assessNeeds" }!
        try other.record(commandNamed: assess.command, input: assess.input, case: "C-1001", actor: "S-1", now: at("2026-05-12T09:00:00Z"))
        #expect(throws: ServiceError.self) {
            try f.service.record(commandNamed: assess.command, input: assess.input, case: "C-1001", actor: "S-1", now: at("2026-05-12T09:01:00Z"))
        }

        try f.service.refresh()

        // Now the service sees the assessment: the same id again breaks a rule instead.
        #expect {
            try f.service.record(commandNamed: assess.command, input: assess.input, case: "C-1001", actor: "S-1", now: at("2026-05-12T09:02:00Z"))
        } throws: { error in
            (error as? ServiceError)?.code == Rule.idAlreadyUsed.code
        }
        let determine = Repository.joe.first { $0.command == "determineEligibility" }!
        let appended = try f.service.record(commandNamed: determine.command, input: determine.input, case: "C-1001", actor: "S-1", now: at("2026-05-12T09:03:00Z"))
        #expect(appended.map(\.type) == ["eligibilityDetermined"])
    }

    @Test func aChangeOnAnotherCaseDoesNotConflict() throws {
        let f = try ServiceFixture.ready()
        try f.recordJoe(on: "C-1001", through: "allocateWorker")
        let other = try f.anotherService()
        try other.record(commandNamed: "receiveReferral", input: Repository.joe[0].input, case: "C-2002", actor: "S-1", now: at("2026-05-12T09:00:00Z"))
        let assess = Repository.joe.first { $0.command == "assessNeeds" }!
        let appended = try f.service.record(commandNamed: assess.command, input: assess.input, case: "C-1001", actor: "S-1", now: at("2026-05-12T09:01:00Z"))
        #expect(appended.count == 1)
    }
}
