import LedgerJSON

/// What `Ledger.forEachEvent(inStreams:)` reads lines into and builds their tapes in, kept by a
/// handle between calls so that each call does not allocate its own, and apart from the buffers
/// of the handle's other reads, since the tapes it hands out borrow them. Not thread-safe: one
/// call at a time.
final class GroupReadBuffers {
    /// The tape builder's node buffer.
    let tapeScratch = JSONTapeScratch()
    private var bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: 16 << 10, alignment: 16)

    deinit { bytes.deallocate() }

    /// The line buffer, grown to at least `count` bytes (its content is not kept when it grows).
    func buffer(_ count: Int) -> UnsafeMutableRawBufferPointer {
        if bytes.count < count {
            bytes.deallocate()
            bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 2 * bytes.count), alignment: 16)
        }
        return bytes
    }
}
