import CaseAudit
import Testing

/// The text format wraps on UTF-8 bytes; its lines are those of splitting the characters at
/// spaces and counting characters, whatever the text holds.
@Suite("Text wrapping: lines as characters count them")
struct TextWrappingTests {
    /// Texts where bytes and characters differ: accents, combining marks beside spaces, a prepended
    /// mark before a space, emoji, dashes and quotes, a carriage return and line feed, long words.
    static let texts = [
        "plain words " + String(repeating: "word ", count: 40),
        "£23.40 a week · 10 July 2027 — “quoted” – café naïve " + String(repeating: "élan ", count: 30),
        "a space then a combining mark: e \u{301}tude " + String(repeating: "x \u{301} ", count: 40),
        "a prepended mark before a space: \u{600} 1 " + String(repeating: "\u{600} 2 ", count: 40),
        "arrows and symbols: £23.40 → £31.10, € 5 ≤ 6 " + String(repeating: "→ ← ≠ ", count: 30),
        "a joiner and a symbol's mark after a space: x \u{200D}y " + String(repeating: "x \u{20D7} ", count: 40),
        "emoji 👩‍👩‍👧 and flags 🇬🇧 " + String(repeating: "👍🏽 ", count: 60),
        String(repeating: "long", count: 40) + " short " + String(repeating: "y", count: 120),
        "  leading, double  and trailing spaces  " + String(repeating: "z ", count: 60),
        "",
    ]

    @Test("Paragraphs, facts and list items wrap as by characters", arguments: texts)
    func wrapsAsByCharacters(text: String) {
        let doc = ReportDocument(
            title: "T", lead: [],
            sections: [ReportSection(heading: "S", anchor: "s", blocks: [
                .paragraph(text), .facts([Fact("Label", text), Fact("Café", text)]), .list(label: "L", items: [text]),
            ])],
            integrity: IntegrityStatement(ledgerPath: "/l", headSeq: 1, headHash: "h", verified: true, eventsVerified: 1, segments: 1))
        var expected = ["T", "=", "", "S", "-"]
        expected += Self.wrap(text, first: "", rest: "")
        expected += Self.wrap(text, first: "Label: ", rest: "       ")
        expected += Self.wrap(text, first: "Café:  ", rest: "       ")
        expected += ["L:"] + Self.wrap(text, first: "  - ", rest: "    ")
        let lines = TextRenderer.render(doc).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(expected.count)) == expected)
    }

    @Test("A carriage return and line feed in an integrity line counts as one character")
    func carriageReturn() {
        let statement = IntegrityStatement(
            ledgerPath: String(repeating: "d\r\n", count: 60), headSeq: 1, headHash: "h", verified: true, eventsVerified: 1, segments: 1)
        let doc = ReportDocument(title: "T", lead: [], sections: [], integrity: statement)
        var expected = ["T", "=", "", "Integrity of this record", String(repeating: "-", count: 24)]
        for line in statement.lines.dropLast() { expected += Self.wrap(line, first: "", rest: "") }
        let text = TextRenderer.render(doc)
        #expect(text.hasPrefix(expected.joined(separator: "\n") + "\n"))
    }

    /// The reference: `text` split into characters at spaces, wrapped at 100 characters.
    static func wrap(_ text: String, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var hasWord = false
        for word in text.split(separator: " ") {
            if hasWord && line.count + 1 + word.count > 100 {
                lines.append(line)
                line = rest
                hasWord = false
            }
            line += (hasWord ? " " : "") + word
            hasWord = true
        }
        return lines + [line]
    }
}
