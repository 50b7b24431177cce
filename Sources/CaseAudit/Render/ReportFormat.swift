import CaseLedger

/// The output formats.
public enum ReportFormat: String, Hashable, Sendable, CaseIterable {
    /// Plain text for the terminal.
    case text
    /// Markdown.
    case md
    /// One self-contained, accessible, print-friendly HTML file with an SVG timeline.
    case html
    /// JSON for other programs.
    case json
    /// CSV for spreadsheets: one row per decision (or step, or change).
    case csv
}

/// How to render: the format and, for HTML, large print.
public struct RenderOptions: Hashable, Sendable {
    /// The format.
    public var format: ReportFormat
    /// Large print (HTML): a larger base size and wider spacing.
    public var largePrint: Bool

    /// The day the report is made (HTML): the running header of printed pages gives it when
    /// the report shows the ledger as recorded now; nil leaves it out (tests, goldens).
    public var madeOn: CalendarDate?

    /// issue 18: scripts. The width the text format wraps at (the terminal's when the tool writes
    /// to one: `TerminalWidth`).
    public var textWidth: Int

    /// Options.
    public init(format: ReportFormat, largePrint: Bool = false, madeOn: CalendarDate? = nil, textWidth: Int = TextWrapping.defaultWidth) {
        self.format = format
        self.largePrint = largePrint
        self.madeOn = madeOn
        self.textWidth = textWidth
    }
}
