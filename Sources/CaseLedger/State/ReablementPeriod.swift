/// A period of reablement: when it started, until when it is free, and when it ended.
public struct ReablementPeriod: Hashable, Sendable {
    /// The start.
    public var started: ReablementStarted
    /// The end, once ended.
    public var ended: ReablementEnded?
    // issue 15: carers (weekly reablement progress)
    /// The progress recorded, in recorded order.
    public var progress: [ReablementProgressRecorded] = []

    /// A running period.
    public init(started: ReablementStarted) {
        self.started = started
        self.ended = nil
    }

    /// True while not ended.
    public var isActive: Bool { ended == nil }

    /// True when `date` falls within the free period while reablement was running.
    public func isFree(on date: CalendarDate) -> Bool {
        let start = started.metadata.effectiveDate
        guard start <= date, date <= started.freeUntil else { return false }
        if let end = ended?.metadata.effectiveDate, end <= date { return false }
        return true
    }
}
