extension JSONTape.Value {
    /// Calls `body` with the member named `key` (as `member(_:)` finds it), lent in place on this
    /// value's tape, and returns what it returns; nil when there is no such member, without
    /// calling `body`.
    ///
    /// Guarantee: the member is `borrowing`, so reading it holds the tape no more than this value
    /// does — no retain and release per member read (an optional value passed instead would cost
    /// one). A value `body` keeps (`copy`) holds the tape as any copy does.
    @inlinable
    public func withMemberLent<R, E: Error>(_ key: JSONTape.Key, _ body: (borrowing JSONTape.Value) throws(E) -> R) throws(E) -> R? {
        guard let i = memberIndex(key) else { return nil }
        return try body(JSONTape.Value(tape: tape, index: i))
    }
}
