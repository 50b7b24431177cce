@testable import CLIKit
import Testing

@Suite struct Suggestions {
    @Test(arguments: [
        ("ledger", "ledger", 0), ("legder", "ledger", 1), ("ledgr", "ledger", 1),
        ("ledgers", "ledger", 1), ("lodger", "ledger", 1), ("", "abc", 3), ("abc", "", 3),
        ("kitten", "sitting", 3),
    ])
    func editDistanceCountsASwapOfNeighboursAsOneEdit(a: String, b: String, distance: Int) {
        #expect(Suggestion.editDistance(Array(a), Array(b)) == distance)
    }

    @Test(arguments: [
        ("apend", "append"), ("verfy", "verify"), ("STREAM", "stream"), ("ledgre", "ledger"),
        ("fromat", "format"),
    ])
    func aNearMissSuggestsTheIntendedWord(typed: String, intended: String) {
        let candidates = ["append", "verify", "stream", "ledger", "format"]
        #expect(Suggestion.closest(to: typed, among: candidates) == intended)
    }

    @Test(arguments: ["md", "xyz", "apx", "ledgerrrr"])
    func aDistantWordSuggestsNothing(typed: String) {
        #expect(Suggestion.closest(to: typed, among: ["db", "append", "ledger"]) == nil)
    }

    @Test func shortNamesAllowOnlyOneEdit() {
        #expect(Suggestion.closest(to: "ad", among: ["add"]) == "add")
        #expect(Suggestion.closest(to: "a", among: ["add"]) == nil)
    }

    @Test func theClosestWinsAndTiesGoToTheFirstDeclared() {
        #expect(Suggestion.closest(to: "ledgr", among: ["lodger", "ledger"]) == "ledger")
        #expect(Suggestion.closest(to: "tex", among: ["text", "tax", "hex"]) == "text")
        #expect(Suggestion.closest(to: "lisst", among: ["list", "lists"]) == "list")
        #expect(Suggestion.closest(to: "lisst", among: ["lists", "list"]) == "lists")
    }
}
