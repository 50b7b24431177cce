/// Renders a document as plain text for the terminal: underlined headings, aligned labels,
/// wrapped at 100 columns, recorded text cleaned of control characters.
public enum TextRenderer {
    /// The text.
    public static func render(_ doc: ReportDocument) -> String {
        var out = TextLines(capacity: 32_768)
        let title = TextWrapping.clean(doc.fullTitle)
        out.line(title)
        out.line(String(repeating: "=", count: TextWrapping.columns(title)))
        out.line()
        for line in doc.lead {
            TextWrapping.wrap(TextWrapping.clean(line), into: &out)
            out.line()
        }
        for section in doc.sections { render(section, level: 1, indent: "", into: &out) }
        out.line("Integrity of this record")
        out.line(String(repeating: "-", count: 24))
        for line in doc.integrity.lines.dropLast() { TextWrapping.wrap(line, into: &out) }
        out.line(doc.integrity.lines.last ?? "")  // the command, unwrapped so it can be pasted
        return out.text
    }

    private static func render(_ section: ReportSection, level: Int, indent: String, into out: inout TextLines) {
        let heading = TextWrapping.clean(section.heading)
        if level == 1 {
            out.line(heading)
            out.line(String(repeating: "-", count: min(TextWrapping.columns(heading), 100)))
        } else {
            TextWrapping.wrap(heading, first: indent, rest: indent + "    ", into: &out)
        }
        let inner = level == 1 ? indent : indent + "  "
        for block in section.blocks { render(block, level: level, indent: inner, into: &out) }
        out.line()
    }

    private static func render(_ block: ReportBlock, level: Int, indent: String, into out: inout TextLines) {
        switch block {
        case .paragraph(let text):
            TextWrapping.wrap(TextWrapping.clean(text), first: indent, rest: indent, into: &out)
        case .facts(let facts):
            let labels = facts.map { TextWrapping.columns($0.label) }
            let width = min(28, (labels.max() ?? 0) + 2)
            let hanging = indent + String(repeating: " ", count: width)
            for (f, label) in zip(facts, labels) {
                let first = indent + f.label + ":" + String(repeating: " ", count: max(1, width - label - 1))
                TextWrapping.wrap(TextWrapping.clean(f.value), first: first, rest: hanging, into: &out)
            }
        case .list(let label, let items):
            var itemIndent = indent
            if let label {
                out.line(indent, label, ":")
                itemIndent += "  "
            }
            let first = itemIndent + "- ", rest = itemIndent + "  "
            for item in items { TextWrapping.wrap(TextWrapping.clean(item), first: first, rest: rest, into: &out) }
        case .table(let table):
            out.line(indent, table.caption, ":")
            for row in table.rows {
                let cells = zip(table.headers.dropFirst(), row.dropFirst()).map { "\($0): \($1)" }.joined(separator: "; ")
                TextWrapping.wrap(TextWrapping.clean("\(row.first ?? "") — \(cells)"), first: indent + "  - ", rest: indent + "    ", into: &out)
            }
        case .callout(let text):
            TextWrapping.wrap(TextWrapping.clean(text), first: indent + "! ", rest: indent + "  ", into: &out)
        case .subsection(let section):
            out.line()
            render(section, level: level + 1, indent: indent, into: &out)
            out.removeBlankLine()
        }
    }
}
