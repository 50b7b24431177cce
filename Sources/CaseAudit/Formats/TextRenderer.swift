/// Renders a document as plain text for the terminal: underlined headings, aligned labels,
/// wrapped to a width (the terminal's, from `TerminalWidth`, or 100 columns), recorded text
/// cleaned of control characters.
public enum TextRenderer {
    /// The text, wrapped at `width` columns (issue 18: scripts; at least 20).
    public static func render(_ doc: ReportDocument, width: Int = TextWrapping.defaultWidth) -> String {
        let width = max(width, 20)
        var out = TextLines(capacity: 32_768)
        let title = TextWrapping.clean(doc.fullTitle)
        out.line(title)
        out.line(String(repeating: "=", count: TextWrapping.columns(title)))
        out.line()
        for line in doc.lead {
            TextWrapping.wrap(TextWrapping.clean(line), width: width, into: &out)
            out.line()
        }
        for section in doc.sections { render(section, level: 1, indent: "", width: width, into: &out) }
        out.line("Integrity of this record")
        out.line(String(repeating: "-", count: 24))
        for line in doc.integrity.lines.dropLast() { TextWrapping.wrap(line, width: width, into: &out) }
        out.line(doc.integrity.lines.last ?? "")  // the command, unwrapped so it can be pasted
        return out.text
    }

    private static func render(_ section: ReportSection, level: Int, indent: String, width: Int, into out: inout TextLines) {
        let heading = TextWrapping.clean(section.heading)
        if level == 1 {
            out.line(heading)
            out.line(String(repeating: "-", count: min(TextWrapping.columns(heading), width)))
        } else {
            TextWrapping.wrap(heading, width: width, first: indent, rest: indent + "    ", into: &out)
        }
        let inner = level == 1 ? indent : indent + "  "
        for block in section.blocks { render(block, level: level, indent: inner, width: width, into: &out) }
        out.line()
    }

    private static func render(_ block: ReportBlock, level: Int, indent: String, width: Int, into out: inout TextLines) {
        switch block {
        case .paragraph(let text):
            TextWrapping.wrap(TextWrapping.clean(text), width: width, first: indent, rest: indent, into: &out)
        case .facts(let facts):
            let labels = facts.map { TextWrapping.columns($0.label) }
            let column = min(28, (labels.max() ?? 0) + 2)
            let hanging = indent + String(repeating: " ", count: column)
            for (f, label) in zip(facts, labels) {
                let first = indent + f.label + ":" + String(repeating: " ", count: max(1, column - label - 1))
                TextWrapping.wrap(TextWrapping.clean(f.value), width: width, first: first, rest: hanging, into: &out)
            }
        case .list(let label, let items):
            var itemIndent = indent
            if let label {
                TextWrapping.wrap(TextWrapping.clean(label + ":"), width: width, first: indent, rest: indent + "  ", into: &out)
                itemIndent += "  "
            }
            let first = itemIndent + "- ", rest = itemIndent + "  "
            for item in items { TextWrapping.wrap(TextWrapping.clean(item), width: width, first: first, rest: rest, into: &out) }
        case .table(let table):
            TextWrapping.wrap(TextWrapping.clean(table.caption + ":"), width: width, first: indent, rest: indent + "  ", into: &out)
            for row in table.rows {
                let cells = zip(table.headers.dropFirst(), row.dropFirst()).map { "\($0): \($1)" }.joined(separator: "; ")
                TextWrapping.wrap(TextWrapping.clean("\(row.first ?? "") — \(cells)"), width: width, first: indent + "  - ", rest: indent + "    ", into: &out)
            }
        case .callout(let text):
            TextWrapping.wrap(TextWrapping.clean(text), width: width, first: indent + "! ", rest: indent + "  ", into: &out)
        case .subsection(let section):
            out.line()
            render(section, level: level + 1, indent: indent, width: width, into: &out)
            out.removeBlankLine()
        }
    }
}
