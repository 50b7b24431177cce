import Synchronization

/// A thread-safe, buffered writer to a file descriptor.
///
/// Bytes are collected until `capacity` is reached and then written with a loop that
/// survives interrupted and partial writes. Nothing reaches the descriptor before the buffer
/// fills or `flush()` is called; a capacity of 0 writes every call through at once.
/// Do not mix with `print`, which has its own buffer.
public final class BufferedOutput: Sendable {
    /// The stream's name in error messages, such as `standard output`.
    public let name: String
    private let capacity: Int
    private let call: FullWrite.SystemCall
    private let wait: @Sendable () -> Void
    private let buffer = Mutex<[UInt8]>([])

    /// A writer to `descriptor` (not closed by this object) holding up to `capacity` bytes.
    public convenience init(descriptor: Int32, name: String, capacity: Int = 64 * 1024) {
        self.init(
            name: name, capacity: capacity, call: FullWrite.system(descriptor),
            wait: { FullWrite.waitWritable(descriptor) })
    }

    init(
        name: String, capacity: Int, call: @escaping FullWrite.SystemCall,
        wait: @escaping @Sendable () -> Void
    ) {
        self.name = name
        self.capacity = capacity
        self.call = call
        self.wait = wait
    }

    /// Appends the UTF-8 bytes of `text`; writes the buffer out if it is full.
    /// - Throws: `OutputError` if writing fails; the unwritten bytes are dropped.
    public func write(_ text: String) throws(OutputError) {
        // issue 18: fast18. Text larger than the buffer (a report of many megabytes) is written
        // from its own storage after what is buffered, never copied into the buffer first.
        guard text.utf8.count >= capacity, capacity > 0 else { return try append { $0.append(contentsOf: text.utf8) } }
        var text = text
        try buffer.withLock { (bytes: inout [UInt8]) throws(OutputError) in
            try drain(&bytes)
            let failure = text.withUTF8 { FullWrite.writeAll(UnsafeRawBufferPointer($0), call: call, wait: wait) }
            if let failure { throw OutputError(stream: name, errorNumber: failure) }
        }
    }

    /// Appends `bytes`; writes the buffer out if it is full.
    /// - Throws: `OutputError` if writing fails; the unwritten bytes are dropped.
    public func write(_ bytes: [UInt8]) throws(OutputError) {
        // issue 18: fast18b. Bytes as many as the buffer holds (a piece of a large report) are
        // written from their own storage after what is buffered, as large text is.
        guard bytes.count >= capacity, capacity > 0 else { return try append { $0.append(contentsOf: bytes) } }
        try buffer.withLock { (buffered: inout [UInt8]) throws(OutputError) in
            try drain(&buffered)
            let failure = bytes.withUnsafeBytes { FullWrite.writeAll($0, call: call, wait: wait) }
            if let failure { throw OutputError(stream: name, errorNumber: failure) }
        }
    }

    /// Appends `line` and a newline.
    /// - Throws: `OutputError` if writing fails; the unwritten bytes are dropped.
    public func writeLine(_ line: String) throws(OutputError) {
        try append {
            $0.append(contentsOf: line.utf8)
            $0.append(UInt8(ascii: "\n"))
        }
    }

    /// Writes out everything buffered. Returns only when all of it is written.
    /// - Throws: `OutputError` if writing fails; the unwritten bytes are dropped.
    public func flush() throws(OutputError) {
        try buffer.withLock { (bytes: inout [UInt8]) throws(OutputError) in
            try drain(&bytes)
        }
    }

    private func append(_ add: (inout [UInt8]) -> Void) throws(OutputError) {
        try buffer.withLock { (bytes: inout [UInt8]) throws(OutputError) in
            add(&bytes)
            if bytes.count >= capacity { try drain(&bytes) }
        }
    }

    private func drain(_ bytes: inout [UInt8]) throws(OutputError) {
        defer { bytes.removeAll(keepingCapacity: true) }
        let failure = bytes.withUnsafeBytes { FullWrite.writeAll($0, call: call, wait: wait) }
        if let failure { throw OutputError(stream: name, errorNumber: failure) }
    }
}
