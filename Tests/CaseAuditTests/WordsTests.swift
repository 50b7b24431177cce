import CaseAudit
import CaseLedger
import Testing

/// Codes in words.
@Suite("Words: codes as words")
struct WordsTests {
    @Test("A camelCase code becomes lower-case words, ASCII or not")
    func uncamel() {
        #expect(Words.uncamel("socialWorker") == "social worker")
        #expect(Words.uncamel("aXB") == "a x b")
        #expect(Words.uncamel("") == "")
        #expect(Words.uncamel("étatCivilÉlu") == "état civil élu")
        #expect(Words.uncamel("ΣύνολοΑ") == " σύνολο α")
    }
}

/// Dates in words, written byte by byte.
@Suite("Words: dates in words")
struct DateWordsTests {
    /// The date as words were first written: the numbers interpolated.
    static func interpolated(_ d: CalendarDate) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(d.day) \(months[d.month - 1]) \(d.year)"
    }

    @Test("given a date, when written in words, then it reads day, month and year")
    func examples() {
        #expect(Words.date(CalendarDate("2026-04-01")!) == "1 April 2026")
        #expect(Words.date(CalendarDate("2026-09-30")!) == "30 September 2026")
        #expect(Words.date(CalendarDate("0001-01-01")!) == "1 January 1")
    }

    @Test("given any day from far before year 1 to far after 9999, then it is written as the numbers interpolated")
    func sameAsInterpolated() {
        var days: [Int64] = Array(-800_000...(-700_000)).filter { $0 % 97 == 0 }.map(Int64.init)
        days += Array(-4_000...4_000).map(Int64.init)
        days += Array(stride(from: 10_000, to: 3_100_000, by: 1_013)).map(Int64.init)
        days += [Int64(-1_000_000_000), 1_000_000_000]
        for n in days {
            let d = CalendarDate(daysSinceEpoch: n)
            #expect(Words.date(d) == Self.interpolated(d), "day \(n)")
        }
    }
}
