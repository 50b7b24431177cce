import CaseLedger

/// What changed in a case between two recorded times, and which events changed it: the figures
/// as known at the first time against those as known at the second, and every event recorded in
/// between.
public struct CaseDiff: Hashable, Sendable {
    /// A figure that changed, with the events recorded in the interval that changed it.
    public struct Change: Hashable, Sendable {
        /// The figure before and after.
        public var change: FigureChange
        /// The seqs of the events in the interval that changed it.
        public var changedBy: [Int64]

        /// A change.
        public init(change: FigureChange, changedBy: [Int64]) {
            self.change = change
            self.changedBy = changedBy
        }
    }

    /// The case reference.
    public var caseId: String
    /// Whose copy.
    public var copy: Copy
    /// The earlier recorded time.
    public var from: Timestamp
    /// The later recorded time.
    public var to: Timestamp
    /// The effective date whose figures are compared; nil for the latest.
    public var inForceOn: CalendarDate?
    /// The figures that differ.
    public var changes: [Change]
    /// The events recorded after `from` and at or before `to`, as trail entries.
    public var events: [TrailEntry]

    /// The difference in `history` between what was known at `from` and at `to`, comparing the
    /// figures in force on `inForceOn` (the latest when nil).
    public init(
        history: CaseHistory, from: Timestamp, to: Timestamp, inForceOn: CalendarDate?, copy: Copy,
        configuration: Configuration
    ) {
        let upTo = history.events.filter { $0.recordedAt <= to }
        let register = history.staffRegister(asKnownAt: to)
        let builder = TrailBuilder(events: upTo, register: register, copy: copy, configuration: configuration)
        let before = CaseState(rebuiltFrom: upTo.filter { $0.recordedAt <= from })
        let after = builder.states.last ?? CaseState()
        let f0 = CaseFigures(before, on: inForceOn, register: register, configuration: configuration)
        let f1 = CaseFigures(after, on: inForceOn, register: register, configuration: configuration)
        let inWindow = Set(upTo.filter { $0.recordedAt > from }.map(\.seq))
        let window = builder.entries().filter { inWindow.contains($0.seq) }
        caseId = history.caseId
        self.copy = copy
        self.from = from
        self.to = to
        self.inForceOn = inForceOn
        events = window
        changes = f0.changes(to: f1, effective: nil).map { c in
            Change(change: c, changedBy: window.filter { e in e.changes.contains { $0.key == c.key } }.map(\.seq))
        }
    }
}
