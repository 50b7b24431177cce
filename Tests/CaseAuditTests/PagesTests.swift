@testable import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Foundation
import Testing

// issue 18: pages that reflow and print (items 3, 4, 5)
/// The HTML pages as a person meets them: on a phone, zoomed, printed, and as a staff copy.
@Suite("Pages: reflow, the staff copy marked, print")
struct PagesTests {
    let fx: FixtureLedger
    let history: CaseHistory

    init() throws {
        fx = try FixtureLedger()
        try Stories.mrD(fx)
        history = try fx.history("C-1001")
    }

    func trail(_ copy: Copy, largePrint: Bool = false) throws -> String {
        AuditReport.trail(DecisionTrail(history: history, view: TimeView(), copy: copy, configuration: FixtureConfiguration.standard))
            .render(RenderOptions(format: .html, largePrint: largePrint), integrity: try fx.integrity())
    }

    /// The text between `<main` and `</main>`.
    func main(_ html: String) -> Substring {
        html[html.range(of: "<main id=\"main\">")!.lowerBound..<html.range(of: "</main>")!.upperBound]
    }

    /// The elements (one a line) with `needle` in them.
    func lines(_ text: some StringProtocol, containing needle: String) -> [String] {
        String(text).split(separator: "\n").map(String.init).filter { $0.contains(needle) }
    }

    @Test func theStaffCopyIsNamedInTheTitleTheHeadingAndTheRunningHeaderOfEveryPrintedPage() throws {
        let staff = try trail(.staff)
        #expect(staff.contains("<title>Decision trail: case C-1001 (Mr D) \u{2014} staff copy</title>"))
        #expect(staff.contains("<h1>Decision trail: case C-1001 (Mr D) \u{2014} staff copy</h1>"))
        #expect(staff.contains("<p class=\"copy-mark staff\"><strong>Staff copy.</strong>"))
        #expect(staff.contains("@top-left { content: \"Case C-1001 \u{00B7} STAFF COPY \u{2014} not for the person\""))
        let customer = try trail(.customer)
        #expect(!customer.contains("staff copy") && !customer.contains("STAFF COPY"))
        #expect(customer.contains("@top-left { content: \"Case C-1001 \u{00B7} Customer\u{2019}s copy\""))
    }

    @Test func everyRestrictedItemOfTheStaffCopyIsInALabelledBox() throws {
        let body = main(try trail(.staff))
        let marked = lines(body, containing: Marking.restricted)
        #expect(!marked.isEmpty, "the fixture has restricted items")
        for line in marked {
            #expect(line.contains("<strong class=\"mark restricted\">\(Marking.restricted)</strong>"), "\(line)")
            #expect(!line.replacing("<strong class=\"mark restricted\">\(Marking.restricted)</strong>", with: "").contains(Marking.restricted), "\(line)")
            #expect(line.contains("restricted-item"), "the element holding it is boxed: \(line)")
        }
    }

    @Test func anEntryWithAnythingWithheldMarksItWhereItWasInTheCustomersCopy() throws {
        let body = main(try trail(.customer))
        let entries = body.components(separatedBy: "<article").dropFirst()
        let withholding = entries.filter { $0.contains("withheld from this copy:") }
        #expect(!withholding.isEmpty, "the fixture withholds something")
        for entry in withholding {
            #expect(entry.contains("<strong class=\"mark withheld\">\(Marking.withheld)</strong>"), "\(entry.prefix(200))")
            #expect(entry.contains("class=\"withheld-item\""), "\(entry.prefix(200))")
        }
    }

    @Test func tableCellsCarryTheirColumnHeaderSoNarrowScreensCanStackThem() throws {
        let html = try trail(.customer)
        let table = String(html[html.range(of: "<table")!.lowerBound..<html.range(of: "</table>")!.upperBound])
        #expect(table.contains("<table class=\"stack\" role=\"table\">"))
        for row in lines(table, containing: "<tr role=\"row\"><th scope=\"row\"") {
            #expect(row.contains("<th scope=\"row\" role=\"rowheader\" data-label=\"Field\""), "\(row)")
            #expect(row.contains("<td role=\"cell\" data-label=\"Original\"") && row.contains("<td role=\"cell\" data-label=\"Correction\""), "\(row)")
        }
        #expect(html.contains("@media (max-width: 40em)"))
        #expect(html.contains("table.stack td::before, table.stack tbody th::before { content: attr(data-label) \": \"; font-weight: bold; }"))
        #expect(html.contains("code { font-family: ui-monospace, \"DejaVu Sans Mono\", monospace; overflow-wrap: anywhere;"))
    }

    @Test func everyRefNamingAnEntryInThePageIsALinkToIt() throws {
        let html = try trail(.customer)
        let body = main(html)
        let anchors = Set(lines(body, containing: "<h3 id=\"ref-").compactMap { $0.split(separator: "\"").dropFirst().first.map(String.init) })
        #expect(anchors.count > 5)
        // A table's caption is plain text (a link there is a child the table role may not own: axe-core).
        for line in body.split(separator: "\n") where !line.hasPrefix("<h") && !line.contains("<title>") && !line.hasPrefix("<caption>")
            && !line.hasPrefix("<li><a href=\"#ref-") {  // the contents list (in main after an Easy Read summary): links already
            var rest = Substring(line)
            while let r = rest.firstRange(of: "ref. ") {
                let digits = rest[r.upperBound...].prefix { $0.isNumber }
                #expect(digits.isEmpty || !anchors.contains("ref-\(digits)"), "not a link: \(line)")
                rest = rest[r.upperBound...]
            }
        }
        #expect(body.contains("<a href=\"#ref-"))
    }

    @Test func aContentsListLinksEverySectionAndEveryEntry() throws {
        let html = try trail(.customer)
        let nav = String(html[html.range(of: "<nav class=\"contents\"")!.lowerBound..<html.range(of: "</nav>")!.upperBound])
        for anchor in ["summary", "timeline", "decisions", "integrity"] { #expect(nav.contains("href=\"#\(anchor)\""), "\(anchor)") }
        for line in lines(main(html), containing: "<h3 id=\"ref-") {
            let id = line.split(separator: "\"")[1]
            #expect(nav.contains("<a href=\"#\(id)\">"), "\(id)")
        }
    }

    @Test func printingUsesA4WithPageNumbersAndLetsEntriesBreakWithHeadingsKeptWithWhatFollows() throws {
        let html = try trail(.customer)
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);"))
        #expect(html.contains("@top-right { content: \"as recorded at ledger seq"))
        #expect(html.contains("h1, h2, h3, h4, caption, thead { break-after: avoid; break-inside: avoid; }"))
        #expect(html.contains("p, li, dd { orphans: 3; widows: 3; }"))
        let printRules = html[html.range(of: "@media print")!.lowerBound...]
        #expect(!printRules.contains("article, table, figure"), "an entry is not kept whole")
        #expect(html.contains(HTMLEscaping.escape(DecisionTrail.orderNote)))
        let dated = AuditReport.trail(DecisionTrail(
            history: history, view: TimeView(asKnownAt: at("2026-06-02T00:00:00Z")), copy: .customer, configuration: FixtureConfiguration.standard))
            .render(RenderOptions(format: .html), integrity: try fx.integrity())
        #expect(dated.contains("@top-right { content: \"as known at 2 June 2026"))
        let made = AuditReport.trail(DecisionTrail(history: history, view: TimeView(), copy: .customer, configuration: FixtureConfiguration.standard))
            .render(RenderOptions(format: .html, madeOn: day("2026-12-06")), integrity: try fx.integrity())
        #expect(made.contains("@top-right { content: \"made on 6 December 2026\""))
    }

    @Test func aRecordedCaseIdCannotCloseTheStyleSheet() {
        #expect(HTMLStyle.cssString("C-1</style><script>\"x\\") == "\"C-1\\3C /style\\3E \\3C script\\3E \\\"x\\\\\"")
    }

    @Test func theTimelineNumbersEveryMarkLettersEveryStageAndListsThemInWords() throws {
        let html = try trail(.customer)
        let data = DecisionTrail(history: history, view: TimeView(), copy: .customer, configuration: FixtureConfiguration.standard).timeline
        let drawing = try #require(SVGTimeline.render(data, caseId: "C-1001"))
        #expect(drawing.marks.count == data.marks.count)
        #expect(drawing.stages.count == data.bands.count)
        let wide = String(drawing.svg[..<drawing.svg.range(of: "</svg>")!.upperBound])
        for mark in drawing.marks { #expect(wide.contains("class=\"number\" font-size=\"16.2\">\(mark.number)</text>"), "mark \(mark.number)") }
        for (i, _) in data.bands.enumerated() {
            let letter = String(UnicodeScalar(UInt8(65 + i)))
            #expect(wide.contains("class=\"number\" font-size=\"18\">\(letter)</text>"), "stage \(letter)")
        }
        for mark in data.marks { #expect(html.contains(HTMLEscaping.escape(mark.label).replacing("ref. ", with: "ref.\u{00A0}")) || html.contains(HTMLEscaping.escape(mark.label)), "\(mark.label)") }
        #expect(html.contains("Next review due 20 July 2027"))
        #expect(!html.contains("class=\"due\""), "no label cut off at the drawing's edge")
        #expect(html.contains("<h3 id=\"timeline-key\">Key to the timeline</h3>"))
        #expect(html.contains("class=\"timeline narrow\""))
    }

    @Test func largePrintDrawsTheTimelineTextLargerForTheSameWidth() throws {
        let data = DecisionTrail(history: history, view: TimeView(), copy: .customer, configuration: FixtureConfiguration.standard).timeline
        func ratio(_ largePrint: Bool) throws -> Double {
            let svg = try #require(SVGTimeline.render(data, caseId: "C-1001", largePrint: largePrint)).svg
            let box = svg[svg.range(of: "viewBox=\"0 0 ")!.upperBound...].prefix { $0 != " " }
            return 18 / Double(box)!
        }
        let large = try ratio(true), normal = try ratio(false)
        #expect(large > normal * 1.5)
    }

    @Test(.enabled(if: Browser.chromium != nil, "Chromium is not installed: the pages were not laid out in a browser"))
    func thePagesReflowAt320And390And640PixelsInChromium() throws {
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        let pages = ["demo/C-1006-trail-customer.html", "demo/C-1001-trail-staff.html", "demo/C-1006-panel-pack-latest.html", "caseload.html",
                     "trail-staff-large-print.html", "compliance.html"].map { golden.appendingPathComponent($0).path }
        let tool = golden.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("tools/check-pages.py").path
        let (status, text) = try Browser.python([tool, "--widths", "320,390,640,1280"] + pages)
        #expect(status == 0, "\(text)")
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("ok ") }.count == pages.count * 4, "\(text)")
    }
}

/// Where Chromium is, if it is installed.
enum Browser {
    // issue 18: panel
    /// Runs `python3` with `arguments`: its exit status and what it printed (output and errors).
    static func python(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    static let chromium: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
                return "\(dir)/\(name)"
            }
        }
        return nil
    }()
}
