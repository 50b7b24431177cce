/// Why `JSONParser` rejected its input, and where.
///
/// `kind` says what is wrong, `offset` is the byte (counting from 0) where it was found, and
/// `message` is one line, starting "byte N:", for a person who must fix the input.
public struct JSONError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong with the input. Each case documents the input that produces it.
    public enum Kind: Hashable, Sendable, CaseIterable {
        /// The input is empty or only whitespace: there is no value at all.
        case emptyInput
        /// The input stops in the middle of a value (an open string, object or list).
        case unexpectedEnd
        /// A byte that cannot appear here, such as `x`, `'` or a missing comma.
        case unexpectedCharacter
        /// Bytes that are not well-formed UTF-8: an overlong form, an encoded UTF-16
        /// surrogate, a code point above U+10FFFF, a stray continuation byte or a truncated
        /// sequence.
        case invalidUTF8
        /// A backslash in a string followed by anything but `" \ / b f n r t` or `u` and four
        /// hex digits.
        case invalidEscape
        /// A `\uXXXX` escape naming half of a UTF-16 surrogate pair without the other half.
        case loneSurrogate
        /// A character U+0000–U+001F written raw inside a string instead of escaped.
        case controlCharacterInString
        /// A number with a fraction or an exponent: the ledger stores integers only.
        case notAnInteger
        /// An integer whose magnitude exceeds 2^53 − 1 (`JSONValue.maxSafeInteger`).
        case integerOutOfRange
        /// An integer written with a leading zero, such as `007`.
        case leadingZero
        /// One object has the same key twice (the same code units: keys that differ only by
        /// Unicode normalisation are two keys).
        case duplicateKey
        /// Objects and lists nested more deeply than the parser's `maxDepth`.
        case tooDeep
        /// Something other than whitespace after the complete value.
        case trailingContent
    }

    /// What is wrong.
    public let kind: Kind
    /// The byte offset in the input, counting from 0, of the first offending byte.
    public let offset: Int
    /// The offending text as it appears in the input: the number, the key, the escape, the
    /// character; hex bytes for invalid UTF-8; empty when there is nothing to show.
    public let found: String
    /// Extra words for the message: what was expected, the nesting limit, or the escape to use.
    let detail: String

    /// Creates an error of `kind` at byte `offset`.
    init(_ kind: Kind, at offset: Int, found: String = "", detail: String = "") {
        self.kind = kind
        self.offset = offset
        self.found = found
        self.detail = detail
    }

    /// One line, starting "byte N:", saying what is wrong and how to fix it.
    public var message: String { "byte \(offset): " + explanation }

    /// The same as `message`.
    public var description: String { message }

    private var explanation: String {
        let shown = JSONError.quoted(found)
        let escape = JSONError.visible(found)
        let pence = "(money in pence, e.g. 1250 for £12.50)"
        switch kind {
        case .emptyInput:
            return "there is no JSON here (the input is empty or only blank space): "
                + "expected a value such as {\"type\": \"note\"}"
        case .unexpectedEnd:
            return "the input ends before the JSON is complete: expected \(detail)"
        case .unexpectedCharacter:
            let hint = found == "'" ? "; JSON strings and keys use double quotes \"like this\"" : ""
            return "found \(JSONError.character(found)) where \(detail) was expected" + hint
        case .invalidUTF8:
            return "text is not valid UTF-8 (bytes \(found) do not form a character); "
                + "save the input as UTF-8"
        case .invalidEscape:
            return "\(escape) is not a valid escape in a string; use \\\" \\\\ \\/ \\b \\f \\n "
                + "\\r \\t or \\u followed by four hex digits"
        case .loneSurrogate:
            return "\(escape) is half of a UTF-16 surrogate pair without its other half; "
                + "write the character itself, or both halves such as \\ud83d\\ude00"
        case .controlCharacterInString:
            return "a string contains the control character \(found) written raw; "
                + "write it as \(detail)"
        case .notAnInteger:
            if found.contains(where: { $0 == "e" || $0 == "E" }) {
                return "\(found) uses an exponent: write integers out in plain digits \(pence)"
            }
            let fraction = found.split(separator: ".", maxSplits: 1).dropFirst().first ?? ""
            if !fraction.isEmpty && fraction.allSatisfy({ $0 == "0" }) {
                return "\(found) has a decimal point: write whole numbers without one \(pence)"
            }
            return "\(found) is not a whole number: amounts are integers \(pence)"
        case .integerOutOfRange:
            return "\(found) is out of range: integers must lie between "
                + "-\(JSONValue.maxSafeInteger) and \(JSONValue.maxSafeInteger)"
        case .leadingZero:
            return "\(found) starts with a zero: write integers without leading zeros (7, not 007)"
        case .duplicateKey:
            return "the key \(shown) appears twice in one object"
        case .tooDeep:
            return "objects and lists are nested more than \(detail) levels deep here"
        case .trailingContent:
            return "found \(JSONError.character(found)) after the end of the JSON value; "
                + "each line holds exactly one value"
        }
    }
}

extension JSONError {
    /// `text` in double quotes as JSON writes it, escaped so the message stays on one line,
    /// shortened past 40 characters.
    static func quoted(_ text: String) -> String {
        "\"" + visible(text, escapingQuotes: true) + "\""
    }

    /// `text` with invisible characters written as `\\u` escapes (and, when asked, `"` and
    /// `\\` escaped as in JSON), shortened past 40 characters.
    static func visible(_ text: String, escapingQuotes: Bool = false) -> String {
        var out = ""
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == 40 {
                out += "…"
                break
            }
            if escapingQuotes && (scalar == "\"" || scalar == "\\") {
                out += "\\" + String(scalar)
            } else {
                out += isInvisible(scalar) ? escaped(scalar) : String(scalar)
            }
        }
        return out
    }

    /// A single character as a person can see it: 'x', or its code point when invisible.
    static func character(_ text: String) -> String {
        guard let scalar = text.unicodeScalars.first else { return "nothing" }
        if scalar == "\u{FEFF}" { return "a byte-order mark (U+FEFF)" }
        if isInvisible(scalar) { return "the invisible character \(codePoint(scalar))" }
        if scalar.isASCII { return "'\(scalar)'" }
        return "'\(scalar)' (\(codePoint(scalar)))"
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned,
            .privateUse:
            return true
        default:
            return false
        }
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        if scalar.value > 0xFFFF { return "\\u{" + hex + "}" }
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
