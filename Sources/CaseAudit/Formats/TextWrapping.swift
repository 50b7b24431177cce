/// Word wrapping for the text format.
enum TextWrapping {
    /// `text` wrapped to `width` columns: the first line starts with `first`, later lines with
    /// `rest` (a hanging indent). Words longer than a line are not broken.
    static func wrap(_ text: String, width: Int = 100, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }

    /// Control characters (other than tab) replaced by spaces, so recorded text cannot move the
    /// terminal's cursor or change its colours.
    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (s.value < 0x20 && s != "\t") || (0x7F...0x9F).contains(s.value) || s == "\u{2028}" || s == "\u{2029}"
                || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value) ? " " : s
        }))
    }
}
