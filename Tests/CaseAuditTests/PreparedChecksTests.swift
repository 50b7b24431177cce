import CaseLedger
import Testing

@testable import CaseAudit

@Suite("Checks made ready list, for each kind of event, the rules judging it")
struct PreparedChecksTests {
    @Test("given every kind, then its ordinal is its place among all kinds")
    func ordinals() {
        #expect(CaseEvent.Kind.allCases.map(\.ordinal) == Array(CaseEvent.Kind.allCases.indices))
    }

    @Test("given the catalogue in either order, then each kind lists exactly the stepped rules judging it, in list order",
        arguments: [false, true])
    func byKind(reversed: Bool) {
        let checks = reversed ? Array(ComplianceCheck.catalogue.reversed()) : ComplianceCheck.catalogue
        let prepared = PreparedChecks(checks)
        for kind in CaseEvent.Kind.allCases {
            let listed = prepared.steppedRange(kind).map { prepared.steppedCheck(at: $0) }
            let expected = checks.indices.filter { checks[$0].atStep != nil && checks[$0].stepKinds.contains(kind) }
            #expect(listed == expected, "\(kind)")
        }
        #expect(prepared.wholeHistory == checks.indices.filter { checks[$0].atStep == nil })
        #expect(prepared.walks)
    }

    @Test("given only rules reading the history as a whole, then no case is walked and no kind lists a rule")
    func noSteps() {
        let prepared = PreparedChecks(ComplianceCheck.catalogue.filter { $0.atStep == nil })
        #expect(!prepared.walks)
        #expect(CaseEvent.Kind.allCases.allSatisfy { prepared.steppedRange($0).isEmpty })
    }
}
