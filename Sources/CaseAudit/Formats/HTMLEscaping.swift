import CaseService

/// Escaping of user text for HTML and XML (SVG): every `&`, `<`, `>`, `"` and `'` becomes an
/// entity; control and bidirectional characters are first made visible (`VisibleText`: C0
/// controls as Control Pictures, C1 controls and bidi overrides as `\u{…}`), so any recorded
/// text renders inert, reorders nothing after it, and the document stays well-formed; the
/// non-characters U+FFFE and U+FFFF are dropped.
public enum HTMLEscaping {
    /// `text` safe inside an element or a quoted attribute.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in VisibleText.neutralised(text).unicodeScalars {
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
