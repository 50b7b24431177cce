// issue 17: retention
/// A legal hold on a case: placed, and lifted or still in place.
public struct LegalHoldRecord: Hashable, Sendable {
    /// The hold as placed.
    public var placed: LegalHoldPlaced
    /// Its lifting, once lifted.
    public var lifted: LegalHoldLifted?

    /// A hold just placed.
    public init(placed: LegalHoldPlaced, lifted: LegalHoldLifted? = nil) {
        self.placed = placed
        self.lifted = lifted
    }

    /// True while the hold is in place.
    public var isInPlace: Bool { lifted == nil }
}
