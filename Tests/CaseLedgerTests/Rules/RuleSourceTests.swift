import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: voice
/// Every rule cites where it comes from, and every refusal ends with it.
@Suite("Every rule's source")
struct RuleSourceTests {
    /// True when `source` names one of the documents a rule may come from: an Act, regulations,
    /// the statutory guidance, UK GDPR, or a seed policy by name.
    static func namesADocument(_ source: String) -> Bool {
        SourceDocument.allCases.contains { source.contains($0.rawValue) }
    }

    @Test("every rule has a source that names a law, the statutory guidance or a seed policy")
    func everyRuleHasASource() {
        for rule in Rule.allCases {
            #expect(Self.namesADocument(rule.source), "\(rule.code): \(rule.source)")
        }
    }

    @Test("every refusal in the rule table ends with its source, which names a document", arguments: CaseRuleTable.all)
    func everyRefusalEndsWithItsSource(_ r: RuleCase) {
        let outcome = r.given.when(r.breaking, by: r.breakingActor, at: r.breakingAt)
        guard case .rejected(let rejection) = outcome else {
            Issue.record("\(r.rule.code) was not refused")
            return
        }
        #expect(rejection.message.hasSuffix(" — " + rejection.source), "\(rejection.message)")
        #expect(rejection.message == rejection.detail + " — " + rejection.source)
        #expect(Self.namesADocument(rejection.source), "\(rejection.source)")
        // The detail never carries a source of its own: the source is stated once, at the end.
        #expect(!SourceDocument.allCases.contains { rejection.detail.contains(" — " + $0.rawValue) }, "\(rejection.message)")
    }

    @Test("a rejection keeps its rule's source unless given a more precise one")
    func rejectionSource() {
        let plain = Rejection(.withdrawalWithoutReview, "services cannot be withdrawn yet")
        #expect(plain.source == Rule.withdrawalWithoutReview.source)
        #expect(plain.message == "services cannot be withdrawn yet — Wiltshire SDS policy 2014, 5. Review and re-assessments (withdrawal follows a review finding the needs no longer eligible)")
        let precise = Rejection(.closureWithServicesInForce, "no receiving council named", source: "Care Act 2014 s37")
        #expect(precise.message.hasSuffix(" — Care Act 2014 s37"))
    }

    @Test("the refusals measured without a source now cite theirs: sign-off, direct payment exclusions, free reablement, withdrawal, escalation, carers' charging")
    func measuredRefusalsCiteTheirSource() {
        let expected: [Rule: String] = [
            .signOffLimitExceeded: "— Wiltshire SDS policy 2014, 3. Support planning",
            .signOffAuthorityMissing: "— Wiltshire SDS policy 2014, 3. Support planning",
            .planComponentsMissing: "— support planning training deck, the 7 essential components",
            .directPaymentExcludedService: "— Care and Support (Direct Payments) Regulations 2014 reg 8",
            .contributionInFreeReablement: "— Care and Support (Charging and Assessment of Resources) Regulations 2014 reg 3",
            .withdrawalWithoutReview: "— Wiltshire SDS policy 2014, 5. Review and re-assessments",
            .challengeEscalationOrder: "— Wiltshire SDS policy 2014, challenges",
            .contributionExempt: "Wiltshire SDS policy 2014, 3. Support planning (carers are not asked to pay)",
        ]
        for (rule, text) in expected {
            let cases = CaseRuleTable.all.filter { $0.rule == rule }
            #expect(!cases.isEmpty, "\(rule.code)")
            for r in cases {
                r.given.when(r.breaking, by: r.breakingActor, at: r.breakingAt).thenRejected(rule, containing: text)
            }
        }
    }
}
