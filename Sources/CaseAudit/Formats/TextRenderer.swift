/// Renders a document as plain text for the terminal: underlined headings, aligned labels,
/// wrapped at 100 columns, recorded text cleaned of control characters.
public enum TextRenderer {
    /// The text.
    public static func render(_ doc: ReportDocument) -> String {
        var out: [String] = []
        let title = TextWrapping.clean(doc.title)
        out += [title, String(repeating: "=", count: title.count), ""]
        for line in doc.lead { out += TextWrapping.wrap(TextWrapping.clean(line)) + [""] }
        for section in doc.sections { render(section, level: 1, indent: "", into: &out) }
        out += ["Integrity of this record", String(repeating: "-", count: 24)]
        for line in doc.integrity.lines.dropLast() { out += TextWrapping.wrap(line) }
        out.append(doc.integrity.lines.last ?? "")  // the command, unwrapped so it can be pasted
        return out.joined(separator: "\n") + "\n"
    }

    private static func render(_ section: ReportSection, level: Int, indent: String, into out: inout [String]) {
        let heading = TextWrapping.clean(section.heading)
        if level == 1 {
            out += [heading, String(repeating: "-", count: min(heading.count, 100))]
        } else {
            out += TextWrapping.wrap(heading, first: indent, rest: indent + "    ")
        }
        let inner = level == 1 ? indent : indent + "  "
        for block in section.blocks { render(block, level: level, indent: inner, into: &out) }
        out.append("")
    }

    private static func render(_ block: ReportBlock, level: Int, indent: String, into out: inout [String]) {
        switch block {
        case .paragraph(let text):
            out += TextWrapping.wrap(TextWrapping.clean(text), first: indent, rest: indent)
        case .facts(let facts):
            let width = min(28, (facts.map(\.label.count).max() ?? 0) + 2)
            for f in facts {
                let label = f.label + ":" + String(repeating: " ", count: max(1, width - f.label.count - 1))
                out += TextWrapping.wrap(TextWrapping.clean(f.value), first: indent + label, rest: indent + String(repeating: " ", count: width))
            }
        case .list(let label, let items):
            var itemIndent = indent
            if let label {
                out.append(indent + label + ":")
                itemIndent += "  "
            }
            for item in items {
                out += TextWrapping.wrap(TextWrapping.clean(item), first: itemIndent + "- ", rest: itemIndent + "  ")
            }
        case .table(let table):
            out.append(indent + table.caption + ":")
            for row in table.rows {
                let cells = zip(table.headers.dropFirst(), row.dropFirst()).map { "\($0): \($1)" }.joined(separator: "; ")
                out += TextWrapping.wrap(TextWrapping.clean("\(row.first ?? "") — \(cells)"), first: indent + "  - ", rest: indent + "    ")
            }
        case .callout(let text):
            out += TextWrapping.wrap(TextWrapping.clean(text), first: indent + "! ", rest: indent + "  ")
        case .subsection(let section):
            out.append("")
            render(section, level: level + 1, indent: indent, into: &out)
            out.removeLast()
        }
    }
}
