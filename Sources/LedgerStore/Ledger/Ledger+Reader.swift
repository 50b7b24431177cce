extension Ledger {
    /// Another read-only handle on this ledger seeing exactly what this one sees — the same head,
    /// segments and stream index (shared, not read again) — with its own files and buffers, for
    /// reading on another thread (a handle is not thread-safe: use one per thread). Loads this
    /// handle's index first when it has not been loaded yet. Like any handle, it checks every
    /// line it reads against the index and falls back on the log when they disagree.
    public func reader() throws(LedgerError) -> Ledger {
        let index = try loadIndex()
        let other = Ledger(path: path, mode: .readOnly, layout: layout)
        other.segments = segments
        other.tail = tail
        other.index = index
        return other
    }
}
