import CaseLedger

// issue 18: panel
/// The Easy Read summary as its own HTML page (`trail --format easy-read`): large text (at least
/// 16 pt on screen and on paper), one sentence a line, short headings, plenty of space, left
/// aligned, no tables, no pictures, no reference numbers or legal citations, nothing that needs a
/// script or the network. Well-formed XML like every HTML report; reflows down to 320 px.
public enum EasyReadPage {
    /// The page's style: body text 1.375rem (22 px, about 16.5 pt) on screen, 16 pt in print.
    static let css = """
        :root { color-scheme: light; }
        *, *::before, *::after { box-sizing: border-box; }
        body { font-family: Arial, "Helvetica Neue", system-ui, sans-serif; font-size: 1.375rem; line-height: 1.6; color: #0b0c0c; background: #ffffff; max-width: 40rem; margin: 0 auto; padding: 1rem; overflow-wrap: break-word; }
        h1 { font-size: 1.6em; line-height: 1.25; margin: 0.5em 0; }
        h2 { font-size: 1.3em; line-height: 1.3; margin: 1.5em 0 0.5em; padding-top: 0.5em; border-top: 3px solid #0b0c0c; }
        p, li { overflow-wrap: anywhere; max-width: 34em; }
        ul { list-style: none; padding-left: 0; margin: 0; }
        li { margin: 0 0 0.6em; }
        a { color: #1d3f8f; }
        a:focus { outline: 3px solid #ffbf47; background: #ffbf47; color: #0b0c0c; }
        .copy-mark { border: 3px solid #0b0c0c; padding: 0.5em 0.75em; margin: 0.5em 0; }
        .copy-mark.staff { border-width: 4px; border-style: double; background: #fde8e8; }
        .note { border: 3px solid #0b0c0c; background: #fff7bf; padding: 0.5em 0.75em; }
        footer { border-top: 3px solid #0b0c0c; margin-top: 2rem; font-size: 0.9em; }
        @media (max-width: 40em) { body { padding: 0.5rem; } }
        @media print {
          body { font-size: 16pt; max-width: none; padding: 0; margin: 0; }
          a { color: #000000; text-decoration: none; }
          h1, h2 { break-after: avoid; break-inside: avoid; }
          li, .copy-mark, .note { break-inside: avoid; }
        }
        """

    /// The page for `summary`, marked as the staff copy when `copy` is staff; `madeOn` dates the
    /// printed pages.
    public static func render(_ summary: EasyReadSummary, copy: Copy, madeOn: CalendarDate? = nil) -> String {
        let e = HTMLEscaping.escape
        let name = summary.customerName.map { " for \($0)" } ?? ""
        let title = "Easy Read: your care and support\(name)" + (copy == .staff ? " \u{2014} staff copy" : "")
        let running = HTMLStyle.Running(
            left: "Case \(summary.caseId) \u{00B7} " + (copy == .staff ? "STAFF COPY \u{2014} not for the person" : "Easy Read"),
            right: madeOn.map { "made on \(Words.date($0))" } ?? "")
        var h = HTMLRenderer.head(title: title, style: [css, HTMLStyle.page(running: running, largePrint: true)]) + [
            "<body>",
            "<header>",
            "<h1>\(e(title))</h1>",
        ]
        if copy == .staff {
            h.append("<p class=\"copy-mark staff\"><strong>Staff copy.</strong> The person\u{2019}s Easy Read summary, as staff see it.</p>")
        }
        h += ["</header>", "<main>"]
        for part in summary.parts {
            h.append("<section aria-labelledby=\"\(e(part.anchor))\">")
            h.append("<h2 id=\"\(e(part.anchor))\">\(e(part.heading))</h2>")
            h.append("<ul>")
            h += part.sentences.map { "<li>\(e($0))</li>" }
            h += ["</ul>", "</section>"]
        }
        if !summary.contactConfirmed {
            h.append("<p class=\"note\">\(e(EasyReadSummary.unconfirmedNote))</p>")
        }
        h += [
            "</main>",
            "<footer>",
            "<p>This summary comes from your case record. Your full record has every decision we made, and why.</p>",
            "</footer>",
            "</body>",
            "</html>",
        ]
        return h.joined(separator: "\n") + "\n"
    }
}
