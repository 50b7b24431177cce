import Testing

@testable import CaseLedger

/// `CalendarDate(utf8:)` and `Timestamp(rfc3339UTF8:)`, which read bytes in place, against what
/// the text means: a date exactly when the text is `YYYY-MM-DD` of a real day.
@Suite("Dates read from bytes")
struct DateBytesTests {
    /// The date `text` names, worked out independently of the parsers; nil when none.
    static func meaning(_ text: String) -> CalendarDate? {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digits.allSatisfy({ b[$0] >= 0x30 && b[$0] <= 0x39 }) else { return nil }
        let parts = text.split(separator: "-").map { Int($0)! }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2])
    }

    static let texts: [String] = {
        var out = ["2026-04-01", "2024-02-29", "2026-02-29", "2026-02-28", "0001-01-01", "9999-12-31", "0000-01-01",
                   "2026-13-01", "2026-00-10", "2026-04-31", "2026-04-00", "2026-4-01", "2026-04-1", "2026/04/01",
                   "2026-04-01T00:00:00Z", "", "2026-04-0a", "2026-04-01 ", " 2026-04-01", "２026-04-01", "2026-04-01\u{0}",
                   "+026-04-01", "-026-04-01", "2026--4-01"]
        for m in 0...13 { for d in [0, 1, 28, 29, 30, 31, 32] { out.append("2023-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)") } }
        return out
    }()

    @Test("a date from bytes is the date the text names, and nothing when it names none")
    func dateFromBytes() {
        for text in Self.texts {
            let bytes = Array(text.utf8)
            let fromBytes = CalendarDate(utf8: bytes.span)
            #expect(fromBytes == Self.meaning(text), "\(text.debugDescription)")
            #expect(CalendarDate(text) == fromBytes, "\(text.debugDescription)")
            if let fromBytes { #expect(fromBytes.iso == text) }
        }
    }

    @Test("an instant from bytes is the one the text names, and nothing when it names none")
    func timestampFromBytes() {
        let texts = ["2026-04-01T09:30:00Z", "2026-04-01T09:30:00.123456Z", "2026-04-01T09:30:00.1Z", "2026-04-01",
                     "2026-04-01T09:30:00.1234567Z", "2026-04-01T09:30:00.Z", "2026-04-01T24:00:00Z", "2026-04-01T09:30:00+01:00",
                     "2026-02-30T09:30:00Z", "2026-04-01T09:30:00", "2026-04-01T09:30Z", "", "2026-04-01T09:30:00ZZ"]
        for text in texts {
            let fromBytes = Array(text.utf8).withUnsafeBufferPointer { Timestamp(rfc3339UTF8: $0) }
            #expect(fromBytes == Timestamp(rfc3339: text), "\(text.debugDescription)")
            if let fromBytes, text.count > 10 { #expect(fromBytes.rfc3339.hasPrefix(String(text.prefix(19)))) }
        }
        #expect(Timestamp(rfc3339: "2026-04-01T09:30:00.5Z")?.microsecondsSinceEpoch == CalendarDate("2026-04-01")!.startOfDay.microsecondsSinceEpoch + 34_200_500_000)
        #expect(Timestamp(rfc3339: "2026-04-01T09:30:00.1234567Z") == nil)
    }
}
