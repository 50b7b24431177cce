/// Reads a segment file line by line from a starting offset in constant memory (a fixed buffer,
/// grown only for a line longer than it, up to the line limit).
struct LineReader {
    /// One piece of the file: a whole line (its bytes, without the newline), or the unterminated
    /// bytes at the end of the file.
    enum Piece {
        case line(offset: Int64, number: Int, bytes: UnsafeRawBufferPointer)
        case unterminated(offset: Int64, number: Int, bytes: UnsafeRawBufferPointer)
        /// A line whose newline is not within EnvelopeRules.maxLineBytes of its start.
        case overlong(offset: Int64, number: Int)
    }

    private let file: SystemFile
    private var buffer: UnsafeMutableRawBufferPointer
    private var start = 0  // first unconsumed byte in buffer
    private var end = 0  // one past the last valid byte in buffer
    private var fileOffset: Int64  // file offset of buffer[0]
    private var eof = false
    private(set) var lineNumber: Int
    private let limit: Int64?

    /// A reader of `file` from `offset`, whose first line is line `lineNumber`; reads no further
    /// than `limit` bytes into the file when given (a snapshot of its size).
    init(file: SystemFile, offset: Int64 = 0, lineNumber: Int = 1, limit: Int64? = nil, bufferSize: Int = 1 << 20) {
        self.file = file
        self.fileOffset = offset
        self.lineNumber = lineNumber
        self.limit = limit
        self.buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 16)
    }

    /// Frees the buffer; call once when done.
    mutating func close() { buffer.deallocate() }

    /// The next piece, or nil at the end of the file. Bytes are valid until the next call.
    mutating func next() throws(LedgerError) -> Piece? {
        while true {
            if start < end, let nl = findNewline(from: start) {
                // Rule 1 of FORMAT.md: the line with its newline within EnvelopeRules.maxLineBytes.
                guard nl - start < EnvelopeRules.maxLineBytes else { return overlong() }
                let bytes = UnsafeRawBufferPointer(rebasing: buffer[start..<nl])
                let piece = Piece.line(offset: fileOffset + Int64(start), number: lineNumber, bytes: bytes)
                start = nl + 1
                lineNumber += 1
                return piece
            }
            if eof {
                guard start < end else { return nil }
                let piece = Piece.unterminated(
                    offset: fileOffset + Int64(start), number: lineNumber,
                    bytes: UnsafeRawBufferPointer(rebasing: buffer[start..<end]))
                start = end
                return piece
            }
            if end - start >= EnvelopeRules.maxLineBytes { return overlong() }
            try refill()
        }
    }

    /// The line at `start` is longer than the limit: say so, and read no further.
    private mutating func overlong() -> Piece {
        let piece = Piece.overlong(offset: fileOffset + Int64(start), number: lineNumber)
        eof = true
        start = end
        return piece
    }

    private func findNewline(from: Int) -> Int? {
        guard let base = buffer.baseAddress else { return nil }
        guard let p = memchr(base + from, 0x0A, end - from) else { return nil }
        return UnsafeRawPointer(p) - UnsafeRawPointer(base)
    }

    private mutating func refill() throws(LedgerError) {
        // Move the unconsumed tail to the front, growing the buffer if one line fills it.
        let pending = end - start
        if start > 0 {
            if pending > 0 { buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: pending) }
            fileOffset += Int64(start)
            start = 0
            end = pending
        }
        if end == buffer.count {
            let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 16)
            bigger.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: end)
            buffer.deallocate()
            buffer = bigger
        }
        var want = buffer.count - end
        if let limit {
            let remaining = limit - (fileOffset + Int64(end))
            if remaining <= 0 { eof = true; return }
            want = min(want, Int(remaining))
        }
        let n = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end..<(end + want)]), at: fileOffset + Int64(end))
        if n == 0 { eof = true }
        end += n
    }
}

#if canImport(Glibc)
import Glibc
#endif
