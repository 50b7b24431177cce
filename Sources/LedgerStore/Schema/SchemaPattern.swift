import Foundation

/// A compiled `pattern` (or `patternProperties` key): an ECMA-262 regular expression, matched
/// the way JSON Schema says, as an unanchored search (write `^…$` to match the whole string).
///
/// Matching uses `NSRegularExpression` (ICU). Where ICU and ECMA-262 disagree in ways that let
/// bad data through, the source is translated first (see `ECMAPatternTranslation`): `\d`, `\w`
/// and `\s` and their negations get ECMA's meaning (ASCII digits, ASCII word characters, ECMA
/// white space), and `$` matches only at the very end, not before a final line break.
/// Other ICU extensions are accepted as ICU reads them.
struct SchemaPattern: Sendable {
    /// The pattern as written in the schema.
    let source: String
    private let expression: NSRegularExpression

    /// Compiles `source`; nil when it is not a regular expression ICU can compile.
    init?(_ source: String) {
        let translated = ECMAPatternTranslation.icuPattern(for: source)
        guard let expression = try? NSRegularExpression(pattern: translated) else { return nil }
        self.source = source
        self.expression = expression
    }

    /// True when the pattern matches somewhere in `string`.
    func matches(_ string: String) -> Bool {
        let range = NSRange(location: 0, length: string.utf16.count)
        return expression.firstMatch(in: string, options: [], range: range) != nil
    }
}

/// Rewrites the parts of an ECMA-262 pattern whose meaning differs in ICU.
enum ECMAPatternTranslation {
    /// ECMA-262 white space and line terminators, as an ICU set body.
    private static let whiteSpace = #"\t\n\u000B\f\r\u0020\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF"#

    /// ICU set expressions for ECMA's class escapes; valid inside and outside `[…]`.
    private static let classEscapes: [Unicode.Scalar: String] = [
        "d": "[0-9]", "D": "[^0-9]",
        "w": "[A-Za-z0-9_]", "W": "[^A-Za-z0-9_]",
        "s": "[\(whiteSpace)]", "S": "[^\(whiteSpace)]",
    ]

    /// `source` rewritten for ICU: class escapes replaced by explicit sets, an unescaped `$`
    /// outside a character class replaced by `\z`, and a literal `[` inside a class escaped
    /// (ICU would read it as the start of a nested set).
    static func icuPattern(for source: String) -> String {
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
