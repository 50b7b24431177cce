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

    /// A grant from `from`, open-ended unless `until` is given.
    public init(value: Value, from: CalendarDate, until: CalendarDate? = nil, grantedBy: String) {
        self.value = value
        self.from = from
        self.until = until
        self.grantedBy = grantedBy
    }

    /// True when held on `date`.
    public func isHeld(on date: CalendarDate) -> Bool {
        from <= date && (until.map { date < $0 } ?? true)
    }
}
