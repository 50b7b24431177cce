import Testing

@testable import LedgerJSON

/// SplitMix64: a small seeded generator, so every run tests the same values.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Characters that stress escaping and UTF-16 ordering: every escape class, each UTF-8
/// length, both sides of the surrogate gap, a combining accent and a composition exclusion.
private let trickyScalars: [Unicode.Scalar] = [
    "a", "Z", "0", " ", "/", "\"", "\\", "\u{0}", "\u{8}", "\u{9}", "\u{A}", "\u{C}", "\u{D}",
    "\u{1F}", "\u{7F}", "\u{80}", "é", "\u{301}", "\u{7FF}", "\u{800}", "€", "\u{2028}",
    "\u{D7FF}", "\u{E000}", "\u{FB33}", "\u{FFFD}", "\u{FFFF}", "\u{10000}", "😀", "\u{10FFFF}",
]

private func randomString(using generator: inout SeededGenerator, maxLength: Int = 8) -> String {
    var text = String.UnicodeScalarView()
    for _ in 0..<Int.random(in: 0...maxLength, using: &generator) {
        if Bool.random(using: &generator) {
            text.append(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &generator)))
        } else {
            text.append(trickyScalars.randomElement(using: &generator)!)
        }
    }
    return String(text)
}

private func randomValue(using generator: inout SeededGenerator, depth: Int = 0) -> JSONValue {
    let choice = Int.random(in: 0..<(depth < 4 ? 7 : 5), using: &generator)
    switch choice {
    case 0: return .null
    case 1: return .bool(Bool.random(using: &generator))
    case 2:
        let edges: [Int64] = [0, 1, -1, JSONValue.maxSafeInteger, -JSONValue.maxSafeInteger]
        if Bool.random(using: &generator) { return .integer(edges.randomElement(using: &generator)!) }
        let limit = JSONValue.maxSafeInteger >> Int64.random(in: 0...52, using: &generator)
        return .integer(Int64.random(in: -limit...limit, using: &generator))
    case 3, 4: return .string(randomString(using: &generator, maxLength: 24))
    case 5:
        let count = Int.random(in: 0...5, using: &generator)
        return .array((0..<count).map { _ in randomValue(using: &generator, depth: depth + 1) })
    default:
        var members = JSONObject()
        for _ in 0..<Int.random(in: 0...6, using: &generator) {
            members[randomString(using: &generator)] = randomValue(using: &generator, depth: depth + 1)
        }
        return .object(members)
    }
}

private func canonical(_ text: String) throws -> String {
    CanonicalJSON.string(try JSONParser.parse(text))
}

@Suite struct CanonicalJSONTests {
    // MARK: RFC 8785 examples

    /// RFC 8785 §3.2.2.2: the string serialization example.
    @Test func theRFC8785StringExampleSerializesExactly() throws {
        let input = #""\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/""#
        let expected = #""€$\u000f\nA'B\"\\\\\"/""#
        #expect(try canonical(input) == expected)
        #expect(
            CanonicalJSON.encode(try JSONParser.parse(input))
                == [0x22, 0xE2, 0x82, 0xAC, 0x24, 0x5C, 0x75, 0x30, 0x30, 0x30, 0x66, 0x5C, 0x6E, 0x41,
                    0x27, 0x42, 0x5C, 0x22, 0x5C, 0x5C, 0x5C, 0x5C, 0x5C, 0x22, 0x2F, 0x22])
    }

    /// RFC 8785 §3.2.2's sample object with its non-integer numbers left out: literals and
    /// the string, keys sorted, no whitespace.
    @Test func theRFC8785SampleWithoutItsNumbersSerializesExactly() throws {
        let input = """
            {
              "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
              "literals": [null, true, false]
            }
            """
        #expect(try canonical(input) == #"{"literals":[null,true,false],"string":"€$\u000f\nA'B\"\\\\\"/"}"#)
    }

    /// The full sample has floating-point numbers, which the ledger does not accept.
    @Test func theRFC8785SampleWithItsNumbersIsRejectedAtTheFirstFraction() throws {
        let input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
              "literals": [null, true, false]
            }
            """
        #expect(throws: JSONError(.notAnInteger, at: 16, found: "333333333.33333329")) {
            try JSONParser.parse(input)
        }
    }

    @Test(arguments: ["333333333.33333329", "1E30", "4.50", "2e-3", "0.000000000000000000000000001"])
    func theRFC8785NonIntegerNumbersAreRejected(number: String) {
        #expect(throws: JSONError(.notAnInteger, at: 0, found: number)) { try JSONParser.parse(number) }
    }

    /// Integers within ±(2^53 − 1) serialize, per RFC 8785 §3.2.2.3 (ECMAScript), as their
    /// plain decimal digits; -0 becomes 0.
    @Test(arguments: [
        ("0", "0"), ("-0", "0"), ("1", "1"), ("-1", "-1"), ("10", "10"), ("1000000", "1000000"),
        ("9007199254740991", "9007199254740991"), ("-9007199254740991", "-9007199254740991"),
    ])
    func integersSerializeInShortestDecimalForm(input: String, expected: String) throws {
        #expect(try canonical(input) == expected)
    }

    /// RFC 8785 Appendix B integers beyond 2^53 − 1 (295147905179352830000 is 0x4430000000000000).
    @Test(arguments: ["9007199254740992", "295147905179352830000", "-9007199254740993"])
    func integersBeyondTheSafeRangeAreRejected(number: String) {
        #expect(throws: JSONError(.integerOutOfRange, at: 0, found: number)) {
            try JSONParser.parse(number)
        }
    }

    /// RFC 8785 §3.2.3: the sorting example. The emoji's leading surrogate D83D sorts before
    /// U+FB33, though its code point U+1F600 is larger.
    @Test func theRFC8785SortingExampleOrdersKeysByUTF16CodeUnits() throws {
        let input = """
            {
              "\\u20ac": "Euro Sign",
              "\\r": "Carriage Return",
              "\\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\\ud83d\\ude00": "Emoji: Grinning Face",
              "\\u0080": "Control",
              "\\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """
        let expected =
            #"{"\r":"Carriage Return","1":"One","\#u{80}":"Control","#
            + #""\#u{F6}":"Latin Small Letter O With Diaeresis","\#u{20AC}":"Euro Sign","#
            + #""\#u{1F600}":"Emoji: Grinning Face","\#u{FB33}":"Hebrew Letter Dalet With Dagesh"}"#
        #expect(try canonical(input) == expected)
        let bytes = CanonicalJSON.encode(try JSONParser.parse(input))
        #expect(bytes == Array(expected.utf8))
        #expect(bytes.starts(with: [0x7B, 0x22, 0x5C, 0x72, 0x22]))  // {"\r"
    }

    @Test func theRFC8785LiteralsSerializeAsThemselves() throws {
        #expect(try canonical("[ null , true , false ]") == "[null,true,false]")
        #expect(CanonicalJSON.string(nil) == "null")
        #expect(CanonicalJSON.string(true) == "true")
        #expect(CanonicalJSON.string(false) == "false")
    }

    // MARK: Strings

    @Test(arguments: 0..<0x20)
    func everyControlCharacterIsEscapedTheRFC8785Way(code: Int) {
        let named: [Int: String] = [8: #"\b"#, 9: #"\t"#, 10: #"\n"#, 12: #"\f"#, 13: #"\r"#]
        let hex = String(code, radix: 16)
        let expected = named[code] ?? #"\u00"# + (hex.count == 1 ? "0" + hex : hex)
        let scalar = Unicode.Scalar(UInt8(code))
        #expect(CanonicalJSON.string(.string(String(scalar))) == "\"" + expected + "\"")
    }

    @Test func everythingElseIsWrittenAsItself() {
        let text = "/\u{7F}\u{80}é€\u{2028}\u{FB33}😀\u{10FFFF}'<>&"
        #expect(CanonicalJSON.encode(.string(text)) == [0x22] + Array(text.utf8) + [0x22])
        #expect(CanonicalJSON.string(.string(#"a"b\c"#)) == #""a\"b\\c""#)
    }

    @Test func appendingLeavesTheBufferPrefixAlone() {
        var buffer: [UInt8] = Array("prefix:".utf8)
        CanonicalJSON.appendString("x\ny", to: &buffer)
        CanonicalJSON.append(["k": [1, -2]], to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == #"prefix:"x\ny"{"k":[1,-2]}"#)
    }

    @Test func aStringOfManyBytesIsCopiedWhole() {
        let long = String(repeating: "abc€😀", count: 1000)
        #expect(CanonicalJSON.encode(.string(long)) == [0x22] + Array(long.utf8) + [0x22])
    }

    // MARK: Key order

    @Test func keysAreSortedByUTF16NotByCodePoint() {
        let value: JSONValue = ["\u{FB33}": 1, "😀": 2, "\u{E000}": 3, "\u{10000}": 4, "z": 5]
        #expect(CanonicalJSON.string(value) == "{\"z\":5,\"\u{10000}\":4,\"😀\":2,\"\u{E000}\":3,\"\u{FB33}\":1}")
    }

    @Test func keyOrderAgreesWithComparingUTF16CodeUnits() {
        var generator = SeededGenerator(state: 8785)
        for _ in 0..<20_000 {
            let a = randomString(using: &generator, maxLength: 4)
            let b = Bool.random(using: &generator) ? randomString(using: &generator, maxLength: 4) : a + "x"
            let expected = Array(a.utf16).lexicographicallyPrecedes(Array(b.utf16))
            #expect(CanonicalKeyOrder.precedes(a, b) == expected, "\(Array(a.unicodeScalars)) vs \(Array(b.unicodeScalars))")
        }
    }

    @Test func objectsWithManyKeysAreSortedCompletely() {
        var members = JSONObject()
        for n in 0..<200 { members["key\(n)"] = .integer(Int64(n)) }
        let encoded = CanonicalJSON.string(.object(members))
        let keys = members.keys.map(\.string).sorted { Array($0.utf16).lexicographicallyPrecedes(Array($1.utf16)) }
        let expected = "{" + keys.map { "\"\($0)\":\(members[$0]!.integerValue!)" }.joined(separator: ",") + "}"
        #expect(encoded == expected)
    }

    // MARK: Round trips

    @Test func randomValuesSurviveEncodingAndParsing() throws {
        var generator = SeededGenerator(state: 20_240_601)
        for _ in 0..<3_000 {
            let value = randomValue(using: &generator)
            let encoded = CanonicalJSON.encode(value)
            let parsed = try JSONParser.parse(encoded)
            #expect(parsed == value)
            #expect(CanonicalJSON.encode(parsed) == encoded)
        }
    }

    @Test func reencodingIsByteForByteIdentical() throws {
        var generator = SeededGenerator(state: 42)
        for _ in 0..<1_000 {
            let once = CanonicalJSON.encode(randomValue(using: &generator))
            let twice = CanonicalJSON.encode(try JSONParser.parse(once))
            #expect(once == twice)
        }
    }

    @Test func canonicalTextWithWhitespaceAddedCanonicalizesBackToItself() throws {
        var generator = SeededGenerator(state: 7)
        for _ in 0..<500 {
            let value = randomValue(using: &generator)
            let spaced = value.prettyPrinted(indent: 3)
            #expect(try JSONParser.parse(spaced) == value)
            #expect(try canonical(spaced) == CanonicalJSON.string(value))
        }
    }

    @Test func stringAndEncodeGiveTheSameBytes() {
        let value: JSONValue = ["a": ["€", 1, nil, true], "b": [:]]
        #expect(Array(CanonicalJSON.string(value).utf8) == CanonicalJSON.encode(value))
    }

    // MARK: Display

    @Test func prettyPrintingIndentsOneMemberPerLineInCanonicalOrder() {
        let value: JSONValue = ["b": [1, 2], "a": ["x": "y\n"], "c": [:], "d": []]
        #expect(
            value.prettyPrinted() == """
                {
                  "a": {
                    "x": "y\\n"
                  },
                  "b": [
                    1,
                    2
                  ],
                  "c": {},
                  "d": []
                }
                """)
        #expect(JSONValue.integer(-5).prettyPrinted() == "-5")
        #expect(JSONValue.array([1]).prettyPrinted(indent: 0) == "[\n1\n]")
    }

    @Test("a value printed some levels deep is the value printed alone with every line after the first moved in", arguments: [1, 2, 3])
    func prettyPrintingAtALevelMovesEveryLaterLineIn(level: Int) {
        var generator = SeededGenerator(state: UInt64(level))
        for _ in 0..<200 {
            let value = randomValue(using: &generator)
            for indent in [0, 2, 3] {
                let alone = value.prettyPrinted(indent: indent)
                let margin = "\n" + String(repeating: " ", count: level * indent)
                let moved = alone.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: margin)
                #expect(value.prettyPrinted(indent: indent, level: level) == moved)
            }
        }
    }

    @Test func prettyPrintingEscapesCharactersThatCouldDisturbATerminal() throws {
        let value: JSONValue = .string("a\u{1B}[31m\u{9B}\u{202E}b")
        let shown = value.prettyPrinted()
        #expect(shown == #""a\u001b[31m\u009b\u202eb""#)
        #expect(try JSONParser.parse(shown) == value)
    }
}
