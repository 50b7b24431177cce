/// One figure or status of a case, in words: a stable key, a label and its value.
public struct Figure: Hashable, Sendable {
    /// A stable key for programs, e.g. `weeklyContribution`.
    public var key: String
    /// The label a person reads, e.g. "Weekly contribution".
    public var label: String
    /// The value in words, e.g. "£23.40 a week".
    public var value: String

    /// A figure.
    public init(key: String, label: String, value: String) {
        self.key = key
        self.label = label
        self.value = value
    }
}

/// A figure that changed: from what, to what, and from when.
public struct FigureChange: Hashable, Sendable {
    /// The figure's key.
    public var key: String
    /// Its label.
    public var label: String
    /// The value before.
    public var from: String
    /// The value after.
    public var to: String
    /// The effective date the change applies from, when the figure is dated.
    public var effective: CalendarDateText?

    /// A change.
    public init(key: String, label: String, from: String, to: String, effective: CalendarDateText?) {
        self.key = key
        self.label = label
        self.from = from
        self.to = to
        self.effective = effective
    }

    /// "Weekly contribution: £23.40 a week → £31.10 a week from 1 April 2026".
    public var sentence: String {
        "\(label): \(from) \u{2192} \(to)\(effective.map { " from \($0.words)" } ?? "")"
    }
}

/// A date as text, kept with its ISO form for programs.
public struct CalendarDateText: Hashable, Sendable {
    /// `YYYY-MM-DD`.
    public var iso: String
    /// "1 April 2026".
    public var words: String

    /// A date's two forms.
    public init(iso: String, words: String) {
        self.iso = iso
        self.words = words
    }
}
