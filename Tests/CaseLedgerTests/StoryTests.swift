import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("The standard adult case")
struct StoryTests {
    @Test("goes through every stage to delivery", arguments: Step.allCases)
    func everyStepIsAccepted(step: Step) {
        let c = TestCase.adult(upTo: step)
        let expected: Stage = switch step {
        case .opened: .contact
        case .assessed: .assessment
        case .eligible, .financiallyAssessed, .indicativeBudget, .planDrafted, .budgetSet, .signedOff: .supportPlanning
        case .delivered: .delivery
        }
        #expect(c.state.stage == expected)
    }
}
