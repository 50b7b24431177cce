import CaseLedger
import CaseLedgerTestSupport
import LedgerJSON
import Testing

// issue 16: ids — an id given in a command is a short ASCII token (`IdRules`, `id-invalid`).
/// Ids that differ only by Unicode normalisation compare equal as Swift strings ("P-\u{212A}"
/// with a Kelvin sign == "P-K"): a command may neither create such an id nor refer to a record by
/// such a spelling.
@Suite("An id given in a command has one spelling")
struct IdRuleTests {
    /// Plan "P-K" drafted and its personal budget set, ready for sign-off.
    static let planK: TestCase = {
        var c = TestCase.adult(upTo: .indicativeBudget)
        c.record(Make.draft(Make.plan("P-K")))
        c.record(Make.budget(planId: "P-K"))
        return c
    }()

    @Test func givenAPlanPKWhenItIsSignedOffUnderAKelvinSignSpellingThenItIsRefusedNamingTheField() {
        Self.planK.when(Make.signOff("P-\u{212A}"), by: TestStaff.teamManager)
            .thenRejected(.idInvalid, containing: "plan id \"P-\u{212A}\" has U+212A KELVIN SIGN")
    }

    @Test func givenAPlanPKWhenItIsSignedOffAsPKThenItIsAccepted() {
        Self.planK.when(Make.signOff("P-K"), by: TestStaff.teamManager).thenAccepted()
    }

    @Test func givenAnOpenCaseWhenAnAssessmentIdHasACombiningAccentThenItIsRefused() {
        TestCase.adult(upTo: .opened)
            .when(.assessNeeds(Make.needsAssessment("A-e\u{301}", notAchieved: [:], date: "2026-04-08")))
            .thenRejected(.idInvalid, containing: "assessment id \"A-e\u{301}\" has U+0301 COMBINING ACUTE ACCENT")
    }

    @Test func givenAnOldLedgerWithAssessmentAeDecomposedWhenTheComposedSpellingIsCreatedThenItIsRefusedAsAnId() {
        // A ledger recorded before the rule may hold any id: evolve folds it as it is.
        var c = TestCase.adult(upTo: .opened)
        c.given([.needsAssessed(Make.needsAssessment("A-e\u{301}", notAchieved: [:], date: "2026-04-08"))])
        #expect(c.state.needsAssessments.keys.contains { $0.unicodeScalars.elementsEqual("A-e\u{301}".unicodeScalars) })
        c.when(.assessNeeds(Make.needsAssessment("A-\u{E9}", notAchieved: [:], date: "2026-04-08")))
            .thenRejected(.idInvalid, containing: "U+00E9 LATIN SMALL LETTER E WITH ACUTE")
    }

    @Test func givenAPlanDraftWhenALineIdDeepInThePlanIsNotASCIIThenItIsRefused() {
        TestCase.adult(upTo: .indicativeBudget)
            .when(Make.draft(Make.plan(lines: [Make.line("L\u{212A}", .homeCare, pounds(100))])))
            .thenRejected(.idInvalid, containing: "line id \"L\u{212A}\"")
    }

    @Test func givenADeliveredCaseWhenAChallengeNamesAnEventIdWithASpaceThenItIsRefused() {
        TestCase.adult(upTo: .delivered)
            .when(Make.challenge(on: ["E-1", "E 2"]))
            .thenRejected(.idInvalid, containing: "challenged event id \"E 2\" has a space")
    }

    @Test func givenAnOpenCaseWhenAnIdIsEmptyOrTooLongThenItIsRefused() {
        let opened = TestCase.adult(upTo: .opened)
        opened.when(.assessNeeds(Make.needsAssessment("", notAchieved: [:], date: "2026-04-08")))
            .thenRejected(.idInvalid, containing: "assessment id \"\" is empty")
        opened.when(.assessNeeds(Make.needsAssessment(String(repeating: "A", count: 129), notAchieved: [:], date: "2026-04-08")))
            .thenRejected(.idInvalid, containing: "129 characters long, more than 128")
        opened.when(.assessNeeds(Make.needsAssessment(String(repeating: "A", count: 128), notAchieved: [:], date: "2026-04-08")))
            .thenAccepted()
    }

    @Test func aControlCharacterIsShownEscapedSoTheMessageStaysOneLine() {
        let breach = IdRules.firstBreach(in: .object(["planId": .string("P-1\n")]))
        #expect(breach?.sentence.contains("plan id \"P-1\\u{A}\" has U+000A") == true, "\(String(describing: breach?.sentence))")
        #expect(breach?.sentence.contains("\n") == false)
    }

    @Test("every id shape the demo, the README, the examples and the tests use is an id", arguments: [
        "A-1", "CA-1", "CH-1", "CO-1", "BI-1", "F-1", "F-2", "FA-M", "L1", "N-1", "REP-1", "P-1", "RV-10", "2025-26",
        "C-1001", "C-100000", "S-1", "SAR-1", "SG-1", "DPN-1", "OF-1", "CAP-9", "AD-1", "RB-1", "E-12",
        "52d1d43d-7406-4ee8-8def-4356e3dcde33", "council:2026.a_b",
    ])
    func knownShapesAreIds(_ id: String) {
        #expect(IdRules.problem(id: id) == nil)
    }

    @Test func staffIdsFollowTheActorRuleNotThisOne() {
        #expect(!IdRules.isIdMember("workerId"))
        #expect(!IdRules.isIdMember("staffId"))
        #expect(IdRules.isIdMember("planId"))
        #expect(IdRules.isIdMember("challengedEventIds"))
        #expect(!IdRules.isIdMember("paid"))
    }

    @Test func fieldsAreNamedAsAPersonReadsThem() {
        #expect(IdRules.fieldInWords("financialAssessmentId") == "financial assessment id")
        #expect(IdRules.fieldInWords("lineIds") == "line id")
    }
}
