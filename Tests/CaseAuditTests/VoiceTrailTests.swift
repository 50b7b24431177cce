import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: voice
/// The trail shows the person their plan in the words written in it, and the stage a withdrawal
/// leaves the case at.
@Suite("The trail: the plan's seven components, the stage after a withdrawal")
struct VoiceTrailTests {
    /// The standard adult case delivered, reviewed, its services withdrawn and the person told.
    static func withdrawn() -> TestCase {
        var c = TestCase.adult(upTo: .delivered)
        c.record(Make.requestReview(date: "2026-07-15"))
        c.record(Make.completeReview(outcome: .withdrawalRecommended, stillEligible: false, date: "2026-07-22"))
        c.record(Make.withdraw(date: "2026-08-05"))
        c.record(Make.withdrawalNotice(date: "2026-08-05"))
        return c
    }

    /// `c`'s events in a fixture ledger, as each was recorded.
    static func ledger(_ c: TestCase) throws -> FixtureLedger {
        let fx = try FixtureLedger()
        for e in c.recorded { _ = try fx.append([e.event], stream: "C-1001", actor: e.actor, at: e.recordedAt) }
        return fx
    }

    static let componentLines = [
        "1. What is important to the person: staying at home, seeing friends",
        "2. What they want to change or achieve: get out twice a week",
        "3. How they will be supported: personal assistants mornings and evenings; risks talked through",
        "4. Cost for the year: costs set out by line for the year",
        "5. How the support is managed day to day: the family manage the rota",
        "6. How the person stays in control: the customer decides; reviewed at 6 weeks",
        "7. The actions that make the plan happen: recruit assistants by May",
    ]

    @Test("given a plan with its 7 components, the draft's and the sign-off's entries show each in the words written in it")
    func componentsInTheEntries() throws {
        let fx = try Self.ledger(Self.withdrawn())
        let trail = DecisionTrail(history: try fx.history("C-1001"), view: TimeView(), copy: .customer, configuration: FixtureConfiguration.standard)
        let draft = try #require(trail.entries.first { $0.eventType == "supportPlanDrafted" })
        let signOff = try #require(trail.entries.first { $0.eventType == "planSignedOff" })
        for line in Self.componentLines {
            #expect(draft.what.contains(line), "\(draft.what)")
            #expect(signOff.what.contains(line), "\(signOff.what)")
        }
        #expect(signOff.what.contains("The plan signed off, in the words written in it:"))
    }

    @Test("given a referral and an allocation with no reasons, their entries show no Why; given a determination written without reasons before they were required, its entry says so")
    func whyOnlyWhereItBelongs() throws {
        let c = Self.withdrawn()
        let fx = try FixtureLedger()
        for e in c.recorded {
            var event = e.event
            // As an eligibility determination recorded before reasons were required was written.
            if case .eligibilityDetermined(var d) = event {
                d.metadata.reasons = []
                event = .eligibilityDetermined(d)
            }
            _ = try fx.append([event], stream: "C-1001", actor: e.actor, at: e.recordedAt)
        }
        let trail = DecisionTrail(history: try fx.history("C-1001"), view: TimeView(), copy: .customer, configuration: FixtureConfiguration.standard)
        let text = AuditReport.trail(trail).render(RenderOptions(format: .text), integrity: try fx.integrity())
        /// The text of the entry of `type`, up to the next entry ("" when there is none).
        func entry(_ type: String) -> Substring {
            guard let e = trail.entries.first(where: { $0.eventType == type }), let start = text.range(of: "ref. \(e.seq) · ") else {
                Issue.record("no \(type) entry")
                return ""
            }
            let rest = text[start.upperBound...]
            return rest[..<(rest.range(of: "\nref. ")?.lowerBound ?? rest.endIndex)]
        }
        #expect(entry("referralReceived").contains("What was decided"))
        #expect(!entry("referralReceived").contains("Why:"))
        #expect(!entry("workerAllocated").contains("Why:"))
        #expect(entry("eligibilityDetermined").contains("Why:\n    - No reasons were recorded."))
        #expect(!entry("needsAssessed").contains("No reasons were recorded."))
    }

    @Test("every format of the customer's trail shows the plan's 7 components", arguments: ReportFormat.allCases)
    func componentsInEveryFormat(_ format: ReportFormat) throws {
        let fx = try Self.ledger(Self.withdrawn())
        let trail = DecisionTrail(history: try fx.history("C-1001"), view: TimeView(), copy: .customer, configuration: FixtureConfiguration.standard)
        let text = AuditReport.trail(trail).render(RenderOptions(format: format), integrity: try fx.integrity())
        for line in Self.componentLines {
            // Text wraps long lines; the component's own words are kept together.
            let words = String(line.split(separator: ":", maxSplits: 1)[1].dropFirst())
            #expect(text.contains(words), "\(format): \(words)")
        }
    }

    @Test("given services withdrawn after a review, the withdrawal's entry moves the stage from delivery of support to services withdrawn, never back to review")
    func stageAfterWithdrawal() throws {
        let fx = try Self.ledger(Self.withdrawn())
        let trail = DecisionTrail(history: try fx.history("C-1001"), view: TimeView(), copy: .customer, configuration: FixtureConfiguration.standard)
        let withdrawal = try #require(trail.entries.first { $0.eventType == "withdrawalDecided" })
        let stage = try #require(withdrawal.changes.first { $0.key == "stage" })
        #expect(stage.from == "delivery of support")
        #expect(stage.to == "services withdrawn, awaiting closure")
    }

    @Test("a compliance rule that mirrors a domain rule cites the domain rule's source; every compliance rule names a document")
    func complianceSourcesAgree() {
        for rule in ComplianceRule.allCases {
            if let domain = rule.domainRule { #expect(rule.source == domain.source, "\(rule.code)") }
            #expect(SourceDocument.allCases.contains { rule.source.contains($0.rawValue) }, "\(rule.code): \(rule.source)")
        }
    }

    @Test("a sign-off beyond the signer's limit is found naming the signer and the sign-off by its effective date")
    func signOffFindingNamesTheSignerAndTheDate() throws {
        let f = try ComplianceHistories.report(ComplianceHistories.breaking(.signOffLimitExceeded)).open
        #expect(f.count == 1)
        let sentence = try #require(f.first?.sentence)
        #expect(sentence.hasPrefix("the sign-off of 8 June 2026 of plan P-1 version 2, costing £280.00 a week, was recorded by Tess Morgan (S-2)"), "\(sentence)")
        #expect(f.first?.statement.hasSuffix(" — " + Rule.signOffLimitExceeded.source) == true)
    }
}
