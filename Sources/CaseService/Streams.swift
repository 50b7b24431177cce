import LedgerStore

/// The ledger's streams: one per case (the case id, e.g. `C-1001`), the staff register, and the
/// published configuration.
public enum Streams {
    /// The staff register's stream.
    public static let staff = "staff"
    /// The configuration's stream.
    public static let configuration = "configuration"

    /// The storage's own stream: acknowledged clock jumps (`ClockJumpGuard`).
    public static let ledger = ClockJumpGuard.stream

    /// True for the stream names a case may not have.
    public static func isReserved(_ name: String) -> Bool {
        name == staff || name == configuration || name == ledger
    }
}
