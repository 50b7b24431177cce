@testable import LedgerJSON
import Testing

/// Member lookup by a prepared key (`JSONTape.Key`, `Value.member(_:)`) finds exactly what the
/// parsed object holds, as `subscript(String)` does, for keys of every length up to 20 sharing
/// prefixes and for missing keys before, between and after the object's keys; `Value.withUTF8`
/// lends a string's exact bytes, escaped or not.
@Suite struct JSONTapeKeyTests {
    /// Keys of lengths 0–20 that share prefixes with one another: runs of "k" ending in a, b or
    /// nothing, and their neighbours in byte order.
    static let keys: [String] = {
        var out: Set<String> = [""]
        for n in 0...19 {
            let run = String(repeating: "k", count: n)
            for end in ["", "a", "b", "l", "j"] where n + end.utf8.count <= 20 { out.insert(run + end) }
        }
        return out.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }()

    /// The object text with members `names` (sorted), each's value its index.
    static func object(_ names: [String]) -> [UInt8] {
        let sorted = names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        return Array(("{" + sorted.enumerated().map { #""\#($1)":\#($0)"# }.joined(separator: ",") + "}").utf8)
    }

    /// Every key among `all` is found by `member(_:)` and by the subscript exactly when the
    /// object has it, with its value.
    static func checkLookups(present: [String], all: [String]) throws {
        let bytes = object(present)
        let tape = try #require(bytes.withUnsafeBytes { JSONTape(object: $0) })
        let members = try #require(JSONParser.parse(bytes).objectValue)
        for name in all + ["\u{0}", "k\u{0}", "kkkkkkkk\u{0}", "~", "kkkkkkkkkkkkkkkkkkkkkkkkkk"] {
            let expected = members[name]
            #expect(tape.root[name]?.jsonValue == expected, "subscript \(name.debugDescription) of \(present)")
            #expect(tape.root.member(JSONTape.Key(name))?.jsonValue == expected, "member \(name.debugDescription) of \(present)")
            #expect(tape.root.withMemberLent(JSONTape.Key(name)) { $0.jsonValue } == expected, "withMemberLent \(name.debugDescription) of \(present)")
        }
    }

    @Test("every key of length 0 to 20 is found, and every other missed, in objects of many shapes")
    func lookupsAgreeWithTheParsedObject() throws {
        let all = Self.keys
        try Self.checkLookups(present: all, all: all)
        try Self.checkLookups(present: [], all: all)
        // Every second key, every third, and runs: missing keys before, between and after.
        for stride in 2...5 {
            for offset in 0..<stride {
                let present = all.enumerated().filter { $0.offset % stride == offset }.map(\.element)
                try Self.checkLookups(present: present, all: all)
            }
        }
        for (i, key) in all.enumerated() {
            try Self.checkLookups(present: [key], all: all)
            try Self.checkLookups(present: Array(all[..<i]), all: all)
            try Self.checkLookups(present: Array(all[i...]), all: all)
        }
    }

    @Test("a key written as a literal is the key made from its text")
    func literalKeysMatchStringKeys() throws {
        let tape = try #require(Array(#"{"actingRole":"x","effectiveDate":"2026-04-01","k":1,"references":[]}"#.utf8).withUnsafeBytes { JSONTape(object: $0) })
        let literals: [(JSONTape.Key, String)] = [("actingRole", "actingRole"), ("effectiveDate", "effectiveDate"), ("k", "k"), ("", ""), ("reasons", "reasons"), ("references", "references"), ("zzz", "zzz")]
        for (literal, text) in literals {
            #expect(literal.description == text)
            #expect(literal.word == JSONTape.Key(text).word && literal.count == JSONTape.Key(text).count)
            #expect(tape.root.member(literal)?.jsonValue == tape.root[text]?.jsonValue)
        }
        #expect(tape.root.memberCount == 4)
        #expect(tape.root.member("k")?.memberCount == nil)
        #expect(tape.root.member("k")?.member("k") == nil)
    }

    @Test("withUTF8 lends a string's exact bytes, escaped or not, and nothing for other values")
    func withUTF8LendsTheBytes() throws {
        let text = #"{"a":"plain","b":"t\u00e9st \"q\"","c":"","d":1,"e":null,"f":"Zoë 中文 😀","g":["x"]}"#
        let tape = try #require(Array(text.utf8).withUnsafeBytes { JSONTape(object: $0) })
        let parsed = try #require(JSONParser.parse(text).objectValue)
        for key in ["a", "b", "c", "f"] {
            let bytes = tape.root[key]?.withUTF8 { Array($0) }
            #expect(bytes == parsed[key]?.stringValue.map { Array($0.utf8) }, "\(key)")
        }
        for key in ["d", "e", "g"] {
            #expect(tape.root[key]?.withUTF8 { _ in true } == nil, "\(key)")
        }
    }

    @Test("forEachElement visits a list's elements in order, as arrayElements gives them; nothing else is a list")
    func forEachElementVisitsTheElements() throws {
        let text = #"{"a":[],"b":[1,"x",[2,[3]],{"k":[4]},null],"c":{"d":[5]},"e":"[1]"}"#
        let tape = try #require(Array(text.utf8).withUnsafeBytes { JSONTape(object: $0) })
        for key in ["a", "b", "c", "e"] {
            let value = try #require(tape.root[key])
            var seen: [JSONValue] = []
            let isList = value.forEachElement { seen.append($0.jsonValue) }
            #expect(isList == (value.arrayElements != nil), "\(key)")
            #expect(seen == (value.arrayElements.map { $0.map(\.jsonValue) } ?? []), "\(key)")
            #expect(value.elementCount == value.arrayElements?.count, "\(key)")
        }
        #expect(tape.root.forEachElement { _ in } == false)
    }

    @Test("a lent member reads as the member, and a value kept from it holds the tape")
    func lentMembersReadTheSame() throws {
        let text = #"{"a":{"b":[1,2]},"c":"x"}"#
        let kept: JSONTape.Value?
        do {
            let tape = try #require(Array(text.utf8).withUnsafeBytes { JSONTape(object: $0) })
            let root = tape.root
            kept = root.withMemberLent("a") { value in
                #expect(value.jsonValue == root.member("a")?.jsonValue)
                return copy value
            }
            #expect(root.withMemberLent("z") { _ in Issue.record("called for a missing member") } == nil)
        }
        // `kept` is an ordinary value: it holds the tape once nothing else does.
        #expect(kept?.jsonValue == .object(["b": .array([.integer(1), .integer(2)])]))
        #expect(kept?.withMemberLent("b") { $0.elementCount } == 2)
    }
}
