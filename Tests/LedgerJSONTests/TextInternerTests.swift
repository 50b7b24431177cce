import Testing

@testable import LedgerJSON

@Suite("TextInterner: repeated header strings made once")
struct TextInternerTests {
    private static func text(_ interner: TextInterner, _ s: String) -> String {
        Array(s.utf8).withUnsafeBytes { interner.text($0) }
    }

    @Test("every run gives back exactly its own bytes, whatever was asked before", arguments: [0, 1, 7, 8, 15, 16, 17, 31, 32, 63, 64, 65, 200])
    func givesBackExactlyTheBytes(length: Int) {
        let interner = TextInterner()
        // Runs alike in their length, first and last eight bytes, differing only in the middle,
        // and runs with characters of every UTF-8 length.
        let runs = ["a", "b", "é", "€", "𝄞"].map { middle -> String in
            let edge = String(repeating: "x", count: max(0, (length - middle.utf8.count) / 2))
            let s = edge + middle + edge
            return s.utf8.count <= length ? s + String(repeating: "y", count: length - s.utf8.count) : String(repeating: "z", count: length)
        }
        for _ in 0..<3 {
            for run in runs {
                let got = Self.text(interner, run)
                #expect(Array(got.utf8) == Array(run.utf8))
            }
        }
    }

    @Test("a run asked for again gives back the String made the first time")
    func aRepeatedRunIsTheSameString() {
        let interner = TextInterner()
        let first = Self.text(interner, "financialAssessmentCompleted")
        let again = Self.text(interner, "financialAssessmentCompleted")
        #expect(again == first)
        #expect(first.utf8.withContiguousStorageIfAvailable { $0.baseAddress } == again.utf8.withContiguousStorageIfAvailable { $0.baseAddress })
    }

    @Test("many different runs sharing slots still each give back their own bytes")
    func collisionsAreHarmless() {
        let interner = TextInterner()
        let runs = (0..<1000).map { "eventTypeNumber-\($0)-" + String(repeating: "q", count: $0 % 40) }
        for run in runs + runs.reversed() {
            #expect(Self.text(interner, run) == run)
        }
    }
}
