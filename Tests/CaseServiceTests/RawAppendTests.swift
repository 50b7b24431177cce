import CaseLedger
import CaseLedgerTestSupport
import CaseService
import LedgerStore
import Testing

// issue 14: one way in for domain events.
@Suite struct RawAppendTests {
    func note(_ stream: String, _ n: Int64) -> NewEvent {
        NewEvent(stream: stream, type: "noteAdded", actor: "S-17", payload: ["n": .integer(n)])
    }

    @Test func givenANewStreamWhenARawBatchIsCheckedThenItsFirstEventMustFindTheStreamStillNew() throws {
        let f = try ServiceFixture()
        _ = try f.service.ledger.append([note("N-1", 1)])
        let checked = try CaseService.checkRawAppend([note("N-2", 2), note("N-2", 3), note("N-1", 4)], lines: [1, 2, 3], in: f.service.ledger)
        #expect(checked.map(\.expectedVersion) == [.noStream, .any, .any])
    }

    @Test func givenAnotherWriterOpensACaseOnTheStreamMeanwhileWhenTheRawBatchIsAppendedThenItConflictsAndWritesNothing() throws {
        let f = try ServiceFixture.ready()
        let checked = try CaseService.checkRawAppend([note("C-1001", 1)], lines: [1], in: f.service.ledger)
        try f.recordJoe(through: "receiveReferral")
        let head = try f.anotherService().ledger.headSeq
        #expect(throws: LedgerError.self) { try f.anotherService().ledger.append(checked) }
        #expect(try f.anotherService().ledger.headSeq == head)
        _ = try f.anotherService().caseEvents("C-1001")
    }

    @Test func givenACaseWhenARawLineOfAnyTypeIsCheckedThenItIsRefusedNamingTheLineAndTheCommands() throws {
        let f = try ServiceFixture.ready()
        try f.recordJoe(through: "receiveReferral")
        do {
            _ = try CaseService.checkRawAppend([note("N-1", 1), note("C-1001", 2)], lines: [3, 5], in: f.service.ledger)
            Issue.record("a raw line on a case was accepted")
        } catch {
            #expect(error.code == "append-domain-event")
            #expect(error.message.hasPrefix("line 5: C-1001 is a case"))
            #expect(error.message.contains("caseledger record"))
        }
    }

    @Test(arguments: [("referralReceived", DomainStreamKind.caseStream), ("eventCorrected", .caseStream), ("staffLeft", .staffRegister),
        ("configurationPublished", .configuration)])
    func everyDomainTypeIsKnownAsTheDomains(type: String, kind: DomainStreamKind) {
        #expect(Streams.domainKind(ofType: type, schema: 1) == kind)
        #expect(Streams.domainKind(ofType: "noteAdded", schema: 1) == nil)
    }
}
