import CaseService

/// Word wrapping for the text format, on the text's UTF-8 bytes: a line's length is counted in
/// characters, as a terminal shows them.
public enum TextWrapping {
    /// The width text is wrapped at when nothing says otherwise (a file or a pipe, and goldens).
    public static let defaultWidth = 100

    /// Writes `text` wrapped to `width` characters into `lines`: the first line starts with
    /// `first`, later lines with `rest` (a hanging indent). Words longer than a line are not broken.
    static func wrap(_ text: String, width: Int = defaultWidth, first: String = "", rest: String = "", into lines: inout TextLines) {
        var utf8 = text
        utf8.withUTF8 { bytes in
            guard spacesStandAlone(bytes) else {
                for line in wrapByCharacters(text, width: width, first: first, rest: rest) { lines.line(line) }
                return
            }
            lines.write(first)
            var count = columns(first)  // characters in the line, kept as it grows rather than counted again
            let restCount = columns(rest)
            var lineHasWord = false
            var start = 0
            while start < bytes.count {
                if bytes[start] == 0x20 {
                    start += 1
                    continue
                }
                var end = start
                var plain = true  // ASCII without a carriage return: one byte, one character
                while end < bytes.count && bytes[end] != 0x20 {
                    if bytes[end] >= 0x80 || bytes[end] == 0x0D { plain = false }
                    end += 1
                }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let wordCount = plain ? word.count : String(decoding: word, as: UTF8.self).count
                if lineHasWord && count + 1 + wordCount > width {
                    lines.endLine()
                    lines.write(rest)
                    count = restCount
                    lineHasWord = false
                }
                if lineHasWord {
                    lines.writeSpace()
                    count += 1
                }
                lines.write(word)
                count += wordCount
                lineHasWord = true
                start = end
            }
            lines.endLine()
        }
    }

    /// `text` with each of its lines wrapped to `width` characters, as `wrap` does: a line's
    /// continuations start four spaces further in than the line (a hanging indent, deeper than
    /// the two spaces of a nested fact, so a continuation is never taken for one). For the plain-text summaries of `caseledger case show` and `staff show`, whose
    /// lines are one fact each; the text should already be neutralised (`VisibleText`).
    public static func wrappingEachLine(_ text: String, width: Int) -> String {
        var lines = TextLines(capacity: text.utf8.count + text.utf8.count / 8)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = String(line.prefix { $0 == " " })
            wrap(String(line.dropFirst(indent.count)), width: width, first: indent, rest: indent + "    ", into: &lines)
        }
        var wrapped = lines.text
        wrapped.removeLast()  // the newline after the last line: `text` had none
        return wrapped
    }

    /// `text` wrapped as `wrap` does, splitting its characters at spaces: for text where a space
    /// byte may belong to a character with its neighbour.
    private static func wrapByCharacters(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var count = first.count
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordCount = word.count
            if lineHasWord && count + 1 + wordCount > width {
                lines.append(line)
                line = rest
                count = rest.count
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

    /// Whether every space byte in `bytes` is a character of its own, so splitting the bytes at
    /// spaces splits the characters at spaces. A space joins the character before it when that
    /// ends in a prepended mark, and the one after when that starts with a combining mark, a zero
    /// width joiner or a spacing mark; no such scalar is below U+0300 or among the punctuation,
    /// currency signs, letter-like symbols, arrows and mathematical operators of U+2000–U+22FF
    /// taken as plain here (the joiners, format characters and combining marks for symbols there
    /// are not).
    static func spacesStandAlone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        /// Whether the scalar starting at `i` is plain.
        func plainFrom(_ i: Int) -> Bool {
            let b = bytes[i]
            if b < 0x80 || (0xC2...0xCB).contains(b) { return true }
            return b == 0xE2 && i + 2 < n && isPlainSymbol(bytes[i + 1], bytes[i + 2])
        }
        /// Whether the scalar ending at `i` is plain.
        func plainTo(_ i: Int) -> Bool {
            if bytes[i] < 0x80 { return true }
            if i >= 1 && (0xC2...0xCB).contains(bytes[i - 1]) { return true }
            return i >= 2 && bytes[i - 2] == 0xE2 && isPlainSymbol(bytes[i - 1], bytes[i])
        }
        for i in 0..<n where bytes[i] == 0x20 {
            if i + 1 < n && !plainFrom(i + 1) { return false }
            if i >= 1 && !plainTo(i - 1) { return false }
        }
        return true
    }

    /// Whether E2 `b1` `b2` is a plain scalar of U+2000–U+22FF: spaces, dashes, quotes and
    /// bullets (not U+200B–U+200F, U+2028–U+202E or U+2060–U+206F), super- and subscripts,
    /// currency signs (not the combining marks U+20D0–U+20FF), letter-like symbols, number forms,
    /// arrows and mathematical operators.
    private static func isPlainSymbol(_ b1: UInt8, _ b2: UInt8) -> Bool {
        switch b1 {
        case 0x80: (0x80...0x8A).contains(b2) || (0x90...0xA7).contains(b2) || (0xAF...0xBF).contains(b2)
        case 0x81: (0x80...0x9F).contains(b2) || (0xB0...0xBF).contains(b2)
        case 0x82: true
        case 0x84...0x8B: true
        default: false
        }
    }

    /// The characters in `text`: its byte count when it is ASCII without a carriage return.
    static func columns(_ text: String) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? text.utf8.count : text.count
    }

    /// Recorded text as the terminal may show it: control and bidirectional characters made
    /// visible (`VisibleText`, the one function every format uses), so recorded text cannot move
    /// the terminal's cursor, change its colours or title, or reverse the text after it; line
    /// breaks become spaces (the text is wrapped here).
    static func clean(_ text: String) -> String {
        let visible = VisibleText.neutralised(text)
        guard visible.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return visible }
        return String(String.UnicodeScalarView(visible.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
