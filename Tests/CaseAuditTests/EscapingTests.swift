import CaseAudit
import CaseLedger
import Testing

/// Recorded text never becomes markup, a formula or a terminal control sequence.
@Suite("Escaping: HTML, CSV, Markdown, text")
struct EscapingTests {
    @Test("HTML escaping makes markup inert and shows control characters visibly")
    func html() {
        #expect(HTMLEscaping.escape("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        #expect(HTMLEscaping.escape("a & \"b\"") == "a &amp; &quot;b&quot;")
        #expect(HTMLEscaping.escape("bell\u{07}esc\u{1B}") == "bell␇esc␛")  // issue 18: shown, not dropped
        #expect(HTMLEscaping.escape("£23.40 → £31.10") == "£23.40 → £31.10")
    }

    @Test("CSV quoting quotes every field, doubles quotes and defuses formulas")
    func csv() {
        #expect(CSVQuoting.field("plain") == "\"plain\"")
        #expect(CSVQuoting.field("say \"hi\", ok") == "\"say \"\"hi\"\", ok\"")
        #expect(CSVQuoting.field("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        for lead in ["+", "-", "@", "\t"] { #expect(CSVQuoting.field(lead + "1").hasPrefix("\"'")) }
        #expect(CSVQuoting.field("\r1") == "\"␍1\"")  // issue 18: a lone carriage return is shown, so it starts no formula
        #expect(CSVQuoting.field("line\nbreak") == "\"line\nbreak\"")
        #expect(CSVQuoting.record(["a", "b"]) == "\"a\",\"b\"\r\n")
        #expect(CSVQuoting.record([]) == "\r\n")
        #expect(CSVQuoting.field("") == "\"\"")
        #expect(CSVQuoting.field("\"") == "\"\"\"\"")
        #expect(CSVQuoting.field("café – “quoted” ✓") == "\"café – “quoted” ✓\"")
    }

    @Test("a quote a combining mark follows is still doubled, so a byte-reading CSV parser keeps the field whole")
    func csvQuoteBeforeCombiningMark() {
        let text = "a\"\u{301}b"
        #expect(text.count == 3)
        #expect(CSVQuoting.field(text) == "\"a\"\"\u{301}b\"")
    }

    @Test("a field starting with a formula character after a non-ASCII letter is not defused", arguments: ["é=1", "“=1”", "\u{301}=1"])
    func csvOnlyTheFirstByteDecidesDefusing(text: String) {
        #expect(CSVQuoting.field(text) == "\"" + text + "\"")
    }

    @Test("Markdown escaping neutralises emphasis, links, raw HTML and table cells")
    func markdown() {
        #expect(MarkdownEscaping.escape("<b>*x*</b> | [l](u)") == "\\<b\\>\\*x\\*\\</b\\> \\| \\[l\\](u)")
        #expect(MarkdownEscaping.escape("two\nlines") == "two lines")
    }

    @Test("a case whose text looks like markup or formulas renders inert in every format")
    func hostileCase() throws {
        let fx = try FixtureLedger()
        try Stories.hostile(fx)
        let history = try fx.history("C-666")
        let integrity = try fx.integrity()
        for copy in Copy.allCases {
            let report = AuditReport.trail(DecisionTrail(history: history, view: TimeView(), copy: copy, configuration: FixtureConfiguration.standard))
            let html = report.render(RenderOptions(format: .html), integrity: integrity)
            #expect(!html.contains("<script"))
            #expect(html.contains("&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;"))
            #expect(!html.contains("<b>bold</b>"))
            #expect(wellFormedProblem(html) == nil)
            let csv = report.render(RenderOptions(format: .csv), integrity: integrity)
            #expect(csv.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\""))
            #expect(!csv.contains(",\"=") && !csv.contains(",=") )
            let md = report.render(RenderOptions(format: .md), integrity: integrity)
            #expect(!md.replacingOccurrences(of: "\\<", with: "").contains("<script") && md.contains("\\<script\\>"))
            let text = report.render(RenderOptions(format: .text), integrity: integrity)
            #expect(!text.contains("\u{1B}"))
            let json = report.render(RenderOptions(format: .json), integrity: integrity)
            #expect(json.contains("<script>alert(\\\"name\\\")</script>"))
            #expect(!json.contains("\u{1B}"))
        }
    }
}
