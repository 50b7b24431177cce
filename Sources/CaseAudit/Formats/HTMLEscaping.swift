/// Escaping of user text for HTML and XML (SVG): every `&`, `<`, `>`, `"` and `'` becomes an
/// entity, and characters XML does not allow (C0 controls other than tab and newline) are
/// dropped, so any recorded text renders inert and the document stays well-formed.
public enum HTMLEscaping {
    /// `text` safe inside an element or a quoted attribute.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += " "
            case "\u{00}"..."\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
