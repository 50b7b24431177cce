/// Recorded text made safe to show (issue 18 item 9): every character that could act on a
/// terminal or reorder what a reader sees is replaced by a visible stand-in, so a customer's name
/// cannot retitle or clear a terminal and a reason cannot display "£50.00 a week" while saying
/// something else. The one function every human-readable output calls — `case show`, `staff show`
/// and `config show`, and the audit tool's text, Markdown, HTML (and SVG) and CSV — each at the
/// one place it writes text. JSON is data and keeps the text exactly (escaped per RFC 8259); the
/// ledger stores what was recorded, unchanged.
///
/// - C0 controls (U+0000–U+001F) become their Control Pictures (U+2400–U+241F: ESC is ␛, BEL ␇),
///   DEL becomes ␡; tab and newline stay, and so does a carriage return before a newline (CSV's
///   record end); a lone carriage return, which would overwrite the line, becomes ␍.
/// - C1 controls (U+0080–U+009F), the bidirectional marks, embeddings, overrides and isolates
///   (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators
///   (U+2028, U+2029) become `\u{…}` escapes: shown, so a reader sees that the text held one, and
///   inert, so no text after it is reversed.
public enum VisibleText {
    /// `text` with every such character replaced by its stand-in; `text` itself when it has none.
    /// For one line of output (`oneLine`), newlines and carriage returns become ␊ and ␍ too, so
    /// recorded text cannot start a line that looks like another fact.
    public static func neutralised(_ text: String, oneLine: Bool = false) -> String {
        guard mayNeed(text) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            if oneLine, s == "\n" {
                out.append("\u{240A}")
            } else if !oneLine, s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                out.append(s)
            } else if let standIn = standIn(s) {
                out.append(contentsOf: standIn.unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// The visible stand-in for `s`, or nil when `s` is shown as it is.
    public static func standIn(_ s: Unicode.Scalar) -> String? {
        switch s.value {
        case 0x09, 0x0A: nil
        case 0x00...0x1F: String(Unicode.Scalar(0x2400 + s.value)!)
        case 0x7F: "\u{2421}"
        case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: "\\u{\(hex(s.value))}"
        default: nil
        }
    }

    /// Whether `text` has a byte that can start a character `standIn` replaces (a quick test on
    /// the UTF-8, so text without one is returned untouched).
    static func mayNeed(_ text: String) -> Bool {
        text.utf8.contains { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count >= 2 ? digits : "0" + digits
    }
}
