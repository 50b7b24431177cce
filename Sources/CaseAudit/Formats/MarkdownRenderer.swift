/// Renders a document as Markdown: headings by level, labels in bold, pipe tables, callouts as
/// block quotes; all recorded text escaped.
public enum MarkdownRenderer {
    /// The Markdown.
    public static func render(_ doc: ReportDocument) -> String {
        let e = MarkdownEscaping.escape
        var out = ["# \(e(doc.fullTitle))", ""]
        for line in doc.lead { out += [e(line), ""] }
        for section in doc.sections { render(section, level: 2, into: &out) }
        out += ["## Integrity of this record", ""]
        for line in doc.integrity.lines.dropLast() { out += [e(line), ""] }
        out += ["To re-check:", "", "```", doc.integrity.recheckCommand, "```"]
        return out.joined(separator: "\n") + "\n"
    }

    private static func render(_ section: ReportSection, level: Int, into out: inout [String]) {
        out += [String(repeating: "#", count: min(level, 6)) + " " + MarkdownEscaping.escape(section.heading), ""]
        for block in section.blocks { render(block, level: level, into: &out) }
    }

    private static func render(_ block: ReportBlock, level: Int, into out: inout [String]) {
        let e = MarkdownEscaping.escape
        switch block {
        case .paragraph(let text):
            out += [e(text), ""]
        case .facts(let facts):
            out += facts.map { "- **\(e($0.label)):** \(e($0.value))" } + [""]
        case .list(let label, let items):
            if let label { out += ["**\(e(label))**", ""] }
            out += items.map { "- \(e($0))" } + [""]
        case .table(let table):
            out += ["*\(e(table.caption))*", ""]
            out.append("| " + table.headers.map(e).joined(separator: " | ") + " |")
            out.append("|" + table.headers.map { _ in " --- |" }.joined())
            for row in table.rows { out.append("| " + row.map(e).joined(separator: " | ") + " |") }
            out.append("")
        case .callout(let text):
            out += ["> **Note:** \(e(text))", ""]
        case .subsection(let section):
            render(section, level: level + 1, into: &out)
        }
    }
}
