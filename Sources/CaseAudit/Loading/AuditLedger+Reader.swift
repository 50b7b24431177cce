import LedgerStore

extension AuditLedger {
    /// Another handle on the same verified ledger, for reading cases on another thread. A ledger
    /// verified whole reads through its own `Ledger.reader()` and verifies nothing again; one
    /// checked against a verification record gets its own reader of that record (which checks the
    /// ledger's first event, the record's last and the events since, as opening did).
    public func reader() throws -> AuditLedger {
        if let recordCheck {
            return AuditLedger(
                path: path, ledger: nil, verification: nil,
                recordCheck: try RecordCheckedReader(ledgerAt: path, record: recordCheck.record), recordWritten: nil, upcaster: upcaster)
        }
        return AuditLedger(
            path: path, ledger: try ledger.reader(), verification: verification, recordCheck: nil, recordWritten: nil, upcaster: upcaster,
            checkpointCheck: checkpointCheck)
    }
}
