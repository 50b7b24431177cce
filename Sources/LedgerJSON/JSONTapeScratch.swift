/// The buffer a `JSONTapeBuilder` writes nodes into, kept between builds so that building a tape
/// does not allocate and grow a buffer of its own: a tape then copies out exactly the nodes it
/// has. Grows by doubling, never shrinks. Not thread-safe: one per reader.
package final class JSONTapeScratch {
    /// The buffer (uninitialised beyond what the build in progress has written).
    var nodes: UnsafeMutablePointer<JSONTape.Node>
    /// How many nodes `nodes` has room for.
    var capacity: Int
    /// The strings read from the tapes built here while they borrow (see `JSONTape.Value.stringValue`).
    let strings = TextInterner(slots: 512)

    /// A scratch with room for `capacity` nodes.
    package init(capacity: Int = 256) {
        self.capacity = max(16, capacity)
        nodes = .allocate(capacity: self.capacity)
    }

    deinit { nodes.deallocate() }

    /// Doubles the room, keeping the first `used` nodes.
    func grow(keeping used: Int) {
        let bigger = UnsafeMutablePointer<JSONTape.Node>.allocate(capacity: 2 * capacity)
        bigger.moveInitialize(from: nodes, count: used)
        nodes.deallocate()
        nodes = bigger
        capacity *= 2
    }
}
