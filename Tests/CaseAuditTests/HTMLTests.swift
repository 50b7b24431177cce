import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Foundation
import Testing

/// The HTML reports are well-formed, self-contained and accessible.
@Suite("HTML: well-formed, self-contained, accessible")
struct HTMLTests {
    let fx: FixtureLedger
    let history: CaseHistory

    init() throws {
        fx = try FixtureLedger()
        try Stories.mrD(fx)
        history = try fx.history("C-1001")
    }

    func html(_ report: AuditReport, largePrint: Bool = false) throws -> String {
        report.render(RenderOptions(format: .html, largePrint: largePrint), integrity: try fx.integrity())
    }

    @Test("every report parses as well-formed XML")
    func wellFormed() throws {
        let config = FixtureConfiguration.standard
        var reports: [AuditReport] = [.verification]
        for copy in Copy.allCases {
            reports.append(.trail(DecisionTrail(history: history, view: TimeView(), copy: copy, configuration: config)))
        }
        for subject in ExplainSubject.allCases {
            reports.append(.explanation(Explanation(history: history, subject: subject, view: TimeView(), copy: .customer, configuration: config, configurationSource: "test")))
        }
        reports.append(.diff(CaseDiff(history: history, from: at("2026-04-01T00:00:00Z"), to: at("2026-08-01T00:00:00Z"), inForceOn: day("2026-05-01"), copy: .customer, configuration: config)))
        for report in reports {
            for large in [false, true] {
                let text = try html(report, largePrint: large)
                #expect(wellFormedProblem(text) == nil, "\(wellFormedProblem(text) ?? "")")
            }
        }
    }

    @Test("self-contained, with a language, headings, table headers, an SVG timeline and print styles")
    func accessible() throws {
        let text = try html(.trail(DecisionTrail(history: history, view: TimeView(), copy: .customer, configuration: FixtureConfiguration.standard)))
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.contains("lang=\"en-GB\""))
        #expect(!text.contains("<script"))
        #expect(!text.contains("http://") || !text.contains("src=\"http"))
        #expect(!text.contains(" src=") && !text.contains("<link"))
        #expect(text.contains("<h1>") && text.contains("<h2 id=\"summary\">") && text.contains("<h3 id=\"ref-18\">"))
        #expect(text.contains("<th scope=\"col\" role=\"columnheader\">Field</th>"))
        #expect(text.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline wide\" role=\"img\""))
        #expect(text.contains("<title id=\"timeline-title\">Timeline of case C-1001</title>"))
        #expect(text.contains("@media print"))
        #expect(text.contains("review due 20 July 2027"))
        #expect(text.contains("<body>"))
        let large = try html(.trail(DecisionTrail(history: history, view: TimeView(), copy: .customer, configuration: FixtureConfiguration.standard)), largePrint: true)
        #expect(large.contains("<body class=\"large-print\">"))
        #expect(text.hasSuffix("</html>\n"))
        let integrity = text.range(of: "<h2 id=\"integrity\">Integrity of this record")!
        #expect(!text[integrity.upperBound...].contains("<article"))
    }
}
