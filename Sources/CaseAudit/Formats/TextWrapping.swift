/// Word wrapping for the text format.
enum TextWrapping {
    /// `text` wrapped to `width` columns: the first line starts with `first`, later lines with
    /// `rest` (a hanging indent). Words longer than a line are not broken.
    static func wrap(_ text: String, width: Int = 100, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var line = first
        var count = first.count  // characters in `line`, kept as it grows rather than counted again
        let restCount = rest.count
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordCount = word.count
            if lineHasWord && count + 1 + wordCount > width {
                lines.append(line)
                line = rest
                count = restCount
                lineHasWord = false
            }
            if lineHasWord {
                line += " "
                count += 1
            }
            line += word
            count += wordCount
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }

    /// Control characters (other than tab) replaced by spaces, so recorded text cannot move the
    /// terminal's cursor or change its colours.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? " " : $0 }))
    }

    /// Whether `s` is a character `clean` replaces: a control character other than tab, a line or
    /// paragraph separator, or a bidirectional embedding, override or isolate.
    private static func isControl(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\t") || (0x7F...0x9F).contains(s.value) || s == "\u{2028}" || s == "\u{2029}"
            || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }
}
