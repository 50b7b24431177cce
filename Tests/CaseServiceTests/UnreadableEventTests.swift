import CaseLedger
import CaseLedgerTestSupport
import CaseService
import LedgerJSON
import LedgerStore
import Testing

/// Issue 14, readers that cannot be poisoned: `case show` on a case holding an event written
/// round the rules (the storage API) names it plainly, and the case as known before it was
/// recorded is still shown (on the old code every view of the case failed).
@Suite("Case view: an event that cannot be read")
struct UnreadableEventCaseViewTests {
    @Test func givenAPoisonEventWhenTheCaseIsShownThenTheErrorNamesTheEventTheFieldAndWhatToDo() throws {
        let f = try ServiceFixture.ready()
        try f.recordJoe(through: "allocateWorker")
        let seq = try f.service.ledger.append([
            NewEvent(stream: "C-1001", type: "referralReceived", schema: 1, actor: "S-17", payload: .object(["route": .string("self")]))
        ], clock: { at("2026-06-01T09:00:00Z") })[0].seq

        #expect {
            try f.service.caseState("C-1001")
        } throws: { error in
            guard let e = error as? ServiceError, case .unreadableEvent(let stream, let s, let type, _, let problem) = e else { return false }
            return stream == "C-1001" && s == seq && type == "referralReceived" && problem.field == "actingRole" && e.code == "event-unreadable"
                && e.message.hasPrefix("event seq \(seq) of case C-1001 (referralReceived, schema 1) cannot be read: field `actingRole`: is missing.")
                && e.message.contains("a correction cannot supersede an event that cannot be read")
                && e.message.contains("Tell whoever administers the ledger, giving case C-1001 and seq \(seq)")
        }

        let before = try f.service.caseState("C-1001", asKnownAt: at("2026-05-31T00:00:00Z"))
        #expect(before.state.allocatedWorker.current?.workerId != nil)
        #expect(before.eventCount > 0)
    }
}
