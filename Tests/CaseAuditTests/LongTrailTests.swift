import CaseAudit
import CaseLedger
import Foundation
import Testing

/// A trail of 500 decisions renders in the same shape as a short one.
@Suite("A case with 500 decisions")
struct LongTrailTests {
    @Test("every format has 500 entries, in order, in the same shape as the first")
    func fiveHundred() throws {
        let fx = try FixtureLedger()
        try Stories.long(fx, decisions: 500)
        let history = try fx.history("C-LONG")
        let integrity = try fx.integrity()
        let started = Date()
        let trail = DecisionTrail(history: history, view: TimeView(), copy: .customer, configuration: FixtureConfiguration.standard)
        #expect(trail.entries.count == 500)
        let report = AuditReport.trail(trail)
        let text = report.render(RenderOptions(format: .text), integrity: integrity)
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("ref. ") }
        #expect(headings.count == 500)
        #expect(headings.map { Int64($0.dropFirst(5).prefix { $0 != " " })! } == trail.entries.map(\.seq))
        // The same shape: entries of the same kind have the same labels in the same order.
        let body = text.components(separatedBy: "\nIntegrity of this record\n")[0]
        let shapes = body.components(separatedBy: "\n\nref. ").dropFirst().map { block in
            block.split(separator: "\n").dropFirst().map { $0.prefix { $0 != ":" } }.filter { !$0.hasPrefix("    ") }.joined(separator: "|")
        }
        let kinds = Set(shapes.dropFirst().enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
        #expect(kinds.count == 1, "\(kinds)")
        let csv = report.render(RenderOptions(format: .csv), integrity: integrity)
        #expect(csv.components(separatedBy: "\r\n").filter { $0.hasPrefix("\"decision\"") }.count == 500)
        #expect(csv.components(separatedBy: "\r\n").dropLast().last?.hasPrefix("\"integrity\"") == true)
        let html = report.render(RenderOptions(format: .html), integrity: integrity)
        #expect(html.components(separatedBy: "<article aria-labelledby=\"ref-").count + html.components(separatedBy: "<article class=").count - 2 == 500)
        #expect(wellFormedProblem(html) == nil)
        let json = report.render(RenderOptions(format: .json), integrity: integrity)
        #expect(json.components(separatedBy: "\"eventType\":").count - 1 == 500)
        let md = report.render(RenderOptions(format: .md), integrity: integrity)
        #expect(md.components(separatedBy: "\n### ref. ").count - 1 == 500)
        #expect(Date().timeIntervalSince(started) < 30)
    }
}
