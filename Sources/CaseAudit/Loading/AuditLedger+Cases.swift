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
}
