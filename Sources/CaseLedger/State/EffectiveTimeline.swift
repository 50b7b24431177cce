// Keeps events/INVARIANTS.md rule 9: each entry keeps its recorded seq and its effective date.
/// Values in effective-date order, answering "what was in force on date D". Entries with the same
/// effective date are ordered by sequence number, so a later decision wins; a back-dated entry
/// takes its place by date, not by when it was recorded. Its queries are inlinable, so a report
/// in another module reads a timeline through code specialized for its values, not generic code.
public struct EffectiveTimeline<Value: Hashable & Sendable>: Hashable, Sendable {
    /// Every entry, ordered by effective date then sequence number.
    public private(set) var entries: [Dated<Value>] = []

    /// An empty timeline.
    public init() {}

    /// Adds an entry in its place: appended when it comes last (as it mostly does), without
    /// moving the others.
    mutating func record(_ entry: consuming Dated<Value>) {
        // The last entry is looked at first: when it is not after the new one, none is.
        if let last = entries.indices.last, (entries[last].effectiveDate, entries[last].seq) > (entry.effectiveDate, entry.seq),
            let i = entries.firstIndex(where: { ($0.effectiveDate, $0.seq) > (entry.effectiveDate, entry.seq) })
        {
            entries.insert(entry, at: i)
        } else {
            entries.append(entry)
        }
    }

    /// The entry in force on `date`: the last one effective on or before it (nil value if ended).
    @inlinable public func entry(on date: CalendarDate) -> Dated<Value>? {
        entryIndex(on: date).map { entries[$0] }
    }

    /// Where in `entries` the entry in force on `date` is (the last one effective on or before
    /// it): found with the entries read in place, none copied.
    @inlinable func entryIndex(on date: CalendarDate) -> Int? {
        var i = entries.endIndex
        while i > entries.startIndex {
            i -= 1
            if entries[i].effectiveDate <= date { return i }
        }
        return nil
    }

    /// The value in force on `date`; nil when none is, or it had ended.
    @inlinable public func value(on date: CalendarDate) -> Value? { entry(on: date)?.value }

    /// The latest entry by effective date.
    @inlinable public var latest: Dated<Value>? { entries.last }

    /// The latest value; nil when none, or it has ended.
    @inlinable public var current: Value? { entries.indices.last.flatMap { entries[$0].value } }

    /// `current != nil`, read in place without copying the value.
    @inlinable public var hasCurrent: Bool {
        guard let last = entries.indices.last else { return false }
        if case .none = entries[last].value { return false }
        return true
    }

    /// The date since which the current entry has applied.
    @inlinable public var since: CalendarDate? { entries.indices.last.map { entries[$0].effectiveDate } }
}
