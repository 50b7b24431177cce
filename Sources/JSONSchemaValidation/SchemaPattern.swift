/// A compiled `pattern` (or `patternProperties` key): an ECMA-262 regular expression, matched
/// the way JSON Schema says, as an unanchored search (write `^…$` to match the whole string).
///
/// Matching uses the standard library's `Regex` (no Foundation), on Unicode scalars as ECMA-262
/// matches code points, not on grapheme clusters. Where its syntax (ICU-like) and ECMA-262
/// disagree in ways that let bad data through, the source is translated first (see
/// `ECMAPatternTranslation`): `\d`, `\w` and `\s` and their negations get ECMA's meaning (ASCII
/// digits, ASCII word characters, ECMA white space), and `$` matches only at the very end, not
/// before a final line break. Other extensions are accepted as `Regex` reads them.
struct SchemaPattern: @unchecked Sendable {
    /// The pattern as written in the schema.
    let source: String
    // A compiled Regex is immutable and safe to share; the type is not marked Sendable.
    private let expression: Regex<AnyRegexOutput>

    /// Compiles `source`; nil when it is not a regular expression that can be compiled.
    init?(_ source: String) {
        let translated = ECMAPatternTranslation.regexPattern(for: source)
        guard let expression = try? Regex(translated) else { return nil }
        self.source = source
        self.expression = expression.matchingSemantics(.unicodeScalar)
    }

    /// True when the pattern matches somewhere in `string`.
    func matches(_ string: String) -> Bool {
        (try? expression.firstMatch(in: string)) != nil
    }
}

/// Rewrites the parts of an ECMA-262 pattern whose meaning differs in `Regex` (whose syntax is
/// ICU's and Perl's), or that it does not read: ECMA's control escapes `\cX`.
enum ECMAPatternTranslation {
    /// ECMA-262 white space and line terminators, as a set body.
    /// (U+2000 to U+200A listed one by one: `Regex` refuses them as the bounds of a range.)
    private static let whiteSpace =
        #"\t\n\u000B\f\r\u0020\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF"#

    /// Set expressions for ECMA's class escapes; valid inside and outside `[…]`.
    private static let classEscapes: [Unicode.Scalar: String] = [
        "d": "[0-9]", "D": "[^0-9]",
        "w": "[A-Za-z0-9_]", "W": "[^A-Za-z0-9_]",
        "s": "[\(whiteSpace)]", "S": "[^\(whiteSpace)]",
    ]

    /// `source` rewritten for `Regex`: class escapes replaced by explicit sets, an unescaped `$`
    /// outside a character class replaced by `\z`, and a literal `[` inside a class escaped
    /// (`Regex` would read it as the start of a nested set).
    static func regexPattern(for source: String) -> String {
        var output = ""
        var inClass = false
        var scalars = source.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\\":
                guard let next = scalars.next() else {
                    output += "\\"
                    break
                }
                if let set = classEscapes[next] {
                    output += set
                } else if next == "c", let letter = scalars.next() {
                    // ECMA's control escape \cX (X an ASCII letter): the control character X mod 32.
                    // Anything else after \c is left as it is, for `Regex` to refuse.
                    let lower = letter.value | 0x20
                    if lower >= 0x61 && lower <= 0x7A {
                        output += "\\u{\(String(letter.value & 0x1F, radix: 16))}"
                    } else {
                        output += "\\c"
                        output.unicodeScalars.append(letter)
                    }
                } else {
                    output += "\\"
                    output.unicodeScalars.append(next)
                }
            case "[":
                output += inClass ? "\\[" : "["
                inClass = true
            case "]":
                output += "]"
                inClass = false
            case "$" where !inClass:
                output += "\\z"
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
