import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Testing

/// Control and bidirectional characters in recorded text are shown visibly and inert in every
/// human-readable format, by one function (`VisibleText`); JSON keeps the text exactly, escaped
/// per RFC 8259 (issue 18 item 9).
@Suite struct VisibleTextTests {
    static let osc = "\u{1B}]0;retitled\u{07}"
    static let hostile = "Jo\(osc)\u{1B}[2J\u{07}\u{202E}keew a 00.05£\u{2066}x\u{2069}\u{85}\u{7F}e"

    /// The characters no human-readable output may write raw (a CRLF record end aside).
    static func raw(_ text: String) -> [String] {
        text.replacing("\r\n", with: "\n").unicodeScalars.filter { s in
            switch s.value {
            case 0x09, 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
            default: false
            }
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    @Test func eachCharacterHasAVisibleStandIn() {
        #expect(VisibleText.neutralised("a\u{1B}b") == "a␛b")
        #expect(VisibleText.neutralised(Self.osc) == "␛]0;retitled␇")
        #expect(VisibleText.neutralised("\u{07}") == "␇")
        #expect(VisibleText.neutralised("\u{7F}") == "␡")
        #expect(VisibleText.neutralised("\u{0}") == "␀")
        #expect(VisibleText.neutralised("\u{85}") == "\\u{85}")
        #expect(VisibleText.neutralised("£50\u{202E}kaew") == "£50\\u{202E}kaew")
        #expect(VisibleText.neutralised("\u{2066}x\u{2069}") == "\\u{2066}x\\u{2069}")
        #expect(VisibleText.neutralised("\u{61C}\u{200E}\u{200F}\u{202A}\u{2028}") == "\\u{61C}\\u{200E}\\u{200F}\\u{202A}\\u{2028}")
    }

    @Test func tabsNewlinesAndLineEndsStayButALoneCarriageReturnIsShown() {
        #expect(VisibleText.neutralised("a\tb\nc\r\nd") == "a\tb\nc\r\nd")
        #expect(VisibleText.neutralised("paid\rrefused") == "paid␍refused")
        #expect(VisibleText.neutralised("one\ntwo", oneLine: true) == "one␊two")
    }

    @Test func ordinaryTextIsUnchanged() {
        for text in ["Joe Bloggs", "£23.40 → £31.10 a week", "café – “quoted” ✓", "محمد", "שלום", ""] {
            #expect(VisibleText.neutralised(text) == text)
        }
    }

    @Test func eachEscapingFunctionShowsControlsVisibly() {
        #expect(HTMLEscaping.escape("bell\u{07}esc\u{1B}\u{202E}") == "bell␇esc␛\\u{202E}")
        #expect(MarkdownEscaping.escape("a\u{1B}[31m\u{202E}b") == "a␛\\[31m\\\\u{202E}b")
        #expect(CSVQuoting.field("a\u{1B}\u{07}\u{202E}b") == "\"a␛␇\\u{202E}b\"")
        #expect(CSVQuoting.record(["a\rb", "c\r\nd"]) == "\"a␍b\",\"c\r\nd\"\r\n")
    }

    @Test(arguments: [ReportFormat.text, .md, .html, .csv], Copy.allCases)
    func aTrailShowsEveryControlVisiblyInEveryFormat(format: ReportFormat, copy: Copy) throws {
        let fx = try FixtureLedger()
        try Self.record(fx)
        let trail = DecisionTrail(history: try fx.history("C-777"), view: TimeView(), copy: copy, configuration: FixtureConfiguration.standard)
        let out = AuditReport.trail(trail).render(RenderOptions(format: format), integrity: try fx.integrity())
        #expect(Self.raw(out).isEmpty, "\(Self.raw(out))")
        #expect(out.contains("␛") && out.contains("␇") && out.contains("␡"))
        #expect(out.contains("u{202E}") && out.contains("u{2066}") && out.contains("u{85}"))
        if format == .html { #expect(wellFormedProblem(out) == nil) }
    }

    @Test func jsonKeepsTheRecordedTextExactlyWithControlsEscaped() throws {
        let fx = try FixtureLedger()
        try Self.record(fx)
        let report = AuditReport.trail(DecisionTrail(history: try fx.history("C-777"), view: TimeView(), copy: .staff, configuration: FixtureConfiguration.standard))
        let json = report.render(RenderOptions(format: .json), integrity: try fx.integrity())
        // RFC 8259 section 7: every character below U+0020 must be escaped; the writer escapes DEL, C1 and
        // bidi controls too, so the JSON itself is safe to show, and a JSON reader gets the exact text back.
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(Self.raw(json).isEmpty, "\(Self.raw(json))")
        #expect(json.contains("Jo\\u001b]0;retitled\\u0007\\u001b[2J\\u0007\\u202ekeew a 00.05£\\u2066x\\u2069\\u0085\\u007fe"))
    }

    static func record(_ fx: FixtureLedger) throws {
        var s = Story(fx, "C-777")
        try s.record(.receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-04-01", reasons: [hostile], notes: [Note(text: hostile, kind: .fact)]),
            customerName: hostile, caseKind: .adult, routeOfAccess: .communityOrOtherRoute,
            source: .selfReferral, referrerName: nil, presentingNeed: hostile, caredForPerson: nil)))
    }
}
