@testable import LedgerJSON
import Testing

/// `JSONTape` reads exactly what `JSONParser` reads: whenever a tape is made, every value on it
/// equals the parser's, member lookups find what the parsed object holds, and text the parser
/// refuses never makes a tape. Checked on hand-made texts, on the shapes the tape leaves to the
/// parser, and on seeded random objects and random byte mutations of them.
@Suite struct JSONTapeTests {
    typealias Random = FastPathEquivalenceTests.Random

    static func tape(_ text: String) -> JSONTape? {
        Array(text.utf8).withUnsafeBytes { JSONTape(object: $0) }
    }

    static func parsed(_ text: [UInt8]) -> JSONValue? { try? JSONParser.parse(text) }

    /// The tape's promise for `bytes`: no tape, or one whose values are the parser's.
    static func checkAgrees(_ bytes: [UInt8]) {
        guard let t = bytes.withUnsafeBytes({ JSONTape(object: $0) }) else { return }
        let value = parsed(bytes)
        #expect(value != nil, "a tape was made of text the parser refuses: \(String(decoding: bytes, as: UTF8.self))")
        guard let value else { return }
        #expect(t.root.jsonValue == value)
        checkMembers(t.root, value)
    }

    /// Every member found by key, with the parser's value, recursively; absent keys not found.
    static func checkMembers(_ v: JSONTape.Value, _ value: JSONValue) {
        switch value {
        case .object(let members):
            #expect(v.isObject)
            #expect(Set((v.keys ?? []).map { JSONKey($0) }) == Set(members.keys))
            for (name, member) in members {
                let key = name.string
                let found = v[key]
                #expect(found?.jsonValue == member, "member \(key)")
                if let found { checkMembers(found, member) }
            }
            for absent in ["", "x", "zzzzzzzzzz", "amounts", "amoun", "effectiveDatf"] where members[absent] == nil {
                #expect(v[absent] == nil, "absent member \(absent)")
            }
        case .array(let elements):
            guard let onTape = v.arrayElements.map(Array.init) else {
                Issue.record("a list on the tape is not a list")
                return
            }
            #expect(onTape.count == elements.count)
            for (a, b) in zip(onTape, elements) { checkMembers(a, b) }
        case .string(let s): #expect(v.stringValue == s)
        case .integer(let i): #expect(v.integerValue == i)
        case .bool(let b): #expect(v.boolValue == b)
        case .null: #expect(v.isNull)
        }
    }

    /// Whether every key, at every depth, is ASCII with nothing to escape.
    static func keysArePlain(_ value: JSONValue) -> Bool {
        switch value {
        case .object(let m):
            return m.allSatisfy { key, member in
                key.string.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x80 && $0 != 0x22 && $0 != 0x5C } && keysArePlain(member)
            }
        case .array(let elements): return elements.allSatisfy(keysArePlain)
        default: return true
        }
    }

    @Test("a canonical payload reads onto a tape with every value the parser's", arguments: [
        #"{"a":1}"#,
        #"{}"#,
        #"{"actingRole":"socialWorker","effectiveDate":"2026-04-01","outcomes":[{"achieved":false,"grounds":["cannotWithoutAssistance"],"outcome":"managingNutrition"},{"achieved":true,"grounds":[],"outcome":"managingToiletNeeds"}]}"#,
        #"{"e":[],"f":false,"max":9007199254740991,"min":-9007199254740991,"n":-0,"nil":null,"o":{},"t":true,"z":0}"#,
        #"{"note":"she said \"no\" \\ twice\n","s":"\/","tab":"a\tb","u":"\u00e9\ud83d\ude00"}"#,
        #"{"k":"\u212a","name":"Zoë Brontë 中文 😀"}"#,
        #"{"a":{"b":{"c":{"d":[1,[2,[3,{"e":"f"}]]]}}}}"#,
        #"{"abcdefgh":1,"abcdefghi":2,"abcdefghij":3,"abcdefgi":4}"#,
    ])
    func canonicalPayloadsReadExactly(_ text: String) throws {
        let t = try #require(Self.tape(text))
        let value = try JSONParser.parse(text)
        #expect(t.root.jsonValue == value)
        Self.checkMembers(t.root, value)
    }

    @Test("text outside the tape's shape makes no tape, so the parser reads it", arguments: [
        #"{ "a":1}"#,  // white space
        #"{"a":1,"a":2}"#,  // a repeated key
        #"{"b":1,"a":2}"#,  // keys out of order
        #"{"é":1}"#,  // a key not ASCII
        #"{"\u0061":1}"#,  // a key with an escape
        #"[1,2]"#,  // not an object
        #""text""#,
        #"{"a":1.5}"#,  // not an integer
        #"{"a":1e3}"#,
        #"{"a":01}"#,
        #"{"a":9007199254740992}"#,  // beyond the safe range
        #"{"a":"\ud800"}"#,  // a lone surrogate
        #"{"a":"x"} "#,  // bytes after the value
        #"{"a":tru}"#,
        #"{"a":[1,]}"#,
        #"{"a":1,}"#,
        #"{"a" :1}"#,
        "{\"a\":\"\u{1}\"}",  // a raw control character
        String(repeating: #"{"a":"#, count: 33) + "1" + String(repeating: "}", count: 33),  // deeper than maxDepth
    ])
    func otherTextMakesNoTape(_ text: String) {
        #expect(Self.tape(text) == nil)
    }

    @Test func malformedUTF8MakesNoTape() {
        for bad: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x82]] {
            let text = Array(#"{"a":""#.utf8) + bad + Array(#""}"#.utf8)
            #expect(text.withUnsafeBytes { JSONTape(object: $0) } == nil)
        }
    }

    @Test func malformedUTF8InLongStringsAndBetweenTokensMakesNoTape() {
        for bad: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFF]] {
            for pad in 0..<17 {
                let run = Array(repeating: UInt8(ascii: "x"), count: pad)
                let inString = Array(#"{"a":""#.utf8) + run + bad + run + Array(#""}"#.utf8)
                let afterValue = Array(#"{"a":1"#.utf8) + bad + Array("}".utf8)
                let beforeKey = Array("{".utf8) + bad + Array(#""a":1}"#.utf8)
                for text in [inString, afterValue, beforeKey] {
                    #expect(text.withUnsafeBytes { JSONTape(object: $0) } == nil)
                }
            }
        }
    }

    @Test("strings of every length up to 24, with a stopping byte at every place, read as the parser reads them")
    func stringsOfEveryLengthAgree() {
        let stops: [[UInt8]] = [Array(#"\n"#.utf8), Array(#"\""#.utf8), [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0x1F], [0x7F]]
        for length in 0..<24 {
            for place in 0...length {
                for stop in stops {
                    var body = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
                    body.insert(contentsOf: stop, at: place)
                    Self.checkAgrees(Array(#"{"k":""#.utf8) + body + Array(#"","z":1}"#.utf8))
                    Self.checkAgrees(Array(#"{"k":""#.utf8) + body + Array(#""}"#.utf8))
                }
            }
        }
    }

    @Test("the stop mask's lowest set byte is the first quote, backslash, control or non-ASCII byte", arguments: 0..<4)
    func stopMaskFindsTheFirstStoppingByte(seed: UInt64) {
        var r = Random(state: 77 + seed)
        let interesting: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xC3, 0xFF, 0x61]
        for _ in 0..<5000 {
            let bytes = (0..<8).map { _ in r.below(3) == 0 ? UInt8(truncatingIfNeeded: r.below(256)) : r.pick(interesting) }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let first = bytes.firstIndex { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 || $0 >= 0x80 }
            let mask = JSONTapeBuilder.stopMask(word)
            #expect((mask == 0 ? nil : mask.trailingZeroBitCount / 8) == first, "\(bytes)")
            for count in 0...8 {
                #expect(JSONTapeBuilder.maskedPrefix(word, count) == bytes.withUnsafeBufferPointer { JSONTape.Key.word($0.baseAddress!, count) })
            }
        }
    }

    @Test("keys of every pair of lengths up to 12, sharing a prefix, are taken exactly when in strict order")
    func keyOrderIsCheckedWhateverThePrefixShared() {
        let keys = (0...12).flatMap { n in ["a", "b"].map { String(repeating: "k", count: n) + $0 } } + ["", "k", "kkkkkkkk", "kkkkkkkkk"]
        for first in keys {
            for second in keys {
                let made = Self.tape(#"{"\#(first)":1,"\#(second)":2}"#) != nil
                #expect(made == (Array(first.utf8).lexicographicallyPrecedes(Array(second.utf8))), "\(first) then \(second)")
            }
        }
    }

    @Test func deepestNestingTakenIsMaxDepth() throws {
        let text = String(repeating: #"{"a":"#, count: JSONTape.maxDepth - 1) + "{}" + String(repeating: "}", count: JSONTape.maxDepth - 1)
        let t = try #require(Self.tape(text))
        #expect(try t.root.jsonValue == JSONParser.parse(text))
    }

    @Test("random canonical objects read onto tapes exactly", arguments: 0..<8)
    func randomObjectsAgree(seed: UInt64) {
        var r = Random(state: seed)
        for _ in 0..<200 {
            let value = FastPathEquivalenceTests.randomObject(&r, depth: 0)
            let bytes = CanonicalJSON.encode(value)
            Self.checkAgrees(bytes)
            // Canonical text with ASCII keys always makes a tape.
            if Self.keysArePlain(value) {
                #expect(bytes.withUnsafeBytes { JSONTape(object: $0) } != nil)
            }
        }
    }

    @Test("random mutations of canonical objects never make a tape that disagrees with the parser", arguments: 0..<8)
    func mutationsAgree(seed: UInt64) {
        var r = Random(state: 1000 + seed)
        let alphabet = Array(#"{}[]":,\-0123456789aeflnrstu ."#.utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xA9, 0xED, 0xFF]
        for _ in 0..<300 {
            var bytes = CanonicalJSON.encode(FastPathEquivalenceTests.randomObject(&r, depth: 0))
            for _ in 0..<(1 + r.below(3)) where !bytes.isEmpty {
                let at = r.below(bytes.count)
                switch r.below(3) {
                case 0: bytes[at] = r.pick(alphabet)
                case 1: bytes.remove(at: at)
                default: bytes.insert(r.pick(alphabet), at: at)
                }
            }
            Self.checkAgrees(bytes)
        }
    }
}
