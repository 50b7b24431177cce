extension JSONValue {
    /// The value as indented JSON for a person to read: one member or element per line, keys
    /// in canonical (RFC 8785) order, `indent` spaces per level, `{}` and `[]` when empty.
    ///
    /// The text is valid JSON and parses back to an equal value. For safe display in a
    /// terminal, characters that could disturb it (C0 and C1 controls, U+007F, line and
    /// paragraph separators, bidirectional controls) are written as `\uXXXX` escapes; it is
    /// therefore not the canonical form: use `CanonicalJSON` for that.
    ///
    /// With `level` above 0 the text is for a place `level` levels deep in an enclosing document:
    /// every line after the first starts `level × indent` spaces further in (the first line
    /// starts wherever the caller writes it).
    public func prettyPrinted(indent: Int = 2, level: Int = 0) -> String {
        var output = ""
        writePretty(to: &output, level: max(0, level), indent: max(0, indent))
        return output
    }

    private func writePretty(to output: inout String, level: Int, indent: Int) {
        let inner = String(repeating: " ", count: (level + 1) * indent)
        let outer = String(repeating: " ", count: level * indent)
        switch self {
        case .array(let elements) where !elements.isEmpty:
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += index > 0 ? ",\n" + inner : inner
                element.writePretty(to: &output, level: level + 1, indent: indent)
            }
            output += "\n" + outer + "]"
        case .object(let members) where !members.isEmpty:
            output += "{\n"
            for (position, index) in CanonicalJSON.sortedIndices(members).enumerated() {
                output += position > 0 ? ",\n" + inner : inner
                output += JSONValue.displayString(members.members.keys[index].string) + ": "
                members.members.values[index].writePretty(to: &output, level: level + 1, indent: indent)
            }
            output += "\n" + outer + "}"
        case .string(let string):
            output += JSONValue.displayString(string)
        default:
            output += CanonicalJSON.string(self)
        }
    }

    /// `string` as a JSON string literal with terminal-disturbing characters escaped.
    private static func displayString(_ string: String) -> String {
        var output = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}",
                "\u{200E}", "\u{200F}", "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
