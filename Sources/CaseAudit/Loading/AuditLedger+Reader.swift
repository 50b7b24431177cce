import LedgerStore

extension AuditLedger {
    /// Another handle on the same verified ledger, reading through its own `Ledger.reader()`: for
    /// reading cases on another thread. Verifies nothing again (this one was verified at opening).
    public func reader() throws -> AuditLedger {
        AuditLedger(path: path, ledger: try ledger.reader(), verification: verification, upcaster: upcaster)
    }
}
