/// Renders a document as one self-contained HTML file: no scripts, no network, a language
/// attribute, headings in order, tables with headers, the SVG timeline, print and large-print
/// styles. It is also well-formed XML (polyglot markup), so XML tools can read it.
public enum HTMLRenderer {
    /// The HTML.
    public static func render(_ doc: ReportDocument, caseId: String? = nil, largePrint: Bool = false) -> String {
        let e = HTMLEscaping.escape
        var h: [String] = [
            "<!DOCTYPE html>",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(e(doc.title))</title>",
            "<style>",
            HTMLStyle.css,
            "</style>",
            "</head>",
            largePrint ? "<body class=\"large-print\">" : "<body>",
            "<a class=\"skip\" href=\"#main\">Skip to the report</a>",
            "<header>",
            "<h1>\(e(doc.title))</h1>",
        ]
        h += doc.lead.map { "<p>\(e($0))</p>" }
        h += ["</header>", "<main id=\"main\">"]
        for (i, section) in doc.sections.enumerated() {
            render(section, level: 2, into: &h)
            if i == 0, let timeline = doc.timeline, let svg = SVGTimeline.render(timeline, caseId: caseId ?? "") {
                h += [
                    "<section aria-labelledby=\"timeline\">", "<h2 id=\"timeline\">Timeline</h2>", "<figure>", svg,
                    "<figcaption>Stages, decisions, challenges and complaints, reviews done and the next review due, by the date each took effect. "
                        + "Point at a mark to see what it is; the list of decisions below says the same in words.</figcaption>",
                    "</figure>", "</section>",
                ]
            }
        }
        h += ["</main>", "<footer>", "<section aria-labelledby=\"integrity\">", "<h2 id=\"integrity\">Integrity of this record</h2>"]
        h += doc.integrity.lines.dropLast().map { "<p>\(e($0))</p>" }
        h += ["<p>To re-check: <code>\(e(doc.integrity.recheckCommand))</code></p>", "</section>", "</footer>", "</body>", "</html>"]
        return h.joined(separator: "\n") + "\n"
    }

    private static func render(_ section: ReportSection, level: Int, into h: inout [String]) {
        let e = HTMLEscaping.escape
        let id = e(section.anchor)
        let tag = level == 2 ? "section" : "article"
        let cls = section.kind.map { " class=\"\(e($0))\"" } ?? ""
        h.append("<\(tag)\(cls) aria-labelledby=\"\(id)\">")
        h.append("<h\(min(level, 6)) id=\"\(id)\">\(e(section.heading))</h\(min(level, 6))>")
        for block in section.blocks { render(block, level: level, into: &h) }
        h.append("</\(tag)>")
    }

    private static func render(_ block: ReportBlock, level: Int, into h: inout [String]) {
        let e = HTMLEscaping.escape
        switch block {
        case .paragraph(let text):
            h.append("<p>\(e(text))</p>")
        case .facts(let facts):
            h.append("<dl class=\"facts\">")
            h += facts.map { "<div><dt>\(e($0.label))</dt><dd>\(e($0.value))</dd></div>" }
            h.append("</dl>")
        case .list(let label, let items):
            if let label { h.append("<h\(min(level + 1, 6))>\(e(label))</h\(min(level + 1, 6))>") }
            h.append("<ul>")
            h += items.map { "<li>\(e($0))</li>" }
            h.append("</ul>")
        case .table(let table):
            h += ["<table>", "<caption>\(e(table.caption))</caption>", "<thead>", "<tr>"]
            h += table.headers.map { "<th scope=\"col\">\(e($0))</th>" }
            h += ["</tr>", "</thead>", "<tbody>"]
            for row in table.rows {
                let cells = row.enumerated().map { $0.offset == 0 ? "<th scope=\"row\">\(e($0.element))</th>" : "<td>\(e($0.element))</td>" }
                h.append("<tr>" + cells.joined() + "</tr>")
            }
            h += ["</tbody>", "</table>"]
        case .callout(let text):
            h.append("<p class=\"callout\" role=\"note\"><strong>Note:</strong> \(e(text))</p>")
        case .subsection(let section):
            render(section, level: level + 1, into: &h)
        }
    }
}
