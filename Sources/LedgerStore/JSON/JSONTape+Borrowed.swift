extension JSONTape.Value {
    /// This value without a hold on its tape (see `Borrowed`).
    @inlinable public var borrowed: Borrowed { Borrowed(tape: Unmanaged.passUnretained(tape), index: index) }

    /// A value on a tape that does not hold the tape: copying it counts no reference, so a reader
    /// that keeps the `JSONTape.Value` it came from can read many fields through it without
    /// retaining and releasing the tape for each.
    ///
    /// Guarantee: safe exactly while the tape is held by something else — the holder must keep
    /// the `JSONTape.Value` (or the tape) this was made from for as long as it uses this (as
    /// `PayloadReader` does: it keeps both, and uses this only inside its own methods). The
    /// value given to `withValue`'s body is an ordinary `JSONTape.Value`: one the body keeps is
    /// retained as any copy is.
    public struct Borrowed: @unchecked Sendable {
        /// The tape, not retained.
        @usableFromInline let tape: Unmanaged<JSONTape>
        /// The value's node.
        @usableFromInline let index: Int

        /// The borrowed value at `index` of `tape`.
        @usableFromInline init(tape: Unmanaged<JSONTape>, index: Int) {
            self.tape = tape
            self.index = index
        }

        /// Calls `body` with the value, made on the tape without retaining it, and returns what
        /// it returns.
        @inlinable
        public func withValue<R, E: Error>(_ body: (JSONTape.Value) throws(E) -> R) throws(E) -> R {
            let result = tape._withUnsafeGuaranteedRef { tape in
                Result { () throws(E) -> R in try body(JSONTape.Value(tape: tape, index: index)) }
            }
            return try result.get()
        }
    }
}
