import CaseService

/// Escaping of user text for Markdown: the characters that start emphasis, code, links, raw
/// HTML and table cells are backslash-escaped, and line breaks become spaces, so recorded text
/// never turns into markup; control and bidirectional characters are first made visible
/// (`VisibleText`).
public enum MarkdownEscaping {
    /// `text` safe in a Markdown paragraph, list item or table cell.
    public static func escape(_ text: String) -> String {
        var out = ""
        for ch in VisibleText.neutralised(text) {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "&", "~": out += "\\" + String(ch)
            case "\n", "\r", "\r\n": out += " "
            default: out.append(ch)
            }
        }
        return out
    }
}
