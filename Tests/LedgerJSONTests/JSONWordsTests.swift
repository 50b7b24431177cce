import Testing

import LedgerJSON

/// `JSONWords` finds a name's value exactly as a dictionary keyed by the names does, for names
/// no longer than eight bytes and longer ones, names sharing their first eight bytes or all but
/// their last, names that are prefixes of others, the empty name and names that are not ASCII.
@Suite("JSON words")
struct JSONWordsTests {
    static let names = [
        "", "a", "fact", "abcdefgh", "abcdefghi", "abcdefghj", "abcdefghij", "abcdefgh\u{0}",
        "maintainingPersonalHygiene", "maintainingAHabitableHome", "maintainingPersonalHygienf",
        "café", "cafés-et-thé", "ümlautümlaut", "日本語のテキスト",
    ]
    static let words = JSONWords(names.enumerated().map { ($0.element, $0.offset) })

    static let probes = names + [
        "b", "abcdefg", "abcdefghk", "abcdefghijk", "maintainingPersonalHygien", "maintainingPersonalHygieneX",
        "cafe\u{301}", "Fact", "日本語のテキス", "ABCDEFGHI",
    ]

    @Test("every name and near miss is found as a dictionary finds it", arguments: probes)
    func findsAsADictionaryDoes(_ probe: String) {
        var byBytes: [[UInt8]: Int] = [:]
        for (i, name) in Self.names.enumerated() { byBytes[Array(name.utf8)] = i }
        let expected = byBytes[Array(probe.utf8)]
        #expect(Self.words.value(named: probe) == expected)
        #expect(Array(probe.utf8).withUnsafeBufferPointer { Self.words.value(utf8: $0) } == expected)
    }

    @Test("the names are given back in the order given")
    func namesInOrder() {
        #expect(Self.words.names == Self.names)
    }

    @Test("a string on a tape is looked up in place; a value that is not a string names nothing")
    func valueOfATapeValue() throws {
        let text = Array(#"{"a":"maintainingPersonalHygiene","b":"caf\u00e9","c":1,"d":"unknown"}"#.utf8)
        let tape = try #require(text.withUnsafeBytes { JSONTape(object: $0) })
        func member(_ key: String) -> Int?? { tape.root.withMemberLent(JSONTape.Key(key)) { Self.words.value(of: $0) } }
        #expect(member("a") == .some(8))
        #expect(member("b") == .some(11), "an escaped string is compared by its decoded bytes")
        #expect(member("c") == .some(nil))
        #expect(member("d") == .some(nil))
    }
}
