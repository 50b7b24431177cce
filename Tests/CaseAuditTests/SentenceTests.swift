import CaseAudit
import CaseLedger
import Testing

@Suite("Sentences written into one buffer")
struct SentenceTests {
    struct Described: CustomStringConvertible {
        var description: String { "described — é" }
    }

    struct Plain {
        var x = 1
    }

    @Test("given literal text only, then the sentence is that text")
    func literalOnly() {
        #expect(Sentence("").text == "")
        #expect(Sentence("plain words").text == "plain words")
        #expect(Sentence("non-ASCII — café, ☕️").text == "non-ASCII — café, ☕️")
    }

    @Test("given values of every kind interpolated, then the sentence is the same text as the interpolation into a string")
    func sameAsString() {
        let text = "ASCII", other = "née — ☕️", empty = ""
        let long = String(repeating: "long text ", count: 30)
        let sub = text.dropFirst(2)
        let date = CalendarDate("2026-04-01")!
        let money = Money(pence: -12_345)
        for n in [0, 7, -7, 1_000_000, Int.max, Int.min] {
            #expect(Sentence("n=\(n);").text == "n=\(n);")
        }
        #expect(Sentence("\(text)\(other)\(empty)|\(long)|").text == "\(text)\(other)\(empty)|\(long)|")
        #expect(Sentence("a \(sub) b \(Character("é")) c \(true)").text == "a \(sub) b \(Character("é")) c \(true)")
        #expect(Sentence("on \(Words.date(date)) (\(date)), \(money) or \(Words.weekly(money))").text
            == "on \(Words.date(date)) (\(date)), \(money) or \(Words.weekly(money))")
        #expect(Sentence("\(Described()) and \(Plain())").text == "\(Described()) and \(Plain())")
        let inner: Sentence = "inner \(3) — \(date)"
        #expect(Sentence("outer [\(inner)]").text == "outer [inner 3 — 2026-04-01]")
        #expect(Sentence("\(text == "ASCII" ? "yes" : "no") — \(Int64(-5)) \(UInt8(9))").text == "\(text == "ASCII" ? "yes" : "no") — \(Int64(-5)) \(UInt8(9))")
    }

    @Test("given any day from far before year 1 to far after 9999, then a date interpolated in words is Words.date's")
    func dateInWords() {
        var days = Array(stride(from: Int64(-800_000), to: 3_100_000, by: 997))
        days += Array(Int64(-400)...400) + [-1_000_000_000, 1_000_000_000]
        for n in days {
            let d = CalendarDate(daysSinceEpoch: n)
            #expect(Sentence("on \(date: d).").text == "on \(Words.date(d)).", "day \(n)")
        }
    }
}

