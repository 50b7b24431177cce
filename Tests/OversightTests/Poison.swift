import CaseDemo
import LedgerJSON
import LedgerStore

/// Events the domain cannot read, written straight through the storage API (`Ledger.append` of a
/// raw `NewEvent`), as someone writing round the rules would (issue 14): the readers must list
/// them and carry on with every other case.
enum Poison {
    /// Appends, at the end of the ledger at `path`, one event on each of the synthetic cases
    /// numbered `cases` that cannot be read: by turns a `referralReceived` with only a `route` (no
    /// `reasons`, no `actingRole`: the example) and a copy of the case's own first event
    /// with an effective date that is out of range (30 February). Returns the seqs written, by case.
    @discardableResult
    static func append(to path: String, cases: [Int]) throws -> [String: Int64] {
        let ledger = try Ledger.open(at: path, mode: .readWrite)
        var out: [String: Int64] = [:]
        for (n, index) in cases.enumerated() {
            let caseId = SyntheticCaseload.caseId(index)
            let event: NewEvent
            if n % 2 == 0 {
                event = NewEvent(stream: caseId, type: "referralReceived", schema: 1, actor: "S-17", payload: .object(["route": .string("self")]))
            } else {
                let first = try ledger.events(inStream: caseId)[0]
                var payload = first.payload!.objectValue!
                payload["effectiveDate"] = .string("2026-02-30")
                event = NewEvent(stream: caseId, type: first.type, schema: first.schema, actor: first.actor, payload: .object(payload))
            }
            // Recorded at the ledger's last recorded time (a clock behind it is raised to it, rule 4).
            out[caseId] = try ledger.append([event], clock: { Timestamp(microsecondsSinceEpoch: 0) })[0].seq
        }
        return out
    }
}
