import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("The kind of a case event")
struct EventKindTests {
    @Test("one kind for each type, in the same order and with the same name")
    func kindsAreTheTypes() {
        // issue 17: retention — `erased` is the one kind with no stored type of its own: an erased
        // event keeps its type (`ErasedEvent.originalType`).
        #expect(CaseEvent.Kind.allCases.filter { $0 != .erased }.map { String(describing: $0) } == CaseEvent.allTypeNames)
        #expect(CaseEvent.Kind.allCases.last == .erased)
    }

    @Test("an event's kind names its type, and a recorded event keeps it", arguments: CaseEvent.allTypeNames)
    func kindOfEachType(typeName: String) throws {
        let recorded = try #require(GrandTour.oneOfEach[typeName])
        #expect(String(describing: recorded.event.kind) == typeName)
        #expect(recorded.kind == recorded.event.kind)
    }

    @Test("a recorded event's kind follows its event when the event is replaced")
    func kindFollowsTheEvent() throws {
        var recorded = try #require(GrandTour.oneOfEach["referralReceived"])
        let other = try #require(GrandTour.oneOfEach["caseClosed"])
        recorded.event = other.event
        #expect(recorded.kind == .caseClosed)
    }

    @Test("generated histories", arguments: Array(UInt64(1)...5))
    func generatedHistories(seed: UInt64) {
        var g = HistoryGenerator(seed: seed)
        for r in g.run(attempts: 150) {
            #expect(r.kind == r.event.kind)
            #expect(String(describing: r.kind) == r.event.typeName)
        }
    }
}
