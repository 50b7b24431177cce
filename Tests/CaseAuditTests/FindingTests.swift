import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("A finding about one event, or two")
struct FindingTests {
    @Test("given an event and maybe another, then the finding is the one about the list of them")
    func sameAsList() {
        var g = HistoryGenerator(seed: 7)
        let events = g.run(attempts: 60)
        let date = day("2026-05-01")
        for (e, other) in zip(events, [nil] + events.map(Optional.some)) {
            let list = [e] + [other].compactMap { $0 }
            #expect(
                Finding("C-1", .reviewOverdue, e, and: other, date: date, "text")
                    == Finding("C-1", .reviewOverdue, list, date: date, "text"))
        }
        #expect(Finding("C-1", .reviewOverdue, events[0], date: date, "text").refs == [events[0].seq])
    }
}
