/// The HTML report's style sheet: high-contrast colours, a readable measure, a large-print
/// variant, a layout that reflows down to 320 CSS px (WCAG 2.2 1.4.10: a 1280 px window at 400%
/// zoom) with tables stacked into labelled rows, and print rules: A4, page numbers, a running
/// header, entries allowed to break across pages with each heading kept with what follows.
enum HTMLStyle {
    // Keeps events/INVARIANTS.md rule 36 (pages reflow without sideways scrolling).
    static let css = """
        :root { color-scheme: light; }
        *, *::before, *::after { box-sizing: border-box; }
        body { font-family: system-ui, "Segoe UI", Arial, sans-serif; font-size: 1rem; line-height: 1.5; color: #0b0c0c; background: #ffffff; max-width: 62rem; margin: 0 auto; padding: 1rem; overflow-wrap: break-word; }
        body.large-print { font-size: 1.5rem; line-height: 1.6; max-width: 50rem; }
        h1 { font-size: 2em; margin: 0.5em 0; line-height: 1.2; }
        h2 { font-size: 1.5em; border-bottom: 2px solid #0b0c0c; margin-top: 1.5em; line-height: 1.25; }
        h3 { font-size: 1.2em; margin-bottom: 0.5em; line-height: 1.3; }
        h4 { font-size: 1em; margin: 0.75em 0 0.25em; }
        a { color: #1d3f8f; }
        a:focus { outline: 3px solid #ffbf47; background: #ffbf47; color: #0b0c0c; }
        .skip { position: absolute; left: -999em; }
        .skip:focus { position: static; }
        p, li, dd, dt, td, th, caption, figcaption { overflow-wrap: anywhere; }
        td, th { overflow-wrap: break-word; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; word-break: break-all; }
        .copy-mark { border: 3px solid #0b0c0c; padding: 0.5em 0.75em; margin: 0.5em 0; }
        .copy-mark.staff { border-width: 4px; border-style: double; background: #fde8e8; font-size: 1.1em; }
        .mark { display: inline-block; border: 2px solid #0b0c0c; border-radius: 0.2em; padding: 0 0.25em; font-weight: bold; line-height: 1.3; }
        .mark.restricted { background: #fde8e8; border-color: #8b1a1a; color: #5c0e0e; }
        .mark.withheld { background: #f3f2f1; border-style: dashed; }
        .restricted-item { border: 2px solid #8b1a1a; border-left-width: 0.4em; padding: 0.15em 0.5em; margin: 0.25em 0; background: #fff7f7; }
        .withheld-item { border: 2px dashed #505a5f; border-left-width: 0.4em; padding: 0.15em 0.5em; margin: 0.25em 0; background: #f8f8f8; }
        li.restricted-item, li.withheld-item { list-style-position: inside; }
        nav.contents ol { padding-left: 1.5em; }
        nav.contents ol ol { list-style: none; padding-left: 0.5em; }
        article { border-left: 4px solid #505a5f; padding-left: 1rem; margin: 1.5rem 0; }
        article.superseded { border-left-style: dashed; border-left-color: #8b1a1a; }
        article.correction { border-left-color: #1d3f8f; }
        dl.facts { margin: 0.5em 0; }
        dl.facts div { display: grid; grid-template-columns: minmax(0, 11em) minmax(0, 1fr); gap: 0 1rem; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        ul { margin: 0.25em 0; padding-left: 1.5em; }
        table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
        caption { text-align: left; font-weight: bold; padding: 0.25em 0; }
        th, td { border: 1px solid #505a5f; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
        thead th { background: #f3f2f1; }
        .callout { border: 3px solid #0b0c0c; background: #fff7bf; padding: 0.5em 0.75em; }
        .callout.withheld-item { background: #f8f8f8; border-style: dashed; border-left-width: 0.4em; }
        .callout.restricted-item { background: #fff7f7; border-color: #8b1a1a; border-left-width: 0.4em; }
        figure { margin: 1rem 0; }
        figcaption { font-size: 0.9em; }
        footer { border-top: 2px solid #0b0c0c; margin-top: 2rem; }
        svg.timeline { display: block; width: 100%; height: auto; border: 1px solid #505a5f; }
        svg.timeline text { font-family: system-ui, Arial, sans-serif; fill: #0b0c0c; }
        svg.timeline .lane { font-weight: bold; }
        svg.timeline .number { font-weight: bold; }
        svg.timeline .rule { stroke: #b1b4b6; stroke-width: 1; }
        svg.timeline .axis { stroke: #0b0c0c; stroke-width: 1; }
        svg.timeline .decision { fill: #1d3f8f; }
        svg.timeline .correction { fill: #8b1a1a; }
        svg.timeline .challenge { fill: #8a4b00; }
        svg.timeline .review-done { fill: #00703c; }
        svg.timeline .review-due { fill: #ffffff; stroke: #00703c; stroke-width: 2; }
        svg.timeline.narrow { display: none; max-width: 26em; margin: 0 auto; }
        ol.timeline-key { padding-left: 2.5em; }
        ol.timeline-key li { margin: 0.2em 0; }
        .key-kind { font-weight: bold; }
        section.easy-read { border: 3px solid #0b0c0c; padding: 0 1rem 1rem; margin-top: 1rem; font-size: 1.25em; line-height: 1.6; }
        section.easy-read h2 { border-bottom: 0; margin-top: 0.75em; }
        section.easy-read article { border-left: 0; padding-left: 0; margin: 1rem 0; }
        section.easy-read ul { list-style: none; padding-left: 0; }
        section.easy-read li { margin: 0.35em 0; }
        @media (max-width: 40em) {
          body { padding: 0.5rem; }
          dl.facts div { grid-template-columns: minmax(0, 1fr); }
          article { padding-left: 0.5rem; }
          svg.timeline.wide { display: none; }
          svg.timeline.narrow { display: block; }
          table.stack, table.stack caption, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; width: auto; }
          table.stack thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
          table.stack tr { border: 1px solid #505a5f; margin: 0 0 0.75em; }
          table.stack th, table.stack td { border: 0; border-top: 1px solid #b1b4b6; }
          table.stack tbody th { border-top: 0; background: #f3f2f1; }
          table.stack td:empty { display: none; }
          table.stack td::before, table.stack tbody th::before { content: attr(data-label) ": "; font-weight: bold; }
        }
        @media print {
          body, body.large-print { max-width: none; padding: 0; margin: 0; }
          body { font-size: 11pt; }
          body.large-print { font-size: 18pt; }
          a { color: #000000; text-decoration: none; }
          .skip { display: none; }
          svg.timeline.wide { display: block; }
          svg.timeline.narrow { display: none; }
          tr, dl.facts div, main li, .callout, .copy-mark, figure, .restricted-item, .withheld-item { break-inside: avoid; }
          h1, h2, h3, h4, caption, thead { break-after: avoid; break-inside: avoid; }
          p, li, dd { orphans: 3; widows: 3; }
          article { border-left-width: 3px; }
          dl.facts div { grid-template-columns: minmax(0, 9em) minmax(0, 1fr); }
          section.easy-read { font-size: 14pt; }
          footer { break-inside: avoid; font-size: 0.9em; }
          section[aria-labelledby="history"] table { font-size: 0.9em; }
        }
        """

    /// What the running header of printed pages says: on the left the case and the copy, on
    /// the right the date.
    struct Running: Hashable {
        /// The case and the copy.
        var left: String
        /// The point in time the report shows.
        var right: String
    }

    /// The page rules: A4, margins, the running header (case, copy, date) and "Page N of M" in
    /// the page's margin boxes (CSS Paged Media; Chromium since 131). Browsers without margin
    /// boxes still print the copy and case in the heading on the first page.
    // Keeps events/INVARIANTS.md rule 37 (every printed page names the case, the copy and its number).
    static func page(running: Running, largePrint: Bool) -> String {
        let size = largePrint ? "13pt" : "9pt"
        let box = "font-family: system-ui, Arial, sans-serif; font-size: \(size); color: #0b0c0c;"
        return """
            @page { size: A4; margin: 20mm 16mm 18mm 16mm;
              @top-left { content: \(cssString(running.left)); \(box) font-weight: bold; }
              @top-right { content: \(cssString(running.right)); \(box) }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); \(box) }
            }
            """
    }

    /// `text` as a CSS string: quoted, with quotes, backslashes, line ends and `<` escaped (so
    /// the style element cannot be closed from inside it), control characters dropped.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\3C "
            case ">": out += "\\3E "
            case "&": out += "\\26 "
            case "\n", "\r", "\t": out += " "
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
