import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Foundation
import Testing

// issue 15: notices
/// "What the person was told" on every decision that needs a notice, in the demo ledger.
@Suite("The trail shows what the person was told of each decision")
struct NoticeTrailTests {
    let trail: DecisionTrail

    init() throws {
        let ledger = try AuditLedger.open(at: DemoGoldenTests.path)
        let configuration = try #require(try CaseService(ledger: ledger.ledger).configuration(inForceAt: at("2027-01-01T00:00:00Z"))).configuration
        trail = DecisionTrail(history: try ledger.caseHistory("C-1001"), view: TimeView(), copy: .customer, configuration: configuration)
    }

    @Test("given Joe's contribution changes, then each entry (the financial assessments, the correction, the budgets) says what he was told, in Easy Read")
    func contributionChangesHaveTheirNotice() throws {
        let changes = trail.entries.filter {
            ["financialAssessmentCompleted", "personalBudgetSet", "eventCorrected"].contains($0.eventType)
        }
        #expect(changes.count == 6)
        for entry in changes {
            #expect(entry.noticeExpected, "\(entry.title)")
            #expect(entry.notices.count == 1, "\(entry.title): \(entry.notices)")
            #expect(entry.notices.first?.text.contains("Written notice sent to Joe, with a copy to his mother (the person) as easy read") == true,
                "\(entry.notices.first?.text ?? "none")")
        }
        let correction = try #require(changes.first { $0.eventType == "eventCorrected" })
        #expect(correction.notices.first?.text.hasSuffix("the financial assessment: the contribution and how it was worked out") == true)
    }

    @Test("given a decision that needs no notice of its own, then the entry has no \"What the person was told\"")
    func otherDecisionsExpectNone() throws {
        let allocation = try #require(trail.entries.first { $0.eventType == "workerAllocated" })
        #expect(!allocation.noticeExpected)
        #expect(allocation.notices.isEmpty)
    }
}
