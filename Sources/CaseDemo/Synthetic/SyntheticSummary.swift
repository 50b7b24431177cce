import CaseLedger

/// What `SyntheticCaseload.write` recorded.
public struct SyntheticSummary: Hashable, Sendable {
    /// How many cases were opened.
    public var cases: Int
    /// How many events the ledger holds, staff register and configuration included.
    public var events: Int64
    /// How many cases stopped early because `decide` refused a replayed step (the case keeps the
    /// steps before it: every recorded event was decided).
    public var refusedSteps: Int
    /// The first day a case decision was recorded.
    public var firstDay: CalendarDate?
    /// The last day a case decision was recorded.
    public var lastDay: CalendarDate?
}
