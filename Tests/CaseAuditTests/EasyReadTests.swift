import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Foundation
import Testing

// issue 18: panel (item 7)
/// The Easy Read summary of the demo ledger's cases: made from the case's facts and the published
/// configuration, in short everyday sentences, first in the trail and as its own page.
@Suite("Easy Read summary")
struct EasyReadTests {
    let ledger: AuditLedger
    let configuration: Configuration
    let integrity: IntegrityStatement

    init() throws {
        ledger = try AuditLedger.open(at: DemoGoldenTests.path)
        configuration = try #require(try CaseService(ledger: ledger.ledger).configuration(inForceAt: at("2027-01-01T00:00:00Z"))).configuration
        var i = try ledger.integrity()
        i.ledgerPath = "events/demo"
        integrity = i
    }

    func trail(_ caseId: String, _ copy: Copy = .customer, configuration: Configuration? = nil) throws -> DecisionTrail {
        DecisionTrail(history: try ledger.caseHistory(caseId), view: TimeView(), copy: copy, configuration: configuration ?? self.configuration)
    }

    func state(_ caseId: String) throws -> CaseState { CaseState(rebuiltFrom: try ledger.caseHistory(caseId).events) }

    func sentences(_ s: EasyReadSummary) -> [String] { s.parts.flatMap(\.sentences) }

    @Test("the amounts are the case's own, in pounds from pence", arguments: ["C-1001", "C-1002", "C-1004"])
    func theMoneyIsTheCasesOwn(_ caseId: String) throws {
        let budget = try #require(try state(caseId).personalBudget.latest?.value)
        let all = sentences(try trail(caseId).easyRead)
        #expect(all.contains("Your personal budget is \(budget.weeklyTotal) a week."), "\(all)")
        if budget.weeklyCustomerContribution > .zero {
            #expect(all.contains("You pay \(budget.weeklyCustomerContribution) a week of it."))
            #expect(all.contains("We pay \(budget.weeklyCouncilContribution) a week."))
        }
        #expect("\(budget.weeklyTotal)".hasPrefix("£"))
    }

    @Test func aClosedCaseSaysSoWithTheReviewsFindingAndWhatTheyCanDo() throws {
        let summary = try trail("C-1006").easyRead
        let all = sentences(summary)
        #expect(all.contains("Your case is closed."))
        #expect(all.contains("We closed it on 21 July 2026."))
        #expect(all.contains("We checked your care and support again on 22 June 2026."))
        #expect(all.contains("We decided you do not need care and support from us now."))
        #expect(all.contains("If your needs change, you can ask us for help again."))
        #expect(all.contains("You do not have a personal budget now."))
        #expect(summary.parts.map(\.heading) == ["About this summary", "What we decided", "Money", "What happens next", "If you do not agree", "Who to ask"])
    }

    @Test("plain words: short sentences, dates written out, no references, citations or codes", arguments: DemoGoldenTests.cases)
    func plainWords(_ caseId: String) throws {
        for sentence in sentences(try trail(caseId).easyRead) {
            let words = sentence.split(separator: " ")
            #expect(words.count <= 20, "too long: \(sentence)")
            #expect(sentence.firstMatch(of: /\d{4}-\d{2}-\d{2}/) == nil, "an ISO date: \(sentence)")
            for jargon in ["ref.", "Care Act", "Regulations", "s42", "section ", "eligibility", "assessment"] {
                #expect(!sentence.contains(jargon), "\(jargon) in: \(sentence)")
            }
            if !sentence.contains(":") {
                #expect(sentence.filter { $0 == "." }.count <= 2 || sentence.contains("@"), "one idea a sentence: \(sentence)")
            }
        }
    }

    @Test func theCouncilsContactDetailsComeFromTheConfiguration() throws {
        let shipped = try #require(configuration.councilContact)
        #expect(!shipped.confirmed)
        let all = sentences(try trail("C-1001").easyRead)
        #expect(all.contains("Phone: \(try #require(shipped.telephone))"))
        #expect(all.contains("Your worker is Sam Patel."))
        var mine = configuration
        mine.councilContact = CouncilContact(name: "Testshire Adult Care", telephone: "01234 567890", confirmed: true)
        let custom = try trail("C-1001", configuration: mine).easyRead
        #expect(sentences(custom).contains("You can contact Testshire Adult Care."))
        #expect(sentences(custom).contains("Phone: 01234 567890"))
        #expect(!sentences(custom).contains { $0.contains("@") })
        #expect(custom.contactConfirmed)
        mine.councilContact = nil
        #expect(sentences(try trail("C-1001", configuration: mine).easyRead).contains("You can ask the council's adult social care team."))
    }

    @Test func unconfirmedContactDetailsAreSaidToBeExamples() throws {
        let summary = try trail("C-1001").easyRead
        #expect(!summary.contactConfirmed)
        let html = EasyReadPage.render(summary, copy: .customer)
        #expect(html.contains(EasyReadSummary.unconfirmedNote))
    }

    @Test func theTrailOpensWithTheSummaryInBothCopies() throws {
        for copy in Copy.allCases {
            let html = AuditReport.trail(try trail("C-1006", copy)).render(RenderOptions(format: .html), integrity: integrity)
            let main = try #require(html.range(of: "<main id=\"main\">"))
            let easy = try #require(html.range(of: "<section class=\"easy-read\" aria-labelledby=\"easy-read\">"))
            let now = try #require(html.range(of: "<h2 id=\"summary\">"))
            #expect(main.upperBound < easy.lowerBound && easy.upperBound < now.lowerBound)
            #expect(!html[main.upperBound..<easy.lowerBound].contains("<section"))
            let text = AuditReport.trail(try trail("C-1006", copy)).render(RenderOptions(format: .text), integrity: integrity)
            #expect(text.contains("Easy Read summary"))
        }
    }

    @Test func theEasyReadPageIsLargePlainAndMarkedForStaff() throws {
        let summary = try trail("C-1006").easyRead
        let html = EasyReadPage.render(summary, copy: .customer, madeOn: day("2026-12-06"))
        Golden.check(html, "demo/C-1006-easy-read.html")
        #expect(wellFormedProblem(html) == nil)
        #expect(html.contains("body { font-family: Arial, \"Helvetica Neue\", system-ui, sans-serif; font-size: 1.375rem;"))
        #expect(html.contains("body { font-size: 16pt;"))
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<table"))
        for s in sentences(summary) { #expect(html.contains("<li>\(HTMLEscaping.escape(s))</li>")) }
        #expect(html.contains("<title>Easy Read: your care and support for Mr D</title>"))
        let staff = EasyReadPage.render(summary, copy: .staff)
        #expect(staff.contains("<title>Easy Read: your care and support for Mr D \u{2014} staff copy</title>"))
        #expect(staff.contains("STAFF COPY"))
    }
}
