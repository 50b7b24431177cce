/// The text format's output as it is written: lines, each ended by a newline, kept as UTF-8
/// bytes so a line is not a `String` of its own and the report is not joined at the end.
struct TextLines {
    private var bytes: [UInt8] = []

    /// A buffer with room for about `capacity` bytes.
    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Writes `parts`, one after the other, as one line.
    mutating func line(_ parts: String...) {
        for part in parts { write(part) }
        endLine()
    }

    /// Writes `text` within the current line.
    mutating func write(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Writes `word` within the current line.
    mutating func write(_ word: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: word) }

    /// Writes a space within the current line.
    mutating func writeSpace() { bytes.append(0x20) }

    /// Ends the current line.
    mutating func endLine() { bytes.append(0x0A) }

    /// Takes back the last line, which is empty (a section's closing blank line).
    mutating func removeBlankLine() {
        assert(bytes.last == 0x0A && (bytes.count == 1 || bytes[bytes.count - 2] == 0x0A), "the last line is not empty")
        bytes.removeLast()
    }
}
