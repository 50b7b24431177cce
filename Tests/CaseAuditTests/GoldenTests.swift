import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

/// Every format of every report, on Mr D's case, against its golden file.
@Suite("Golden files of every format")
struct GoldenTests {
    let fx: FixtureLedger
    let history: CaseHistory
    let integrity: IntegrityStatement

    init() throws {
        fx = try FixtureLedger()
        try Stories.mrD(fx)
        history = try fx.history("C-1001")
        integrity = try fx.integrity()
    }

    func trail(_ copy: Copy, _ view: TimeView = TimeView()) -> AuditReport {
        .trail(DecisionTrail(history: history, view: view, copy: copy, configuration: FixtureConfiguration.standard))
    }

    func explain(_ subject: ExplainSubject, _ view: TimeView = TimeView()) -> AuditReport {
        .explanation(Explanation(
            history: history, subject: subject, view: view, copy: .staff, configuration: FixtureConfiguration.standard,
            configurationSource: "the fixture's configuration"))
    }

    @Test("trail, customer's copy: text, Markdown, HTML, JSON, CSV")
    func customerTrail() {
        let r = trail(.customer)
        Golden.check(r.render(RenderOptions(format: .text), integrity: integrity), "trail-customer.txt")
        Golden.check(r.render(RenderOptions(format: .md), integrity: integrity), "trail-customer.md")
        Golden.check(r.render(RenderOptions(format: .html), integrity: integrity), "trail-customer.html")
        Golden.check(r.render(RenderOptions(format: .json), integrity: integrity), "trail-customer.json")
        Golden.check(r.render(RenderOptions(format: .csv), integrity: integrity), "trail-customer.csv")
    }

    @Test("trail, staff copy: text, HTML in large print, JSON, CSV")
    func staffTrail() {
        let r = trail(.staff)
        Golden.check(r.render(RenderOptions(format: .text), integrity: integrity), "trail-staff.txt")
        Golden.check(r.render(RenderOptions(format: .html, largePrint: true), integrity: integrity), "trail-staff-large-print.html")
        Golden.check(r.render(RenderOptions(format: .json), integrity: integrity), "trail-staff.json")
        Golden.check(r.render(RenderOptions(format: .csv), integrity: integrity), "trail-staff.csv")
    }

    @Test("explain each subject in text; contribution in every format")
    func explanations() {
        for subject in ExplainSubject.allCases {
            Golden.check(explain(subject).render(RenderOptions(format: .text), integrity: integrity), "explain-\(subject.rawValue).txt")
        }
        let c = explain(.contribution)
        Golden.check(c.render(RenderOptions(format: .md), integrity: integrity), "explain-contribution.md")
        Golden.check(c.render(RenderOptions(format: .html), integrity: integrity), "explain-contribution.html")
        Golden.check(c.render(RenderOptions(format: .json), integrity: integrity), "explain-contribution.json")
        Golden.check(c.render(RenderOptions(format: .csv), integrity: integrity), "explain-contribution.csv")
    }

    @Test("diff across the correction in every format")
    func diff() {
        let d = AuditReport.diff(CaseDiff(
            history: history, from: at("2026-06-30T00:00:00Z"), to: at("2026-07-31T00:00:00Z"), inForceOn: nil, copy: .staff,
            configuration: FixtureConfiguration.standard))
        for format in ReportFormat.allCases {
            Golden.check(d.render(RenderOptions(format: format), integrity: integrity), "diff.\(format == .text ? "txt" : format.rawValue)")
        }
    }

    @Test("verify in every format")
    func verify() {
        for format in ReportFormat.allCases {
            Golden.check(AuditReport.verification.render(RenderOptions(format: format), integrity: integrity), "verify.\(format == .text ? "txt" : format.rawValue)")
        }
    }
}
