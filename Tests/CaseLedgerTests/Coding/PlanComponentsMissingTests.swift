import CaseLedger
import Testing

@Suite("A plan's missing components")
struct PlanComponentsMissingTests {
    /// Texts that are blank and not, in ASCII and beyond: a blank is only spaces, tabs and line
    /// breaks, each a character of its own (a CR LF pair is one character, and not blank; a space
    /// carrying an accent is not a space).
    static let texts: [(String, blank: Bool)] = [
        ("", true), (" ", true), ("\t\n \r", true), ("  \r", true), ("\r\n", false), (" \r\n ", false), (" \u{301}", false),
        ("a", false), ("  a", false), ("é", false), ("\u{A0}", false), ("\n\nplan", false), ("ok ", false),
    ]

    @Test("given every component written, then none is missing")
    func noneMissing() {
        let all = PlanComponents(Dictionary(uniqueKeysWithValues: PlanComponent.allCases.map { ($0, "written") }))
        #expect(all.missing.isEmpty)
    }

    @Test("given each text in each component with the others written, then it is missing exactly when blank", arguments: texts.indices)
    func blankIsMissing(index: Int) {
        let (text, blank) = Self.texts[index]
        for c in PlanComponent.allCases {
            var p = PlanComponents(Dictionary(uniqueKeysWithValues: PlanComponent.allCases.map { ($0, "written") }))
            p[c] = text
            #expect(p.missing == (blank ? [c] : []), "\(c) as \(text.debugDescription)")
        }
    }

    @Test("given components absent or blank, then they are missing in component order")
    func absentAndBlank() {
        var p = PlanComponents([.howSupported: " ", .importantToThePerson: "yes", .actionsToMakeItHappen: "\r\n"])
        #expect(p.missing == [.changesToAchieve, .howSupported, .budgetAndCost, .dayToDayManagement, .stayingInControl])
        p.text = [:]
        #expect(p.missing == PlanComponent.allCases)
    }
}
