import CaseLedger

// Keeps events/INVARIANTS.md rule 9: as known at versus in force on.
/// The point of view a report takes in time.
///
/// `asKnownAt` limits the report to what had been recorded by that instant ("what did the council
/// know when it decided?"): later events, including later corrections, are left out.
/// `inForceOn` asks what applied on an effective date, with every recorded event (back-dated
/// decisions and corrections included) taken into account. Both may be given together.
public struct TimeView: Hashable, Sendable {
    /// Only events recorded at or before this instant; nil for everything recorded.
    public var asKnownAt: Timestamp?
    /// The effective date whose figures are shown; nil for the latest.
    public var inForceOn: CalendarDate?

    /// A point of view; the default is everything recorded, latest figures.
    public init(asKnownAt: Timestamp? = nil, inForceOn: CalendarDate? = nil) {
        self.asKnownAt = asKnownAt
        self.inForceOn = inForceOn
    }

    /// The events visible from this point of view, in recorded order.
    public func visible(_ events: [RecordedCaseEvent]) -> [RecordedCaseEvent] {
        guard let limit = asKnownAt else { return events }
        return events.filter { $0.recordedAt <= limit }
    }

    /// True when neither limit is set.
    public var isLatest: Bool { asKnownAt == nil && inForceOn == nil }

    /// The point of view in a few words for a running header ("as known at …; in force on …"),
    /// or nil when it is "as recorded now".
    public var dated: String? {
        let parts = [asKnownAt.map { "as known at \(Words.time($0))" }, inForceOn.map { "in force on \(Words.date($0))" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// One line per limit, for the head of a report; empty when there is none.
    public var describedLines: [String] {
        var lines: [String] = []
        if let t = asKnownAt {
            lines.append("As known at \(Words.time(t)): only what had been recorded by then.")
        }
        if let d = inForceOn {
            lines.append("In force on \(Words.date(d)): what applied on that date, including decisions recorded later and back-dated; "
                + "decisions that take effect after that date are left out.")
        }
        return lines
    }
}
