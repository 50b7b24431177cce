import LedgerStore

/// The demo's event ids: version 4 UUIDs drawn from a SplitMix64 generator with a fixed seed, so
/// they look like any other ids but are the same on every run.
final class DemoEventIDs: RandomNumberGenerator {
    private var state: UInt64

    /// A source seeded with `seed`.
    init(seed: UInt64) { state = seed }

    /// The next 64 bits (SplitMix64).
    func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next event id.
    func nextID() -> EventID {
        var generator = self
        return EventID.random(using: &generator)
    }
}
