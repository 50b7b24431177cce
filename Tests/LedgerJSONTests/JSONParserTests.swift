import Testing

@testable import LedgerJSON

/// The error `bytes` produce, or nil when they parse.
private func parseError(_ bytes: [UInt8], maxDepth: Int = 64) -> JSONError? {
    do {
        _ = try JSONParser.parse(bytes, maxDepth: maxDepth)
        return nil
    } catch {
        return error
    }
}

private func parseError(_ text: String, maxDepth: Int = 64) -> JSONError? {
    parseError(Array(text.utf8), maxDepth: maxDepth)
}

/// One input that must fail: the kind and byte offset it must fail with.
struct RejectedInput: Sendable, CustomStringConvertible {
    let bytes: [UInt8]
    let kind: JSONError.Kind
    let offset: Int
    var maxDepth = 64

    init(_ text: String, _ kind: JSONError.Kind, at offset: Int, maxDepth: Int = 64) {
        self.init(bytes: Array(text.utf8), kind, at: offset, maxDepth: maxDepth)
    }

    init(bytes: [UInt8], _ kind: JSONError.Kind, at offset: Int, maxDepth: Int = 64) {
        self.bytes = bytes
        self.kind = kind
        self.offset = offset
        self.maxDepth = maxDepth
    }

    var description: String { "\(kind) at \(offset): \(String(decoding: bytes, as: UTF8.self))" }
}

/// At least one input for every kind of error, with the exact byte it must be reported at.
let rejectedInputs: [RejectedInput] = [
    RejectedInput("", .emptyInput, at: 0),
    RejectedInput(" \t\r\n", .emptyInput, at: 4),
    RejectedInput(#"{"a":1"#, .unexpectedEnd, at: 6),
    RejectedInput(#"{"a":"#, .unexpectedEnd, at: 5),
    RejectedInput(#""abc"#, .unexpectedEnd, at: 4),
    RejectedInput("[1,", .unexpectedEnd, at: 3),
    RejectedInput("tru", .unexpectedEnd, at: 3),
    RejectedInput("-", .unexpectedEnd, at: 1),
    RejectedInput(#""\u12"#, .unexpectedEnd, at: 5),
    RejectedInput(#"{"a" 1}"#, .unexpectedCharacter, at: 5),
    RejectedInput("[1 2]", .unexpectedCharacter, at: 3),
    RejectedInput("{'a':1}", .unexpectedCharacter, at: 1),
    RejectedInput("[1,]", .unexpectedCharacter, at: 3),
    RejectedInput(#"{"a":1,}"#, .unexpectedCharacter, at: 7),
    RejectedInput("{1:2}", .unexpectedCharacter, at: 1),
    RejectedInput("trUe", .unexpectedCharacter, at: 2),
    RejectedInput("+1", .unexpectedCharacter, at: 0),
    RejectedInput("-a", .unexpectedCharacter, at: 1),
    RejectedInput("\u{0C}1", .unexpectedCharacter, at: 0),
    RejectedInput("\u{FEFF}{}", .unexpectedCharacter, at: 0),
    RejectedInput("[NaN]", .unexpectedCharacter, at: 1),
    RejectedInput(bytes: [0x22, 0xC0, 0xAF, 0x22], .invalidUTF8, at: 1),
    RejectedInput(bytes: [0x5B, 0xFF, 0x5D], .invalidUTF8, at: 1),
    RejectedInput(bytes: [0x22, 0x5C, 0xE9, 0x22], .invalidUTF8, at: 2),
    RejectedInput(#""\x""#, .invalidEscape, at: 1),
    RejectedInput(#""ab\u12G4""#, .invalidEscape, at: 3),
    RejectedInput(#""\U0041""#, .invalidEscape, at: 1),
    RejectedInput(#""\ud800""#, .loneSurrogate, at: 1),
    RejectedInput(#""\udc00x""#, .loneSurrogate, at: 1),
    RejectedInput(#""a\ud83d\u0041""#, .loneSurrogate, at: 2),
    RejectedInput(#""\ud83dx""#, .loneSurrogate, at: 1),
    RejectedInput(#""\ud83d\n""#, .loneSurrogate, at: 1),
    RejectedInput(#""\ud83d\"#, .unexpectedEnd, at: 8),
    RejectedInput(#""\ud83d"#, .unexpectedEnd, at: 7),
    RejectedInput("\"a\tb\"", .controlCharacterInString, at: 2),
    RejectedInput("\"line\nbreak\"", .controlCharacterInString, at: 5),
    RejectedInput(bytes: [0x22, 0x00, 0x22], .controlCharacterInString, at: 1),
    RejectedInput(#"{"amount": 12.5}"#, .notAnInteger, at: 11),
    RejectedInput("1e3", .notAnInteger, at: 0),
    RejectedInput("-1.0", .notAnInteger, at: 0),
    RejectedInput("[0.5]", .notAnInteger, at: 1),
    RejectedInput("1E+2", .notAnInteger, at: 0),
    RejectedInput("1.", .notAnInteger, at: 0),
    RejectedInput("9007199254740992", .integerOutOfRange, at: 0),
    RejectedInput("-9007199254740992", .integerOutOfRange, at: 0),
    RejectedInput("[123456789012345678901234567890]", .integerOutOfRange, at: 1),
    RejectedInput("007", .leadingZero, at: 0),
    RejectedInput("-01", .leadingZero, at: 0),
    RejectedInput("[00]", .leadingZero, at: 1),
    RejectedInput(#"{"stream":1,"stream":2}"#, .duplicateKey, at: 12),
    RejectedInput(#"{"a":{"b":1,"c":2,"b":3}}"#, .duplicateKey, at: 18),
    RejectedInput(#"{"a":1,"b":2,"a":1}"#, .duplicateKey, at: 13),
    RejectedInput(String(repeating: "[", count: 65), .tooDeep, at: 64),
    RejectedInput("[[[1]]]", .tooDeep, at: 2, maxDepth: 2),
    RejectedInput(#"{"a":{"b":{}}}"#, .tooDeep, at: 10, maxDepth: 2),
    RejectedInput("[1]", .tooDeep, at: 0, maxDepth: 0),
    RejectedInput("{} x", .trailingContent, at: 3),
    RejectedInput("1 2", .trailingContent, at: 2),
    RejectedInput(#"{"a":1}}"#, .trailingContent, at: 7),
    RejectedInput("nullnull", .trailingContent, at: 4),
    RejectedInput("1\u{0}", .trailingContent, at: 1),
]

@Suite struct JSONParserTests {
    @Test func aTypicalEventParsesToTheExpectedValue() throws {
        let text = """
            {"seq": 42, "stream": "case-7", "type": "payment.approved",
             "payload": {"amount": 1250, "approved": true, "note": null, "tags": ["a", "b"]}}
            """
        let value = try JSONParser.parse(text)
        #expect(value["seq"] == 42)
        #expect(value["stream"] == "case-7")
        #expect(value["payload"]?["amount"]?.integerValue == 1250)
        #expect(value["payload"]?["approved"]?.boolValue == true)
        #expect(value["payload"]?["note"]?.isNull == true)
        #expect(value["payload"]?["tags"] == ["a", "b"])
    }

    @Test(arguments: [
        ("0", 0), ("-0", 0), ("7", 7), ("-7", -7), ("10", 10), ("1250", 1250),
        ("9007199254740991", 9_007_199_254_740_991), ("-9007199254740991", -9_007_199_254_740_991),
    ] as [(String, Int64)])
    func integersWithinTheSafeRangeParseExactly(text: String, expected: Int64) throws {
        #expect(try JSONParser.parse(text) == .integer(expected))
    }

    @Test(arguments: [
        #""""#, #""plain""#, #""\"\\\/\b\f\n\r\t""#, #""\u00e9\u20AC""#, #""\ud83d\ude00""#,
        #""\u0000""#, #""caf\u00e9 ☕ 😀""#, #""a/b\u007f""#,
    ])
    func stringsDecodeEveryEscape(text: String) throws {
        let expected: [String: String] = [
            #""""#: "", #""plain""#: "plain", #""\"\\\/\b\f\n\r\t""#: "\"\\/\u{8}\u{C}\n\r\t",
            #""\u00e9\u20AC""#: "é€", #""\ud83d\ude00""#: "😀", #""\u0000""#: "\u{0}",
            #""caf\u00e9 ☕ 😀""#: "café ☕ 😀", #""a/b\u007f""#: "a/b\u{7F}",
        ]
        #expect(try JSONParser.parse(text) == .string(expected[text]!))
    }

    @Test func whitespaceIsAllowedBetweenEveryToken() throws {
        let text = " \t\r\n{ \"a\" :\t[ 1 ,\r\n2 ] , \"b\" : { } , \"c\" : [ ] }\n"
        #expect(try JSONParser.parse(text) == ["a": [1, 2], "b": [:], "c": []])
    }

    @Test func literalsAndScalarsParseAtTheTopLevel() throws {
        #expect(try JSONParser.parse("true") == true)
        #expect(try JSONParser.parse("false") == false)
        #expect(try JSONParser.parse("null") == nil)
        #expect(try JSONParser.parse(" \"x\" ") == "x")
    }

    @Test(arguments: rejectedInputs)
    func invalidInputIsRejectedWithItsKindAndByteOffset(input: RejectedInput) {
        let error = parseError(input.bytes, maxDepth: input.maxDepth)
        #expect(error?.kind == input.kind)
        #expect(error?.offset == input.offset)
    }

    @Test(arguments: rejectedInputs)
    func everyMessageIsOneLineStartingWithTheOffset(input: RejectedInput) throws {
        let error = try #require(parseError(input.bytes, maxDepth: input.maxDepth))
        #expect(error.message.hasPrefix("byte \(error.offset): "))
        #expect(error.message.count > "byte \(error.offset): ".count + 10)
        #expect(!error.message.contains("\n") && !error.message.contains("\r"))
        #expect(error.description == error.message)
    }

    @Test func everyKindOfErrorHasAnInputThatTriggersIt() {
        let covered = Set(rejectedInputs.map(\.kind))
        #expect(covered == Set(JSONError.Kind.allCases))
    }

    @Test func aFractionIsRejectedWithTheByteOffsetAndAnExplanation() throws {
        let text = #"{"stream": "case-7", "type": "payment", "payload": {"amount": 12.5}}"#
        let error = try #require(parseError(text))
        #expect(error.kind == .notAnInteger)
        #expect(error.offset == 62)
        #expect(error.found == "12.5")
        #expect(
            error.message
                == "byte 62: 12.5 is not a whole number: amounts are integers (money in pence, e.g. 1250 for £12.50)"
        )
    }

    @Test(arguments: [
        ("[1.0]", "byte 1: 1.0 has a decimal point: write whole numbers without one (money in pence, e.g. 1250 for £12.50)"),
        ("1e3", "byte 0: 1e3 uses an exponent: write integers out in plain digits (money in pence, e.g. 1250 for £12.50)"),
        ("-9007199254740992", "byte 0: -9007199254740992 is out of range: integers must lie between -9007199254740991 and 9007199254740991"),
        ("007", "byte 0: 007 starts with a zero: write integers without leading zeros (7, not 007)"),
        ("{'a':1}", #"byte 1: found ''' where a key in double quotes was expected; JSON strings and keys use double quotes "like this""#),
        ("[1,2", "byte 4: the input ends before the JSON is complete: expected a comma or ]"),
        (#""\q""#, #"byte 1: \q is not a valid escape in a string; use \" \\ \/ \b \f \n \r \t or \u followed by four hex digits"#),
        ("{} {}", "byte 3: found '{' after the end of the JSON value; each line holds exactly one value"),
        ("\u{FEFF}1", "byte 0: found a byte-order mark (U+FEFF) where a value (an object, a list, a string, an integer, true, false or null) was expected"),
    ])
    func messagesSayWhatIsWrongAndHowToFixIt(input: String, message: String) {
        #expect(parseError(input)?.message == message)
    }

    @Test func aBackslashBeforeALineBreakKeepsTheMessageOnOneLine() throws {
        let error = try #require(parseError("\"a\\\nb\""))
        #expect(error.kind == .invalidEscape)
        #expect(error.message.hasPrefix(#"byte 2: \\u000a is not a valid escape"#))
    }

    @Test func aVeryLongNumberIsShortenedInTheMessage() throws {
        let error = try #require(parseError(String(repeating: "9", count: 300)))
        #expect(error.kind == .integerOutOfRange)
        #expect(error.found == String(repeating: "9", count: 40) + "…")
    }

    @Test func aDuplicateKeyIsNamedInTheMessage() throws {
        let error = try #require(parseError(#"{"stream":1,"stream":2}"#))
        #expect(error.message == #"byte 12: the key "stream" appears twice in one object"#)
    }

    /// Keys are compared by their code units (events/FORMAT.md, RFC 8785; INVARIANTS rule 65):
    /// "café" precomposed and "cafe" with a combining accent are two members of one object, each
    /// kept with its own value and written back in code-unit order. (Before, the parser refused
    /// them as one key written twice, since a `String`-keyed dictionary cannot hold both.)
    @Test func keysThatDifferOnlyInUnicodeNormalisationAreTwoKeys() throws {
        let value = try JSONParser.parse(Array(#"{"caf\u00e9":1,"cafe\u0301":2}"#.utf8))
        let members = try #require(value.objectValue)
        #expect(members.count == 2)
        #expect(members["caf\u{E9}"] == 1 && members["cafe\u{301}"] == 2)
        #expect(members[JSONKey("caf\u{E9}")] != members[JSONKey("cafe\u{301}")])
        #expect(CanonicalJSON.string(value) == "{\"cafe\u{301}\":2,\"caf\u{E9}\":1}")
        // The same key twice, byte for byte, is still refused.
        let error = try #require(parseError(#"{"caf\u00e9":1,"caf\u00e9":2}"#))
        #expect(error.kind == .duplicateKey)
        #expect(error.found == "caf\u{E9}")
        #expect(error.message == "byte 15: the key \"caf\u{E9}\" appears twice in one object")
    }

    @Test func keysThatDifferOnlyByCompatibilityAreTwoKeysInCodeUnitOrder() throws {
        // U+FB01 (the ligature fi) and "fi" are not canonically equivalent: two members, "fi" first.
        for text in ["{\"\u{FB01}\":1,\"fi\":2}", "{\"fi\":2,\"\u{FB01}\":1}"] {
            let value = try JSONParser.parse(text)
            #expect(value.objectValue?.count == 2)
            #expect(String(decoding: CanonicalJSON.encode(value), as: UTF8.self) == "{\"fi\":2,\"\u{FB01}\":1}")
        }
        #expect(CanonicalKeyOrder.precedes("e\u{301}", "é"))
        #expect(!CanonicalKeyOrder.precedes("é", "e\u{301}"))
        #expect(CanonicalKeyOrder.precedes("\u{10000}", "\u{E000}"))  // surrogates before U+E000
    }

    @Test func invalidUTF8IsReportedInPlainWords() throws {
        let error = try #require(parseError([0x22, 0x61, 0xED, 0xA0, 0x80, 0x22]))
        #expect(error.message == "byte 2: text is not valid UTF-8 (bytes ED A0 80 do not form a character); save the input as UTF-8")
    }

    @Test func controlCharactersAreNamedWithTheEscapeToUse() throws {
        #expect(parseError("\"a\tb\"")?.message.contains(#"write it as \t"#) == true)
        #expect(parseError([0x22, 0x01, 0x22])?.message.contains(#"write it as \u0001"#) == true)
    }

    @Test func nestingExactlyAtTheLimitIsAccepted() throws {
        let text = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try JSONParser.parse(text) }
        #expect(try JSONParser.parse("1", maxDepth: 0) == 1)
    }

    @Test func theThreeEntryPointsAgree() throws {
        let text = #"{"a":[1,"€",{"b":null}]}"#
        let bytes = Array(text.utf8)
        let fromBuffer = try bytes.withUnsafeBytes { buffer in try JSONParser.parse(buffer) }
        #expect(try JSONParser.parse(text) == fromBuffer)
        #expect(try JSONParser.parse(bytes) == fromBuffer)
    }

    @Test func anEmptyBufferIsEmptyInput() {
        #expect(throws: JSONError(.emptyInput, at: 0)) {
            try JSONParser.parse(UnsafeRawBufferPointer(start: nil, count: 0))
        }
    }

    @Test func aSliceOfALargerBufferIsParsedWithoutReadingPastItsEnd() throws {
        let bytes = Array(#"[1,2]  "tail""#.utf8)
        let value = try bytes.withUnsafeBytes { all in
            try JSONParser.parse(UnsafeRawBufferPointer(rebasing: all[0..<5]))
        }
        #expect(value == [1, 2])
        let cut = bytes.withUnsafeBytes { all in
            Result { () throws(JSONError) in
                try JSONParser.parse(UnsafeRawBufferPointer(rebasing: all[0..<4]))
            }
        }
        #expect(throws: JSONError(.unexpectedEnd, at: 4, detail: "a comma or ]")) { try cut.get() }
    }
}

@Suite struct JSONParserUTF8Tests {
    /// Each malformed sequence inside a string: `"ab` + bytes + `"`, reported at byte 3.
    @Test(arguments: [
        [0xC0, 0xAF],  // overlong "/"
        [0xC1, 0xBF],  // overlong, C1 lead
        [0xE0, 0x80, 0xAF],  // overlong three-byte
        [0xF0, 0x80, 0x80, 0xAF],  // overlong four-byte
        [0xED, 0xA0, 0x80],  // UTF-16 high surrogate D800 encoded in UTF-8
        [0xED, 0xBF, 0xBF],  // UTF-16 low surrogate DFFF encoded in UTF-8
        [0xF4, 0x90, 0x80, 0x80],  // U+110000, above U+10FFFF
        [0xF5, 0x80, 0x80, 0x80],  // lead byte beyond the Unicode range
        [0xE2, 0x82],  // truncated "€", followed by the closing quote
        [0xF0, 0x9F, 0x98],  // truncated "😀"
        [0x80],  // stray continuation byte
        [0xBF, 0xBF],  // stray continuation bytes
        [0xC3, 0x41],  // lead byte followed by ASCII
        [0xFE], [0xFF],
    ] as [[UInt8]])
    func malformedUTF8InAStringIsRejected(sequence: [UInt8]) throws {
        let error = try #require(parseError([0x22, 0x61, 0x62] + sequence + [0x22]))
        #expect(error.kind == .invalidUTF8)
        #expect(error.offset == 3)
        #expect(error.message.hasPrefix("byte 3: text is not valid UTF-8"))
    }

    @Test(arguments: [[0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC3]] as [[UInt8]])
    func aSequenceCutOffByTheEndOfInputIsRejected(sequence: [UInt8]) {
        let error = parseError([0x22, 0x61] + sequence)
        #expect(error?.kind == .invalidUTF8)
        #expect(error?.offset == 2)
    }

    /// The first and last code point of each UTF-8 length and around the surrogate gap.
    @Test(arguments: [
        0x80, 0x7FF, 0x800, 0xFFF, 0x1000, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600,
        0x3FFFF, 0x40000, 0xFFFFF, 0x100000, 0x10FFFF,
    ] as [UInt32])
    func everyBoundaryCodePointIsAccepted(codePoint: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(codePoint))
        let text = "\"" + String(scalar) + "\""
        #expect(try JSONParser.parse(text) == .string(String(scalar)))
        #expect(try JSONParser.parse("[\"x" + String(scalar) + "\\n\"]") == [.string("x" + String(scalar) + "\n")])
    }

    @Test func nonASCIIOutsideAStringIsNamedAsACharacter() throws {
        let error = try #require(parseError("[€]"))
        #expect(error.kind == .unexpectedCharacter)
        #expect(error.offset == 1)
        #expect(error.found == "€")
        #expect(error.message.contains("'€' (U+20AC)"))
    }

    /// The string scanner reads eight bytes at a time; put each special byte at every position
    /// around those boundaries.
    @Test(arguments: 0..<20)
    func specialBytesAreFoundAtEveryPositionInAString(position: Int) throws {
        let prefix = String(repeating: "a", count: position)
        let suffix = String(repeating: "b", count: 19 - position)
        #expect(try JSONParser.parse("\"" + prefix + "\"") == .string(prefix))
        #expect(try JSONParser.parse("\"" + prefix + "\\n" + suffix + "\"") == .string(prefix + "\n" + suffix))
        #expect(try JSONParser.parse("\"" + prefix + "é" + suffix + "\"") == .string(prefix + "é" + suffix))
        #expect(try JSONParser.parse("\"" + prefix + "\u{7F}" + suffix + "\"") == .string(prefix + "\u{7F}" + suffix))
        let control = parseError("\"" + prefix + "\u{1F}" + suffix + "\"")
        #expect(control?.kind == .controlCharacterInString)
        #expect(control?.offset == 1 + position)
        let invalid = parseError(Array(("\"" + prefix).utf8) + [0xFF] + Array((suffix + "\"").utf8))
        #expect(invalid?.kind == .invalidUTF8)
        #expect(invalid?.offset == 1 + position)
        let unterminated = parseError("\"" + prefix)
        #expect(unterminated?.kind == .unexpectedEnd)
        #expect(unterminated?.offset == 1 + position)
    }
}
