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
        // issue 18: fast18. The exact test first, on the UTF-8 bytes: most recorded text (a basis
        // with an en dash, a name with an accent, an amount in pounds) has nothing to replace.
        guard needsChange(text, oneLine: oneLine) else { return text }
        return scalarByScalar(text, oneLine: oneLine)
    }

    /// `neutralised` worked out scalar by scalar, whatever the text holds (the definition the
    /// byte test in `needsChange` must agree with).
    static func scalarByScalar(_ text: String, oneLine: Bool) -> String {
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

    /// Whether `neutralised` changes `text`: whether its UTF-8 holds a character it replaces, read
    /// byte by byte (a newline only for `oneLine`; a carriage return unless, on several lines, a
    /// newline follows it; C1 controls as C2 80–9F, U+061C as D8 9C, U+200E/F as E2 80 8E/8F,
    /// U+2028–U+202E as E2 80 A8–AE, U+2066–U+2069 as E2 81 A6–A9). Exact, not a guess: text it
    /// passes is returned as it is, which is what the scalar-by-scalar path would give.
    static func needsChange(_ text: String, oneLine: Bool) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ needsChange(utf8: $0, oneLine: oneLine) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { needsChange(utf8: $0, oneLine: oneLine) }
    }

    private static func needsChange(utf8 b: UnsafeBufferPointer<UInt8>, oneLine: Bool) -> Bool {
        guard let base = b.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var i = 0
        let end = b.count
        while i < end {
            // issue 18: fast18b. Eight bytes at a time while they are all printable ASCII (0x20–0x7E:
            // no byte below 0x20, none above 0x7E), which nothing here replaces and no rule below
            // looks back at. A word that may hold another byte is read byte by byte.
            if i + 8 <= end {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let below = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
                let above = ((w &+ 0x0101_0101_0101_0101) | w) & 0x8080_8080_8080_8080
                if below == 0 && above == 0 {
                    i += 8
                    continue
                }
            }
            let c = b[i]
            // Printable ASCII and the bytes of characters shown as they are: the common case.
            if c >= 0x20 && c != 0x7F && c != 0xC2 && c != 0xD8 && c != 0xE2 {
                i += 1
                continue
            }
            switch c {
            case 0x09: break
            case 0x0A: if oneLine { return true }
            case 0x0D: if oneLine || i + 1 >= end || b[i + 1] != 0x0A { return true }
            case 0x00...0x1F, 0x7F: return true
            case 0xC2: if i + 1 < end, (0x80...0x9F).contains(b[i + 1]) { return true }
            case 0xD8: if i + 1 < end, b[i + 1] == 0x9C { return true }
            default:  // 0xE2
                if i + 2 < end {
                    let (x, y) = (b[i + 1], b[i + 2])
                    if x == 0x80, y == 0x8E || y == 0x8F || (0xA8...0xAE).contains(y) { return true }
                    if x == 0x81, (0xA6...0xA9).contains(y) { return true }
                }
            }
            i += 1
        }
        return false
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count >= 2 ? digits : "0" + digits
    }
}
