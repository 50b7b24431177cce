import CaseLedger
import LedgerStore

// issue 15: carers
extension CaseService {
    // Keeps events/INVARIANTS.md rule 7: decided on each case, appended at the versions read.
    /// Records a carer link on case `caseId` and its mirror on the linked case, in one batch.
    ///
    /// `decide` sees one case: this reads both, passes each decision what it needs of the other
    /// (`LinkedCaseFacts`), decides the link on `caseId` and then its mirror
    /// (`CarerLinked.mirror`) on the linked case, and appends both events in one batch, each
    /// expecting its stream at the version read (a concurrent writer on either makes the whole
    /// batch fail with `version-conflict`). Nothing is written when either decision is refused.
    func recordLink(
        _ link: CarerLinked, case caseId: String, actor: String, now: Timestamp, context: DecisionContext,
        history: [RecordedCaseEvent], state: CaseState
    ) throws(ServiceError) -> [AppendedEvent] {
        let otherId = link.linkedCaseId
        var otherHistory: [RecordedCaseEvent] = []
        var otherState = CaseState()
        // A reserved stream, this case itself, or a stream that is not a case: no facts of a case.
        var isCase = !Streams.isReserved(otherId) && otherId != caseId
        if isCase, let first = try stored(otherId).first {
            isCase = try CaseService.caseEvent(first, upcaster: upcaster, onlyCaseTypes: true) != nil
        }
        if isCase {
            otherHistory = try caseEvents(otherId)
            otherState = CaseState(rebuiltFrom: otherHistory)
        }
        var here = context
        here.linkedCases = [otherId: LinkedCaseFacts(caseId: otherId, kind: isCase ? otherState.kind : nil, isClosed: otherState.isClosed)]
        var there = context
        there.linkedCases = [caseId: LinkedCaseFacts(caseId: caseId, state: state)]
        let events: [CaseEvent], mirrored: [CaseEvent]
        do {
            events = try decide(.linkCarer(link), state, here)
            mirrored = try decide(.linkCarer(link.mirror(caseId: caseId, kind: state.kind ?? .adult)), otherState, there)
        } catch {
            throw .rejected(error)
        }
        func pending(_ e: CaseEvent) -> Pending { Pending(type: e.typeName, schema: e.schemaVersion, payload: e.payload) }
        return try append(
            [(caseId, Int64(history.count), events.map(pending)), (otherId, Int64(otherHistory.count), mirrored.map(pending))],
            actor: actor, now: now)
    }
}
