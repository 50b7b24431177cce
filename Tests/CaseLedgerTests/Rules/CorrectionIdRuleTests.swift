import CaseLedger
import CaseLedgerTestSupport
import LedgerJSON
import Testing

// issue 16: staff16 — correcting an event recorded before rule 66 (`IdRules`, `id-invalid`).
/// A correction carries the corrected event's ids: one may carry again, inside the corrected
/// payload, an id the corrected event itself holds under a member of the same name, byte for byte,
/// even when it breaks rule 66 (an event recorded before the rule, or imported). Any other id that
/// breaks the rule is still refused.
@Suite("A correction may keep the ids the corrected event holds")
struct CorrectionIdRuleTests {
    /// An open case with needs assessment "A 1" (a space), recorded before rule 66.
    static var oldAssessment: TestCase {
        var c = TestCase.adult(upTo: .opened)
        c.given([.needsAssessed(Make.needsAssessment("A 1", notAchieved: [:], date: "2026-04-08"))])
        return c
    }

    /// The correction of the old assessment to one under `id` finding two outcomes not achieved.
    static func correction(_ c: TestCase, id: String) -> CaseCommand {
        Make.correct(c.lastId(of: "needsAssessed"), with: .needsAssessed(Make.needsAssessment(id, notAchieved: [
            .managingNutrition: [.cannotWithoutAssistance],
            .maintainingPersonalHygiene: [.significantPainDistressOrAnxiety],
        ], date: "2026-04-08")))
    }

    @Test func givenAnOldAssessmentA1WithASpaceWhenItIsCorrectedKeepingItsIdThenItIsAccepted() {
        let c = Self.oldAssessment
        c.when(Self.correction(c, id: "A 1")).thenAccepted()
    }

    @Test func givenAnOldAssessmentA1WithASpaceWhenTheCorrectionGivesAnotherIdBreakingTheRuleThenItIsRefused() {
        let c = Self.oldAssessment
        c.when(Self.correction(c, id: "A 2")).thenRejected(.idInvalid, containing: "assessment id \"A 2\" has a space")
        // A look-alike of the id the event holds is not that id.
        c.when(Self.correction(c, id: "A\u{A0}1")).thenRejected(.idInvalid, containing: "U+00A0 NO-BREAK SPACE")
    }

    @Test func givenAnOldAssessmentA1WithASpaceWhenTheCorrectionGivesAnIdKeepingTheRuleThenTheRuleDoesNotRefuseIt() {
        let c = Self.oldAssessment
        c.when(Self.correction(c, id: "A-1")).thenAccepted()
    }

    @Test func givenAnOldAssessmentWhenAnotherEventIsCorrectedUnderItsIdThenItIsRefused() {
        // The id is the assessment's, not the corrected event's: the exemption is the corrected event's own ids.
        var c = Self.oldAssessment
        c.record(.assessNeeds(Make.needsAssessment("A-2", notAchieved: [:], date: "2026-04-09")))
        c.when(Self.correction(c, id: "A 1")).thenRejected(.idInvalid, containing: "assessment id \"A 1\" has a space")
    }

    @Test func anIdKeptUnderOneMemberIsNotKeptUnderAnother() {
        let kept = IdRules.held(in: .object(["lineId": .string("P 3"), "lines": .array([.object(["lineId": .string("L 1")])])]))
        #expect(kept == [IdRules.Held(field: "lineId", id: "P 3"), IdRules.Held(field: "lineId", id: "L 1")])
        #expect(IdRules.firstBreach(in: .object(["planId": .string("P 3")]), keeping: kept)?.field == "planId")
        #expect(IdRules.firstBreach(in: .object(["lines": .array([.object(["lineId": .string("L 1")])])]), keeping: kept) == nil)
        #expect(IdRules.firstBreach(in: .object(["lineId": .string("L\u{A0}1")]), keeping: kept)?.field == "lineId")
    }
}
