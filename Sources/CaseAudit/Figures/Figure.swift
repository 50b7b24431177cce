/// One figure or status of a case, in words: a stable key, a label and its value.
public struct Figure: Hashable, Sendable {
    /// A stable key for programs, e.g. `weeklyContribution`.
    public var key: String
    /// The label a person reads, e.g. "Weekly contribution".
    public var label: String
    /// The value in words, e.g. "£23.40 a week".
    public var value: String
    /// issue 18: scripts. The amount in pence a week, when the value is one amount of money
    /// (nil for words such as "not yet assessed" or "the full cost", and for an amount out of range).
    public var pence: Int64?
    /// issue 18: scripts. A stable code for the value, when it is one of a fixed set (the stage's
    /// code such as `supportPlanning`; `eligible`, `notEligible`, `ended`, `undecided`).
    public var code: String?

    /// A figure.
    public init(key: String, label: String, value: String, pence: Int64? = nil, code: String? = nil) {
        self.key = key
        self.label = label
        self.value = value
        self.pence = pence
        self.code = code
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
    /// issue 18: scripts. The figure before and after, as numbers and codes (`Figure.pence`,
    /// `Figure.code`).
    public var before: Figure?
    /// The figure after.
    public var after: Figure?

    /// A change.
    public init(key: String, label: String, from: String, to: String, effective: CalendarDateText?, before: Figure? = nil, after: Figure? = nil) {
        self.key = key
        self.label = label
        self.from = from
        self.to = to
        self.effective = effective
        self.before = before
        self.after = after
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
