/// A report as a document any of the text formats can render: a title, lead lines, sections of
/// blocks, an optional timeline, and the integrity statement it always ends with.
public struct ReportDocument: Hashable, Sendable {
    /// The title.
    public var title: String
    /// Lines under the title: whose copy, the point of view, how to read it.
    public var lead: [String]
    /// The sections, in order.
    public var sections: [ReportSection]
    /// The timeline, drawn after the first section in HTML.
    public var timeline: TimelineData?
    /// The statement the report ends with.
    public var integrity: IntegrityStatement
    /// Whose copy this is, when the report has one: a staff copy says so in its title, its
    /// heading and on every printed page. Staff listings (caseload, compliance, panel pack) are
    /// staff copies.
    public var copy: Copy?
    /// The point in time the report shows, in words ("as known at 2 June 2026 00:00 UTC"), for the
    /// running header of printed pages; nil for "as recorded now".
    public var dated: String?

    /// The title with the copy named when it is a staff copy: what the heading and a browser's
    /// title bar show.
    public var fullTitle: String {
        copy == .staff ? "\(title) \u{2014} staff copy" : title
    }

    /// A document.
    public init(
        title: String, lead: [String], sections: [ReportSection], timeline: TimelineData? = nil, integrity: IntegrityStatement,
        copy: Copy? = nil, dated: String? = nil
    ) {
        self.copy = copy
        self.dated = dated
        self.title = title
        self.lead = lead
        self.sections = sections
        self.timeline = timeline
        self.integrity = integrity
    }
}

/// A section: a heading, an anchor for links, and blocks.
public struct ReportSection: Hashable, Sendable {
    /// The heading.
    public var heading: String
    /// A stable id for links, e.g. `ref-12`.
    public var anchor: String
    /// The content.
    public var blocks: [ReportBlock]
    /// A style word for formats that mark kinds of section (HTML class), e.g. `superseded`.
    public var kind: String?

    /// A section.
    public init(heading: String, anchor: String, blocks: [ReportBlock], kind: String? = nil) {
        self.heading = heading
        self.anchor = anchor
        self.blocks = blocks
        self.kind = kind
    }
}

/// A label and its value.
public struct Fact: Hashable, Sendable {
    /// The label.
    public var label: String
    /// The value.
    public var value: String

    /// A fact.
    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// A table with a caption and column headers.
public struct ReportTable: Hashable, Sendable {
    /// What the table shows.
    public var caption: String
    /// The column headers.
    public var headers: [String]
    /// The rows; each has one cell per header. The first cell heads its row.
    public var rows: [[String]]

    /// A table.
    public init(caption: String, headers: [String], rows: [[String]]) {
        self.caption = caption
        self.headers = headers
        self.rows = rows
    }
}

/// A piece of a section.
public indirect enum ReportBlock: Hashable, Sendable {
    /// A paragraph.
    case paragraph(String)
    /// Labels and values.
    case facts([Fact])
    /// A list, with an optional heading.
    case list(label: String?, items: [String])
    /// A table.
    case table(ReportTable)
    /// Something the reader must not miss: withheld items, a superseded decision.
    case callout(String)
    /// A nested section (one decision of a trail).
    case subsection(ReportSection)
}
