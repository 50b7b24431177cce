@testable import LedgerJSON
import Testing

/// A tape that borrows reads its strings through its scratch's table, so the same bytes read
/// again give back the String made before; the values are exactly the parser's either way, and a
/// kept tape no longer touches the table.
@Suite("JSONTape strings while borrowing")
struct JSONTapeStringsTests {
    /// Builds a borrowing tape of `text` in `scratch` and calls `body` with it while it borrows.
    private static func withBorrowed<R>(_ text: String, _ scratch: JSONTapeScratch, _ body: (JSONTape) -> R) -> R? {
        Array(text.utf8).withUnsafeBytes { bytes in JSONTape(unsafeBorrowing: bytes, scratch: scratch).map(body) }
    }

    private static let payloads = [
        #"{"a":"managingAndMaintainingNutrition","b":"x","c":["Care Act 2014 s13(1)","Care Act 2014 s13(1)"]}"#,
        #"{"a":"caf\u00e9 au lait — très bien, merci","b":"𝄞 clef and a longer tail of text","c":[]}"#,
        #"{"a":"managingAndMaintainingNutrition","b":"\"quoted\" and escaped \\ text here","c":["short"]}"#,
        #"{"a":"0123456789abcdef","b":"0123456789abcdeg","c":["0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0"]}"#,
    ]

    @Test("string values read while borrowing are the parser's, read after read and tape after tape")
    func valuesAreTheParsers() throws {
        let scratch = JSONTapeScratch()
        for _ in 0..<3 {
            for text in Self.payloads {
                let parsed = try JSONParser.parse(Array(text.utf8))
                let read = Self.withBorrowed(text, scratch) { $0.root.jsonValue }
                #expect(read == parsed, "\(text)")
            }
        }
    }

    @Test("the same long string read from two tapes built in one scratch is the same String")
    func aRepeatedStringIsMadeOnce() {
        let scratch = JSONTapeScratch()
        let text = #"{"team":"Adult Social Care North Locality Team"}"#
        let first = Self.withBorrowed(text, scratch) { $0.root["team"]?.stringValue } ?? nil
        let again = Self.withBorrowed(text, scratch) { $0.root["team"]?.stringValue } ?? nil
        #expect(first == "Adult Social Care North Locality Team")
        #expect(again == first)
        let storage = { (s: String?) in s?.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil }
        #expect(storage(first) != nil && storage(first) == storage(again))
    }

    @Test("a kept tape stops reading through its maker's table, and reads the same values")
    func aKeptTapeLeavesTheTable() throws {
        let scratch = JSONTapeScratch()
        for text in Self.payloads {
            let bytes = Array(text.utf8)
            let tape = try #require(bytes.withUnsafeBytes { JSONTape(unsafeBorrowing: $0, scratch: scratch) }.map { t -> JSONTape in
                #expect(t.strings != nil)
                t.keep()
                return t
            })
            #expect(tape.strings == nil)
            #expect(tape.root.jsonValue == (try JSONParser.parse(bytes)))
        }
        // Made copied from the start (not borrowing), a tape never has the table.
        #expect(JSONTapeTests.tape(Self.payloads[0])?.strings == nil)
    }
}
