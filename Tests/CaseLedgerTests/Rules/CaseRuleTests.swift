import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("Rules enforced at decision time")
struct CaseRuleTests {
    @Test("a command breaking the rule is rejected naming it", arguments: CaseRuleTable.all)
    func breaking(_ r: RuleCase) {
        r.given.when(r.breaking, by: r.breakingActor, at: r.breakingAt).thenRejected(r.rule, containing: r.message)
    }

    @Test("the same kind of command keeping the rule is accepted", arguments: CaseRuleTable.all)
    func passing(_ r: RuleCase) {
        (r.passingGiven ?? r.given).when(r.passing, by: r.passingActor).thenAccepted()
    }

    @Test("every rule has a breaking and a passing case")
    func everyRuleIsCovered() {
        let covered = Set(CaseRuleTable.all.map(\.rule)).union(StaffRuleTable.all.map(\.rule)).union(ImportRuleTests.rules)
        let missing = Rule.allCases.filter { !covered.contains($0) }.map(\.rawValue)
        #expect(missing.isEmpty, "rules without a test: \(missing)")
    }

    @Test("every rule code is unique, kebab-case, and states its requirement")
    func ruleCodes() {
        #expect(Set(Rule.allCases.map(\.rawValue)).count == Rule.allCases.count)
        for rule in Rule.allCases {
            #expect(rule.rawValue.allSatisfy { $0.isLowercase || $0 == "-" }, "\(rule.rawValue)")
            #expect(rule.requirement.hasSuffix("."), "\(rule.rawValue)")
        }
    }
}
