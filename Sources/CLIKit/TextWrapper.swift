/// Greedy word wrapping for help text.
enum TextWrapper {
    /// The words of `text`, split on spaces and newlines.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }

    /// Joins `units` with single spaces into lines at most `width` characters wide, starting
    /// each line after the first with `hangingIndent`. A unit is never broken: one wider than
    /// the line stands alone on its line.
    static func wrap(_ units: [String], width: Int, hangingIndent: String = "") -> [String] {
        guard var line = units.first else { return [] }
        var lines: [String] = []
        for unit in units.dropFirst() {
            if line.count + 1 + unit.count <= width {
                line += " " + unit
            } else {
                lines.append(line)
                line = hangingIndent + unit
            }
        }
        lines.append(line)
        return lines
    }

    /// A two-column row: `label` indented by two spaces, `text` wrapped in a column starting
    /// at `column`. A label too wide for its column puts the text on the following lines.
    static func row(label: String, text: String, column: Int, width: Int) -> [String] {
        let indent = String(repeating: " ", count: column)
        let head = "  " + label
        let body = wrap(words(text), width: width - column)
        guard let first = body.first else { return [head] }
        if head.count + 2 > column {
            return [head] + body.map { indent + $0 }
        }
        let padded = head + String(repeating: " ", count: column - head.count)
        return [padded + first] + body.dropFirst().map { indent + $0 }
    }
}
