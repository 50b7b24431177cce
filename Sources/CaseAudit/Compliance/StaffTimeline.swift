import CaseLedger

/// The staff register as known at any recorded time, folded once: the register after each
/// prefix of the staff register's events, so that every sign-off in every case looks its register
/// up instead of folding the staff events again. Immutable once made, so one timeline serves
/// every case on every thread.
public final class StaffTimeline: Sendable {
    /// The staff register's events, in recorded order.
    public let events: [RecordedStaffEvent]
    /// `registers[k]`: the register folded from the first k events (when their recorded times
    /// never go back; nil otherwise, and each register is folded from the events as asked).
    private let registers: [StaffRegister]?
    /// When the last leaving was recorded (nil when none was): no register known later differs
    /// from an earlier one in anyone's leaving date.
    public let lastLeavingRecordedAt: Timestamp?

    /// A timeline of `events` (the staff register's events, in recorded order).
    public init(_ events: [RecordedStaffEvent]) {
        self.events = events
        lastLeavingRecordedAt = events.lazy.filter {
            if case .staffLeft = $0.event { return true }
            return false
        }.map(\.recordedAt).max()
        let ordered = zip(events, events.dropFirst()).allSatisfy { $0.recordedAt <= $1.recordedAt }
        guard ordered else {
            registers = nil
            return
        }
        var folded = [StaffRegister()]
        folded.reserveCapacity(events.count + 1)
        for e in events { folded.append(evolve(folded[folded.count - 1], e)) }
        registers = folded
    }

    /// The register folded from every event.
    public var latest: StaffRegister { registers?.last ?? StaffRegister(events) }

    /// The register folded from the events recorded at or before `instant`.
    public func register(asKnownAt instant: Timestamp) -> StaffRegister {
        guard let registers else { return StaffRegister(events.filter { $0.recordedAt <= instant }) }
        return registers[position(recordedBy: instant)]
    }

    /// How many of the events were recorded at or before `instant`: registers known at two
    /// instants with the same count are the same register. Nil when the events' recorded times
    /// go back somewhere (then a register is folded from the events as asked).
    public func count(recordedBy instant: Timestamp) -> Int? {
        registers == nil ? nil : position(recordedBy: instant)
    }

    /// The number of leading events recorded at or before `instant` (events in recorded order).
    private func position(recordedBy instant: Timestamp) -> Int {
        var low = 0, high = events.count
        while low < high {
            let mid = (low + high) / 2
            if events[mid].recordedAt <= instant { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
