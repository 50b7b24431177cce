import CaseLedger

extension AuditLedger {
    /// The history of every case in the ledger, by case reference (streams that are not cases,
    /// such as the staff register and the configuration, are left out).
    public func caseHistories() throws -> [CaseHistory] {
        var out: [CaseHistory] = []
        for stream in try ledger.streams.sorted() where stream != AuditLedger.staffStream {
            do {
                out.append(try caseHistory(stream))
            } catch AuditError.notACase {
                continue
            }
        }
        return out
    }

    /// The case's history, as `caseHistory(_:)` gives it, refusing with
    /// `AuditError.caseNotYetOpened` a case that had nothing recorded by `view.asKnownAt`.
    public func caseHistory(_ caseId: String, view: TimeView) throws -> CaseHistory {
        let history = try caseHistory(caseId)
        if let t = view.asKnownAt, let first = history.events.first, first.recordedAt > t {
            throw AuditError.caseNotYetOpened(caseId: caseId, at: t, firstRecordedAt: first.recordedAt)
        }
        return history
    }
}
