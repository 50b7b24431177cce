import CaseLedger

/// Renders a document as one self-contained HTML file: no scripts, no network, a language
/// attribute, headings in order, a contents list, tables with headers (stacked rows with each
/// cell labelled on narrow screens), the SVG timeline with its key, and print and large-print
/// styles (A4, page numbers, a running header naming the case, the copy and the date). It is
/// also well-formed XML (polyglot markup), so XML tools can read it.
public enum HTMLRenderer {
    /// The HTML. `madeOn` is the day the report is made, for the running header of printed pages
    /// when the document has no point in time of its own.
    public static func render(_ doc: ReportDocument, caseId: String? = nil, largePrint: Bool = false, madeOn: CalendarDate? = nil) -> String {
        let e = HTMLEscaping.escape
        let context = Context(anchors: anchors(doc))
        let title = doc.fullTitle
        var h: [String] = HTMLRenderer.head(title: title, style: [HTMLStyle.css, HTMLStyle.page(running: running(doc, caseId: caseId, madeOn: madeOn), largePrint: largePrint)]) + [
            largePrint ? "<body class=\"large-print\">" : "<body>",
            "<a class=\"skip\" href=\"#main\">Skip to the report</a>",
            "<header>",
        ]
        var m: [String] = ["<main id=\"main\">"]
        // issue 18: panel — the timeline follows the first section that is not the Easy Read summary.
        let timelineAfter = doc.sections.firstIndex { $0.kind != "easy-read" } ?? 0
        var annex: [String] = []
        for (i, section) in doc.sections.enumerated() {
            // issue 18: panel — an annex follows the integrity statement, so that a printed page
            // never holds the statement alone (Chromium does not keep it with a table before it).
            if section.kind == "annex" {
                render(section, level: 2, context: context, into: &annex)
                continue
            }
            render(section, level: 2, context: context, into: &m)
            if i == timelineAfter, let timeline = doc.timeline, let drawn = SVGTimeline.render(timeline, caseId: caseId ?? "", largePrint: largePrint) {
                m += [
                    "<section aria-labelledby=\"timeline\">", "<h2 id=\"timeline\">Timeline</h2>", "<figure>", drawn.svg,
                    "<figcaption>Stages, decisions, challenges and complaints, reviews done and the next review due, by the date each took effect. "
                        + "Each mark has a number; the key below says what each number is, in words.</figcaption>",
                    "</figure>",
                    "<h3 id=\"timeline-key\">Key to the timeline</h3>",
                    "<h4>Stages</h4>",
                    "<ol class=\"timeline-key\" type=\"A\">",
                ]
                m += drawn.stages.map { "<li value=\"\($0.number)\">\(e($0.text))</li>" }
                m += ["</ol>", "<h4>Marks, by number</h4>", "<ol class=\"timeline-key\">"]
                m += drawn.marks.map { "<li value=\"\($0.number)\"\(context.classAttribute($0.text))><span class=\"key-kind\">\(e($0.kind)):</span> \(context.inline($0.text))</li>" }
                m += ["</ol>", "</section>"]
            }
        }
        let lead = doc.lead.map { "<p>\(context.inline($0))</p>" }
        if let copy = doc.copy { h.append(copyMark(copy, restricted: (m + lead).contains { $0.contains("class=\"mark restricted\"") })) }
        h.append("<h1>\(e(title))</h1>")
        // issue 18: panel — in the customer's copy the Easy Read summary is what the person meets first, straight after
        // the heading: before the lead (references, points of view) and the contents list.
        if doc.copy == .customer, doc.sections.first?.kind == "easy-read", let end = m.firstIndex(of: "</section>"), m.count > 1 {
            h.append("</header>")
            h += m[...end]
            h += lead
            h += contents(doc)
            h += m[(end + 1)...]
        } else {
            h += lead
            h.append("</header>")
            h += contents(doc)
            h += m
        }
        h += ["</main>", "<footer>", "<section aria-labelledby=\"integrity\">", "<h2 id=\"integrity\">Integrity of this record</h2>"]
        h += doc.integrity.lines.dropLast().map { "<p class=\"integrity\">\(e($0))</p>" }
        h += ["<p>To re-check: <code>\(e(doc.integrity.recheckCommand))</code></p>", "</section>", "</footer>"]
        h += annex
        h += ["</body>", "</html>"]
        return h.joined(separator: "\n") + "\n"
    }

    // issue 18: panel
    /// The start of every HTML page up to `</head>`: the XHTML-compatible root in British
    /// English, UTF-8, the viewport, `title` (escaped) and the style sheet made of `style`.
    static func head(title: String, style: [String]) -> [String] {
        [
            "<!DOCTYPE html>",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(HTMLEscaping.escape(title))</title>",
            "<style>",
        ] + style + ["</style>", "</head>"]
    }

    /// The banner at the head of a copy. A staff copy's says, in words and with a heavy border,
    /// that it must not be given to the person (and how restricted items are marked, when it
    /// holds any); its colour is only an extra cue.
    static func copyMark(_ copy: Copy, restricted: Bool) -> String {
        switch copy {
        case .staff:
            "<p class=\"copy-mark staff\"><strong>Staff copy.</strong> For council staff: do not give it to the person or anyone else."
                + (restricted ? " Third-party information is boxed and marked <strong class=\"mark restricted\">\(Marking.restricted)</strong>." : "")
                + "</p>"
        case .customer:
            "<p class=\"copy-mark customer\"><strong>Customer\u{2019}s copy.</strong> Written for the person it is about.</p>"
        }
    }

    /// The running header of printed pages: the case, the copy and the date.
    static func running(_ doc: ReportDocument, caseId: String?, madeOn: CalendarDate?) -> HTMLStyle.Running {
        let what = [caseId.map { "Case \($0)" }, doc.copy.map { $0 == .staff ? "STAFF COPY \u{2014} not for the person" : "Customer\u{2019}s copy" }]
            .compactMap { $0 }
        let dated = doc.dated ?? madeOn.map { "made on \(Words.date($0))" } ?? "as recorded at ledger seq \(doc.integrity.headSeq)"
        return HTMLStyle.Running(left: what.isEmpty ? doc.title : what.joined(separator: " \u{00B7} "), right: dated)
    }

    /// The contents list: every section, and the entries of a section made of entries.
    static func contents(_ doc: ReportDocument) -> [String] {
        let e = HTMLEscaping.escape
        var h = ["<nav class=\"contents\" aria-labelledby=\"contents\">", "<h2 id=\"contents\">Contents</h2>", "<ol>"]
        var items: [(String, String, [ReportSection])] = []
        let timelineAfter = doc.sections.firstIndex { $0.kind != "easy-read" } ?? 0
        for (i, section) in doc.sections.enumerated() where section.kind != "annex" {
            items.append((section.anchor, section.heading, section.blocks.compactMap { if case .subsection(let s) = $0 { s } else { nil } }))
            if i == timelineAfter, doc.timeline != nil { items.append(("timeline", "Timeline", [])) }
        }
        items.append(("integrity", "Integrity of this record", []))
        // issue 18: panel — an annex is listed where it is: after the integrity statement.
        items += doc.sections.filter { $0.kind == "annex" }.map { a in
            (a.anchor, a.heading, a.blocks.compactMap { if case .subsection(let s) = $0 { s } else { nil } })
        }
        for (anchor, heading, subsections) in items {
            if subsections.isEmpty {
                h.append("<li><a href=\"#\(e(anchor))\">\(e(heading))</a></li>")
            } else {
                h.append("<li><a href=\"#\(e(anchor))\">\(e(heading))</a>")
                h.append("<ol>")
                h += subsections.map { "<li><a href=\"#\(e($0.anchor))\">\(e($0.heading))</a></li>" }
                h.append("</ol>")
                h.append("</li>")
            }
        }
        h += ["</ol>", "</nav>"]
        return h
    }

    /// Every anchor in the document, so "ref. N" links only where the entry is there to link to.
    static func anchors(_ doc: ReportDocument) -> Set<String> {
        var found: Set<String> = []
        func visit(_ s: ReportSection) {
            found.insert(s.anchor)
            for case .subsection(let sub) in s.blocks { visit(sub) }
        }
        doc.sections.forEach(visit)
        return found
    }

    /// What rendering recorded text needs to know about the whole document.
    struct Context {
        /// The anchors present.
        let anchors: Set<String>

        /// `text` escaped, with the marks of restricted and withheld items drawn and every
        /// "ref. N" of an entry in the document a link to it.
        func inline(_ text: String) -> String {
            var out = HTMLEscaping.escape(text)
            out = out.replacing(Marking.restricted, with: "<strong class=\"mark restricted\">\(Marking.restricted)</strong>")
            out = out.replacing(Marking.withheld, with: "<strong class=\"mark withheld\">\(Marking.withheld)</strong>")
            return linkingRefs(out)
        }

        /// The class of the element holding `text`: a box around a restricted or withheld item.
        func itemClass(_ text: String) -> String? {
            if text.contains(Marking.restricted) { return "restricted-item" }
            if text.contains(Marking.withheld) { return "withheld-item" }
            return nil
        }

        /// `html` with each "ref. N" naming an anchor `ref-N` of the document made a link.
        func linkingRefs(_ html: String) -> String {
            var out = ""
            var rest = Substring(html)
            while let r = rest.firstRange(of: "ref. ") {
                let digits = rest[r.upperBound...].prefix { $0.isASCII && $0.isNumber }
                out += rest[..<r.lowerBound]
                if !digits.isEmpty, anchors.contains("ref-\(digits)") {
                    out += "<a href=\"#ref-\(digits)\">ref.\u{00A0}\(digits)</a>"
                    rest = rest[digits.endIndex...]
                } else {
                    out += rest[r]
                    rest = rest[r.upperBound...]
                }
            }
            return out + rest
        }

        /// ` class="…"` for an element holding `text` with the extra class `base`, or "".
        func classAttribute(_ text: String, base: String? = nil) -> String {
            let classes = [base, itemClass(text)].compactMap { $0 }
            return classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
        }
    }

    private static func render(_ section: ReportSection, level: Int, context: Context, into h: inout [String]) {
        let e = HTMLEscaping.escape
        let id = e(section.anchor)
        let tag = level == 2 ? "section" : "article"
        let cls = section.kind.map { " class=\"\(e($0))\"" } ?? ""
        h.append("<\(tag)\(cls) aria-labelledby=\"\(id)\">")
        h.append("<h\(min(level, 6)) id=\"\(id)\">\(e(section.heading))</h\(min(level, 6))>")
        for block in section.blocks { render(block, level: level, context: context, into: &h) }
        h.append("</\(tag)>")
    }

    private static func render(_ block: ReportBlock, level: Int, context: Context, into h: inout [String]) {
        let e = HTMLEscaping.escape
        let c = context
        switch block {
        case .paragraph(let text):
            h.append("<p\(c.classAttribute(text))>\(c.inline(text))</p>")
        case .facts(let facts):
            h.append("<dl class=\"facts\">")
            h += facts.map { "<div\(c.classAttribute($0.value))><dt>\(e($0.label))</dt><dd>\(c.inline($0.value))</dd></div>" }
            h.append("</dl>")
        case .list(let label, let items):
            if let label { h.append("<h\(min(level + 1, 6))>\(e(label))</h\(min(level + 1, 6))>") }
            h.append("<ul>")
            h += items.map { "<li\(c.classAttribute($0))>\(c.inline($0))</li>" }
            h.append("</ul>")
        case .table(let table):
            // The roles keep the table a table for screen readers when narrow screens stack its rows.
            // issue 18: panel — the caption is plain text: a link in it is a child a table role may
            // not own (axe-core aria-required-children), and the role is kept for screen readers.
            h += ["<table class=\"stack\" role=\"table\">", "<caption>\(e(table.caption))</caption>", "<thead role=\"rowgroup\">", "<tr role=\"row\">"]
            h += table.headers.map { "<th scope=\"col\" role=\"columnheader\">\(e($0))</th>" }
            h += ["</tr>", "</thead>", "<tbody role=\"rowgroup\">"]
            for row in table.rows {
                let cells = row.enumerated().map { cell in
                    let label = cell.offset < table.headers.count ? " data-label=\"\(e(table.headers[cell.offset]))\"" : ""
                    let cls = c.classAttribute(cell.element)
                    return cell.offset == 0
                        ? "<th scope=\"row\" role=\"rowheader\"\(label)\(cls)>\(c.inline(cell.element))</th>"
                        : "<td role=\"cell\"\(label)\(cls)>\(c.inline(cell.element))</td>"
                }
                h.append("<tr role=\"row\">" + cells.joined() + "</tr>")
            }
            h += ["</tbody>", "</table>"]
        case .callout(let text):
            h.append("<p\(c.classAttribute(text, base: "callout")) role=\"note\"><strong>Note:</strong> \(c.inline(text))</p>")
        case .subsection(let section):
            render(section, level: level + 1, context: context, into: &h)
        }
    }
}
