import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Foundation
import Testing

/// Every format of the reports on the demo ledger's cases (events/demo, as `caseledger demo`
/// writes it), against golden files under Golden/demo: the customer's copy of every case's trail
/// in every format, the staff copy where it differs (C-1001 and C-1006 hold restricted
/// third-party information), and for C-1001 the trail and explanation either side of the
/// back-dated correction and the diff across it. Rewritten with CASELEDGER_UPDATE_GOLDEN=1 and
/// reviewed as diffs.
@Suite("Golden files of the demo ledger's cases")
struct DemoGoldenTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("events/demo").path
    static let cases = ["C-1001", "C-1002", "C-1003", "C-1004", "C-1005", "C-1006"]
    /// Joe's 2026-27 financial assessment is corrected on 2 June 2026.
    static let beforeCorrection = at("2026-06-01T23:00:00Z")
    static let afterCorrection = at("2026-06-03T00:00:00Z")

    let ledger: AuditLedger
    let integrity: IntegrityStatement
    let configuration: Configuration

    init() throws {
        ledger = try AuditLedger.open(at: Self.path)
        var i = try ledger.integrity()
        i.ledgerPath = "events/demo"
        integrity = i
        configuration = try #require(try CaseService(ledger: ledger.ledger).configuration(inForceAt: at("2027-01-01T00:00:00Z"))).configuration
    }

    func name(_ format: ReportFormat) -> String { format == .text ? "txt" : format.rawValue }

    func trail(_ caseId: String, _ copy: Copy, _ view: TimeView = TimeView()) throws -> AuditReport {
        .trail(DecisionTrail(history: try ledger.caseHistory(caseId), view: view, copy: copy, configuration: configuration))
    }

    @Test("every case's trail, customer's copy, in every format", arguments: cases)
    func customerTrail(_ caseId: String) throws {
        let r = try trail(caseId, .customer)
        for format in ReportFormat.allCases {
            Golden.check(r.render(RenderOptions(format: format), integrity: integrity), "demo/\(caseId)-trail-customer.\(name(format))")
        }
    }

    @Test("the staff copy of the trails with restricted information, in every format", arguments: ["C-1001", "C-1006"])
    func staffTrail(_ caseId: String) throws {
        let r = try trail(caseId, .staff)
        for format in ReportFormat.allCases {
            Golden.check(r.render(RenderOptions(format: format), integrity: integrity), "demo/\(caseId)-trail-staff.\(name(format))")
        }
    }

    @Test("C-1001 before and after the back-dated correction: trail, contribution explained, and the diff")
    func correction() throws {
        for (label, t) in [("before", Self.beforeCorrection), ("after", Self.afterCorrection)] {
            let view = TimeView(asKnownAt: t)
            var known = try ledger.integrity(asKnownAt: t)
            known.ledgerPath = "events/demo"
            Golden.check(try trail("C-1001", .customer, view).render(RenderOptions(format: .text), integrity: known),
                "demo/C-1001-trail-customer-\(label)-correction.txt")
            let explanation = AuditReport.explanation(Explanation(
                history: try ledger.caseHistory("C-1001"), subject: .contribution, view: view, copy: .staff, configuration: configuration,
                configurationSource: "the demo ledger's configuration"))
            Golden.check(explanation.render(RenderOptions(format: .text), integrity: known), "demo/C-1001-explain-contribution-\(label)-correction.txt")
        }
        let diff = AuditReport.diff(CaseDiff(
            history: try ledger.caseHistory("C-1001"), from: Self.beforeCorrection, to: Self.afterCorrection, inForceOn: nil, copy: .staff,
            configuration: configuration))
        for format in ReportFormat.allCases {
            Golden.check(diff.render(RenderOptions(format: format), integrity: integrity), "demo/C-1001-diff-correction.\(name(format))")
        }
    }

    @Test("every case explained in text", arguments: cases)
    func explanations(_ caseId: String) throws {
        for subject in ExplainSubject.allCases {
            let r = AuditReport.explanation(Explanation(
                history: try ledger.caseHistory(caseId), subject: subject, view: TimeView(), copy: .staff, configuration: configuration,
                configurationSource: "the demo ledger's configuration"))
            Golden.check(r.render(RenderOptions(format: .text), integrity: integrity), "demo/\(caseId)-explain-\(subject.rawValue).txt")
        }
    }
}
