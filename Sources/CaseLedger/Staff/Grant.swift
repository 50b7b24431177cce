/// Something held from a date until (not including) another date: a role or a sign-off limit.
public struct Grant<Value: Hashable & Sendable>: Hashable, Sendable {
    /// What is held.
    public var value: Value
    /// The first day it is held.
    public var from: CalendarDate
    /// The first day it is no longer held; nil while still held.
    public var until: CalendarDate?
    /// The id of the event that granted it.
    public var grantedBy: String
    /// The id of the event that ended it (revocation, a new limit, or leaving); nil while held.
    public var endedBy: String?

    /// A grant from `from`, open-ended unless `until` is given.
    public init(
        value: Value, from: CalendarDate, until: CalendarDate? = nil, grantedBy: String,
        endedBy: String? = nil
    ) {
        self.value = value
        self.from = from
        self.until = until
        self.grantedBy = grantedBy
        self.endedBy = endedBy
    }

    /// The grant ended on `date` by event `eventId`.
    func ended(on date: CalendarDate, by eventId: String) -> Grant {
        var g = self
        g.until = date
        g.endedBy = eventId
        return g
    }

    /// True when held on `date`.
    public func isHeld(on date: CalendarDate) -> Bool {
        from <= date && (until.map { date < $0 } ?? true)
    }
}
